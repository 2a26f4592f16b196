import { useEffect } from 'react';
import TablePagination from '@material-ui/core/TablePagination';
import { makeStyles } from '@material-ui/core/styles';
import { formatNumber } from '../../lib/format';
import { useSoloTrekT } from '../../translation';

const useStyles = makeStyles({
  root: { overflow: 'visible' },
  toolbar: { minHeight: 0, paddingLeft: 0 },
});

/** The last page that holds rows, so a shrinking list never strands the pager. */
export function lastPage(total: number, pageSize: number): number {
  return Math.max(0, Math.ceil(total / pageSize) - 1);
}

/**
 * Moves to the last page when the current one came back empty although the
 * list is not (it shrank under the user, after a scan), instead of showing
 * an empty page.
 */
export function useKeepPageInRange(options: {
  page: number;
  setPage: (page: number) => void;
  pageSize: number;
  /** Undefined while the first page loads. */
  result?: { total: number; rows: number };
}) {
  const { page, setPage, pageSize, result } = options;
  const beyondEnd =
    page > 0 && result !== undefined && result.total > 0 && result.rows === 0;
  const total = result?.total ?? 0;
  useEffect(() => {
    if (beyondEnd) setPage(lastPage(total, pageSize));
  }, [beyondEnd, total, pageSize, setPage]);
}

/**
 * "11–20 of 2,000" with previous and next: paging for a server-side list,
 * rendered only when there is more than one page.
 */
export function Pager(props: {
  /** What is paged, for the navigation landmark: "Leaderboard pages". */
  label: string;
  total: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
}) {
  const { label, total, page, pageSize, onPageChange } = props;
  const classes = useStyles();
  const t = useSoloTrekT();
  if (total <= pageSize) {
    return null;
  }
  return (
    <TablePagination
      component="nav"
      aria-label={label}
      classes={{ root: classes.root, toolbar: classes.toolbar }}
      count={total}
      page={Math.min(page, lastPage(total, pageSize))}
      rowsPerPage={pageSize}
      rowsPerPageOptions={[]}
      onPageChange={(_event, next) => onPageChange(next)}
      labelDisplayedRows={({ from, to, count }) =>
        t('pager.range', {
          from: formatNumber(from, 0),
          to: formatNumber(to, 0),
          total: formatNumber(count, 0),
        })
      }
    />
  );
}
