import { ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';
import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { SoloTrekT } from '../../translation';

/** The owner column of a table of services: the group, linked, or "No owner". */
export function ownerColumn<
  R extends { owner?: string | null; ownerTitle?: string | null },
>(t: SoloTrekT): TableColumn<R> {
  return {
    title: t('serviceTable.owner'),
    field: 'ownerTitle',
    render: row =>
      row.owner ? (
        <EntityRefLink entityRef={row.owner} defaultKind="group">
          {row.ownerTitle ?? row.owner}
        </EntityRefLink>
      ) : (
        <Typography variant="body2" color="textSecondary">
          {t('serviceTable.noOwner')}
        </Typography>
      ),
  };
}

/**
 * A dense table of services paged by the server: it shows the page it is
 * given, with no search, sorting or dragging of its own, as they could only
 * ever see that one page.
 */
export function ServiceTable<R extends object>(props: {
  title: string;
  subtitle: string;
  columns: TableColumn<R>[];
  data: R[];
  loading: boolean;
  page: number;
  total: number;
  pageSize: number;
  /** The sizes on offer; only `pageSize` by default. */
  pageSizeOptions?: number[];
  /** Whether to show the pager; when there is more than one page by default. */
  paging?: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  /** What an empty table says instead of its rows. */
  empty: ReactNode;
}) {
  const { total, pageSize } = props;
  return (
    <Table<R>
      title={props.title}
      subtitle={props.subtitle}
      columns={props.columns}
      data={props.data}
      isLoading={props.loading}
      page={props.page}
      totalCount={total}
      onPageChange={props.onPageChange}
      options={{
        paging: props.paging ?? total > pageSize,
        pageSize,
        pageSizeOptions: props.pageSizeOptions ?? [pageSize],
        emptyRowsWhenPaging: false,
        search: false,
        sorting: false,
        padding: 'dense',
        draggable: false,
      }}
      emptyContent={
        <Typography
          variant="body2"
          color="textSecondary"
          style={{ padding: 16 }}
        >
          {props.empty}
        </Typography>
      }
    />
  );
}
