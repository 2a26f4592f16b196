import { useCallback, useState } from 'react';
import { CaravanPageQuery } from '@internal/plugin-solo-trek-common';
import { SoloTrekApi } from '../api';
import { useSoloTrekApi } from './useSoloTrekApi';

/**
 * One page of a Caravan list (drift, rollbacks, the decommission tail),
 * fetched from the server as the page changes; `reload` after a change.
 * `undefined` while there is no migration.
 */
export function usePagedCaravanList<T>(
  migrationId: string | undefined,
  fetch: (
    api: SoloTrekApi,
    migrationId: string,
    query: CaravanPageQuery,
  ) => Promise<T>,
  pageSize: number,
) {
  const [page, setPage] = useState(0);
  const state = useSoloTrekApi(
    async api =>
      migrationId
        ? fetch(api, migrationId, { limit: pageSize, offset: page * pageSize })
        : undefined,
    [migrationId, page, pageSize],
  );
  const onPageChange = useCallback((next: number) => setPage(next), []);
  return { state, page, pageSize, setPage: onPageChange };
}
