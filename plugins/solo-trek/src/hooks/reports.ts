import { DependencyList } from 'react';
import {
  LeaderboardPeriod,
  LeaderboardQuery,
  LongTailQuery,
  TeamAdoptionQuery,
} from '@internal/plugin-solo-trek-common';
import { SoloTrekApi } from '../api';
import { useSoloTrekApi } from './useSoloTrekApi';

/** A report of one migration: `undefined` while there is no migration. */
function useMigrationReport<T>(
  migrationId: string | undefined,
  f: (api: SoloTrekApi, migrationId: string) => Promise<T>,
  deps: DependencyList = [],
) {
  return useSoloTrekApi(
    async api => (migrationId ? f(api, migrationId) : undefined),
    [migrationId, ...deps],
  );
}

export function useAdoptionReport(migrationId: string | undefined) {
  return useMigrationReport(migrationId, (api, id) => api.getAdoption(id));
}

export function useAdoptionHistory(migrationId: string | undefined) {
  return useMigrationReport(migrationId, (api, id) =>
    api.getAdoptionHistory(id),
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
  const { limit, offset, sort, order, q } = query;
  return useMigrationReport(
    migrationId,
    async (api, id) => {
      const asked = { limit, offset, sort, order, q };
      return { ...(await api.getTeamAdoption(id, asked)), query: asked };
    },
    [limit, offset, sort, order, q],
  );
}

export function useLongTail(
  migrationId: string | undefined,
  query: LongTailQuery = {},
) {
  const { limit, offset, criticality, complexity } = query;
  return useMigrationReport(
    migrationId,
    (api, id) =>
      api.getLongTail(id, { limit, offset, criticality, complexity }),
    [limit, offset, criticality, complexity],
  );
}

/** One page of the leaderboard, with `query.teams` pinned wherever they rank. */
export function useLeaderboard(
  migrationId: string | undefined,
  period: LeaderboardPeriod,
  query: LeaderboardQuery = {},
) {
  const { limit, offset, q } = query;
  // Compared by value: the caller's array is new on every render.
  const teams = JSON.stringify(query.teams ?? []);
  return useMigrationReport(
    migrationId,
    (api, id) =>
      api.getLeaderboard(id, period, {
        limit,
        offset,
        q,
        teams: JSON.parse(teams),
      }),
    [period, limit, offset, q, teams],
  );
}

export function useHeroes(migrationId: string | undefined) {
  return useMigrationReport(migrationId, (api, id) => api.getHeroes(id));
}

export function useTeamServices(
  migrationId: string | undefined,
  teamRef: string,
) {
  return useMigrationReport(
    migrationId,
    (api, id) => api.getTeamServices(id, teamRef),
    [teamRef],
  );
}
