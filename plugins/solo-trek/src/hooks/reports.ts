import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { LeaderboardPeriod } from '@internal/plugin-solo-trek-common';
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

export function useLongTail(migrationId: string | undefined) {
  const api = useApi(soloTrekApiRef);
  return useAsyncRetry(
    async () => (migrationId ? api.getLongTail(migrationId) : undefined),
    [api, migrationId],
  );
}

export function useLeaderboard(
  migrationId: string | undefined,
  period: LeaderboardPeriod,
) {
  const api = useApi(soloTrekApiRef);
  return useAsyncRetry(
    async () =>
      migrationId ? api.getLeaderboard(migrationId, period) : undefined,
    [api, migrationId, period],
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
