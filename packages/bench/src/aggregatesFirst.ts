/*
 * The aggregates' first computation over a stored scan (issue 20): the
 * adoption report, the ranked leaderboard (every team) and the wave plan
 * with each track's progress, as the first
 * request after a scan computes them, with the real AggregatesService and
 * store, in the scan's child process; its peak RSS sampled while it runs.
 */
import { AuthService, PermissionsService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { loadBenchConfig, MIGRATION_ID } from './creed';
import {
  AggregatesService,
  CatalogReadAccess,
  SoloTrekStore,
} from './soloTrek';
import { silentLogger } from './techInsights';

export interface AggregatesMeasure {
  adoptionMs: number;
  leaderboardMs: number;
  /** The wave plan and the tracks' progress (the adoption report cached). */
  wavePlanMs: number;
  teams: number;
  /** process RSS sampled every 10 ms while they were computed. */
  peakRssMb: number;
}

export async function measureAggregates(options: {
  store: SoloTrekStore;
  catalog: CatalogService;
  auth: AuthService;
}): Promise<AggregatesMeasure> {
  const config = loadBenchConfig();
  const permissions = {
    authorize: async (requests: unknown[]) =>
      requests.map(() => ({ result: 'ALLOW' })),
    authorizeConditional: async (requests: unknown[]) =>
      requests.map(() => ({ result: 'ALLOW' })),
  } as unknown as PermissionsService;
  const byId = new Map(config.migrations.map(m => [m.id, m]));
  const aggregates = new AggregatesService({
    config,
    store: options.store,
    catalog: options.catalog,
    auth: options.auth,
    logger: silentLogger,
    migration: id => byId.get(id)!,
    access: new CatalogReadAccess({ permissions, catalog: options.catalog }),
  });
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  try {
    let t = performance.now();
    await aggregates.adoption.report(MIGRATION_ID);
    const adoptionMs = performance.now() - t;
    t = performance.now();
    const ranked = await aggregates.leaderboard.ranked(MIGRATION_ID, 'all');
    const leaderboardMs = performance.now() - t;
    t = performance.now();
    await aggregates.wavePlan.tracks(MIGRATION_ID);
    const wavePlanMs = performance.now() - t;
    peak = Math.max(peak, process.memoryUsage.rss());
    return {
      adoptionMs,
      leaderboardMs,
      wavePlanMs,
      teams: ranked.entries.length,
      peakRssMb: peak / 2 ** 20,
    };
  } finally {
    clearInterval(sampler);
  }
}
