import Typography from '@material-ui/core/Typography';
import Tooltip from '@material-ui/core/Tooltip';
import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  TrackDriftEntry,
  TrackDriftReport,
} from '@internal/plugin-solo-trek-common';
import { usePagedCaravanList } from '../../hooks';
import {
  formatDateTime,
  formatNumber,
  formatRelative,
  TRACK_LABELS,
} from '../../lib/format';
import { ErrorState } from '../shared/ErrorState';
import { serviceColumn, ServiceRow, toServiceRow } from '../shared/serviceRows';
import { useKeepPageInRange } from '../shared/Pager';

const PAGE_SIZE = 10;

type Row = ServiceRow<TrackDriftEntry>;

const columns: TableColumn<Row>[] = [
  serviceColumn(),
  {
    title: 'Owner',
    field: 'ownerTitle',
    render: row =>
      row.owner ? (
        <EntityRefLink entityRef={row.owner} defaultKind="group">
          {row.ownerTitle ?? row.owner}
        </EntityRefLink>
      ) : (
        'No owner'
      ),
  },
  {
    title: 'Pinned',
    field: 'trackLabel',
    render: row => (
      <Tooltip
        title={`Since ${formatDateTime(row.pinnedAt)}${
          row.pinnedBy ? `, by ${row.pinnedBy}` : ', at the first evaluation'
        }`}
      >
        <span>
          {TRACK_LABELS[row.track]} → quadrant says{' '}
          <strong>{TRACK_LABELS[row.computedTrack]}</strong>
        </span>
      </Tooltip>
    ),
  },
  { title: 'Why', field: 'reason' },
  {
    title: 'Decided',
    field: 'pinnedAt',
    render: row => (
      <span>
        {formatRelative(row.pinnedAt)}
        {row.pinnedBy ? ` by ${row.pinnedBy}` : ''}
      </span>
    ),
  },
];

/**
 * The platform team's drift list: services whose quadrant now gives the
 * other track than the pinned one. Each stays on its track until someone
 * decides on its Migration tab.
 */
export function TrackDriftTable(props: { migrationId: string }) {
  const { state, page, pageSize, setPage } = usePagedCaravanList(
    props.migrationId,
    (api, id, query) => api.getTrackDrift(id, query),
    PAGE_SIZE,
  );
  const report: TrackDriftReport | undefined = state.value;
  useKeepPageInRange({
    page,
    setPage,
    pageSize,
    result: report && { total: report.total, rows: report.items.length },
  });
  if (state.error) {
    return <ErrorState error={state.error} onRetry={state.retry} />;
  }
  return (
    <Table<Row>
      title={`Track drift (${formatNumber(report?.total ?? 0, 0)})`}
      subtitle="The quadrant now gives another track than the pinned one. The track changes only when the platform team decides, on the service's Migration tab."
      columns={columns}
      data={(report?.items ?? []).map(toServiceRow)}
      isLoading={state.loading}
      page={page}
      totalCount={report?.total ?? 0}
      onPageChange={next => setPage(next)}
      options={{
        paging: (report?.total ?? 0) > pageSize,
        pageSize,
        pageSizeOptions: [pageSize],
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
          No drift: every service's quadrant still gives its pinned track.
        </Typography>
      }
    />
  );
}
