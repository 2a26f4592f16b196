import { CaravanPageQuery } from '@internal/plugin-solo-trek-common';
import { SoloTrekApi } from '../../api';
import { usePagedCaravanList } from '../../hooks';
import { useKeepPageInRange } from '../shared/Pager';

/** Rows per page of the Caravan's service tables (drift, decommission tail). */
const PAGE_SIZE = 10;

/**
 * One page of a Caravan report of services, kept within range when the list
 * shrinks under the page shown.
 */
export function useCaravanReportPage<
  T extends { total: number; items: unknown[] },
>(
  migrationId: string,
  fetch: (
    api: SoloTrekApi,
    migrationId: string,
    query: CaravanPageQuery,
  ) => Promise<T>,
) {
  const { state, page, pageSize, setPage } = usePagedCaravanList(
    migrationId,
    fetch,
    PAGE_SIZE,
  );
  const report: T | undefined = state.value;
  useKeepPageInRange({
    page,
    setPage,
    pageSize,
    result: report && { total: report.total, rows: report.items.length },
  });
  return { state, report, page, pageSize, setPage };
}
