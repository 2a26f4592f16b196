import { useCallback, useState } from 'react';
import { useLongTail } from '../../hooks';
import { useKeepPageInRange } from '../shared/Pager';
import { LONG_TAIL_PAGE_SIZES } from './LongTailTable';
import { Quadrant } from './SegmentationMatrix';

/**
 * The long tail as the dashboard shows it: one page, of the quadrant picked
 * in the matrix, fetched from the server; a new quadrant starts again at the
 * first page. The per-quadrant counts are the whole tail's.
 */
export function useLongTailView(migrationId: string) {
  const [quadrant, setQuadrant] = useState<Quadrant | undefined>();
  const [paging, setPaging] = useState({
    page: 0,
    pageSize: LONG_TAIL_PAGE_SIZES[0],
  });
  const { page, pageSize } = paging;
  const state = useLongTail(migrationId, {
    limit: pageSize,
    offset: page * pageSize,
    criticality: quadrant?.criticality,
    complexity: quadrant?.complexity,
  });
  const setPage = useCallback(
    (next: number) => setPaging(p => ({ ...p, page: next })),
    [],
  );
  const report = state.value;
  useKeepPageInRange({
    page,
    setPage,
    pageSize,
    result: report && { total: report.total, rows: report.items.length },
  });

  const counts = report?.quadrants.reduce<Record<string, number>>(
    (acc, q) => ({ ...acc, [`${q.criticality}/${q.complexity}`]: q.total }),
    {},
  );

  return {
    state,
    /** Also while moving back from past the end of a tail that shrank. */
    loading:
      state.loading || (!!report && report.total > 0 && !report.items.length),
    counts,
    quadrant,
    selectQuadrant: (next: Quadrant | undefined) => {
      setQuadrant(next);
      setPage(0);
    },
    page,
    pageSize,
    setPaging: (nextPage: number, nextSize: number) =>
      setPaging({ page: nextPage, pageSize: nextSize }),
  };
}
