import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  LeaderboardPeriod,
  LeaderboardQuery,
  LongTailQuery,
  TeamAdoptionQuery,
} from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../api';

export function useAdoptionReport(migrationId: string | undefined) {
  const api = useApi(soloTrekApiRef);
  return useAsyncRetry(
    async () => (migrationId ? api.getAdoption(migrationId) : undefined),
    [api, migrationId],
  );
}

export function useAdoptionHistory(migrationId: string | undefined) {
  const api = useApi(soloTrekApiRef);
  return useAsyncRetry(
    async () => (migrationId ? api.getAdoptionHistory(migrationId) : undefined),
    [api, migrationId],
  );
}

/*
 * The paged reports depend on each field of their query rather than on the
 * query object, so callers can pass a fresh literal on every render. While a
 * new page loads, `value` still holds the previous one.
 */

/**
 * One page of teams, with the query it answers (while the next page loads,
 * the shown page may answer an older query); `undefined` while there is no
 * migration.
 */
export function useTeamAdoption(
  migrationId: string | undefined,
  query: TeamAdoptionQuery = {},
) {
  const api = useApi(soloTrekApiRef);
  const { limit, offset, sort, order, q } = query;
  return useAsyncRetry(async () => {
    if (!migrationId) {
      return undefined;
    }
    const asked = { limit, offset, sort, order, q };
    return { ...(await api.getTeamAdoption(migrationId, asked)), query: asked };
  }, [api, migrationId, limit, offset, sort, order, q]);
}

export function useLongTail(
  migrationId: string | undefined,
  query: LongTailQuery = {},
) {
  const api = useApi(soloTrekApiRef);
  const { limit, offset, criticality, complexity } = query;
  return useAsyncRetry(
    async () =>
      migrationId
        ? api.getLongTail(migrationId, {
            limit,
            offset,
            criticality,
            complexity,
          })
        : undefined,
    [api, migrationId, limit, offset, criticality, complexity],
  );
}

/** One page of the leaderboard, with `query.teams` pinned wherever they rank. */
export function useLeaderboard(
  migrationId: string | undefined,
  period: LeaderboardPeriod,
  query: LeaderboardQuery = {},
) {
  const api = useApi(soloTrekApiRef);
  const { limit, offset, q } = query;
  // Compared by value: the caller's array is new on every render.
  const teams = JSON.stringify(query.teams ?? []);
  return useAsyncRetry(
    async () =>
      migrationId
        ? api.getLeaderboard(migrationId, period, {
            limit,
            offset,
            q,
            teams: JSON.parse(teams),
          })
        : undefined,
    [api, migrationId, period, limit, offset, q, teams],
  );
}

export function useHeroes(migrationId: string | undefined) {
  const api = useApi(soloTrekApiRef);
  return useAsyncRetry(
    async () => (migrationId ? api.getHeroes(migrationId) : undefined),
    [api, migrationId],
  );
}

export function useTeamServices(
  migrationId: string | undefined,
  teamRef: string,
) {
  const api = useApi(soloTrekApiRef);
  return useAsyncRetry(
    async () =>
      migrationId ? api.getTeamServices(migrationId, teamRef) : undefined,
    [api, migrationId, teamRef],
  );
}
