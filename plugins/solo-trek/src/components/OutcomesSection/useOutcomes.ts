import { OutcomeTeamsQuery } from '@internal/plugin-solo-trek-common';
import { useSoloTrekApi } from '../../hooks';

/** The scorecard of a migration; undefined while there is no migration. */
export function useOutcomes(migrationId: string | undefined) {
  return useSoloTrekApi(
    async api => (migrationId ? api.getOutcomes(migrationId) : undefined),
    [migrationId],
  );
}

/** One page of the per-team scorecard, with the query it answers. */
export function useOutcomeTeams(migrationId: string, query: OutcomeTeamsQuery) {
  const { limit, offset, q } = query;
  return useSoloTrekApi(
    async api => ({
      ...(await api.getOutcomeTeams(migrationId, { limit, offset, q })),
      query: { limit, offset, q },
    }),
    [migrationId, limit, offset, q],
  );
}

/** The pulse's comments; undefined for who may not read them. */
export function usePulseComments(
  migrationId: string,
  allowed: boolean,
  page: { limit: number; offset: number },
) {
  const { limit, offset } = page;
  return useSoloTrekApi(
    async api =>
      allowed
        ? api.getPulseComments(migrationId, { limit, offset })
        : undefined,
    [migrationId, allowed, limit, offset],
  );
}
