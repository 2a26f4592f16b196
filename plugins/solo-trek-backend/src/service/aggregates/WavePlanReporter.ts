import {
  TrackProgress,
  UnplacedService,
  WavePlanReport,
} from '@internal/plugin-solo-trek-common';
import {
  CaravanPlanTally,
  caravanForecast,
  inOrder,
  waveCompletion,
  waveInfo,
} from '../../domain/waves';
import { WaveRow } from '../../domain/model';
import { ReadScope } from '../CatalogReadAccess';
import { AdoptionReporter } from './AdoptionReporter';
import { AggregateCache } from './AggregateCache';
import { ReportContext } from './ReportContext';

/** Unplaced services the document keeps; the report shows the first 200 readable. */
const UNPLACED_KEPT = 2000;
const UNPLACED_SHOWN = 200;

/**
 * The wave plan with each wave's progress, schedule and dependency
 * warnings, and each track's progress apart: adoption for Solo Trek, wave
 * completion for the Caravan, each with its forecast. Both are cached per
 * results version (every wave write bumps it).
 */
export class WavePlanReporter {
  constructor(
    private readonly ctx: ReportContext,
    private readonly cache: AggregateCache,
    private readonly adoption: AdoptionReporter,
  ) {}

  /** The plan, members and warnings cut to what the caller may read. */
  async plan(migrationId: string, scope: ReadScope): Promise<WavePlanReport> {
    const doc = (await this.document(migrationId)).value;
    if (scope.kind === 'all') {
      return {
        ...doc,
        unplacedServices: doc.unplacedServices.slice(0, UNPLACED_SHOWN),
      };
    }
    const refs = [
      ...doc.waves.flatMap(w =>
        w.members.flatMap(m => [
          m.entityRef,
          ...m.warnings.map(x => x.dependency),
        ]),
      ),
      ...doc.unplacedServices.map(u => u.entityRef),
    ];
    const visible = await this.ctx.access.readable(scope, refs);
    return {
      ...doc,
      waves: doc.waves.map(w => ({
        ...w,
        members: w.members
          .filter(m => visible.has(m.entityRef))
          .map(m => ({
            ...m,
            warnings: m.warnings.filter(x => visible.has(x.dependency)),
          })),
      })),
      unplacedServices: doc.unplacedServices
        .filter(u => visible.has(u.entityRef))
        .slice(0, UNPLACED_SHOWN),
    };
  }

  private async document(migrationId: string) {
    const m = this.ctx.migration(migrationId);
    const { store, config } = this.ctx;
    return this.cache.get(m.id, 'wave-plan:v1', async () => {
      const now = this.ctx.now();
      const waves = await store.listWaves(m.id);
      const byId = new Map(waves.map(w => [w.id, w]));
      // The Caravan page by page (issue 20); then only the rows the
      // members' dependency warnings read.
      const tally = new CaravanPlanTally(byId, UNPLACED_KEPT);
      for await (const page of store.waveRowPages(m.id, { track: 'caravan' })) {
        tally.add(page);
      }
      const members = tally.members();
      const byRef = new Map<string, WaveRow>();
      for (const rows of members.values()) {
        for (const row of rows) byRef.set(row.entityRef, row);
      }
      for (const row of await store.waveRows(m.id, tally.dependencies())) {
        byRef.set(row.entityRef, row);
      }
      const infos = inOrder(waves).map(w =>
        waveInfo(w, members.get(w.id) ?? [], byRef, byId, now),
      );
      const unplaced = tally.unplaced();
      const remaining = tally.remaining();
      const report: WavePlanReport = {
        migrationId: m.id,
        generatedAt: now.toISOString(),
        waves: infos,
        completion: waveCompletion(infos),
        unplaced: unplaced.count,
        unplacedServices: unplaced.rows.map(
          (r): UnplacedService => ({
            entityRef: r.entityRef,
            ...(r.title ? { title: r.title } : {}),
            owner: r.ownerRef,
            stage: r.stage,
          }),
        ),
        forecast: caravanForecast({
          waves: infos,
          remaining,
          unplaced: unplaced.count,
          sunset: m.window.sunset,
          atRiskMarginDays: config.forecast.atRiskMarginDays,
        }),
      };
      return report;
    });
  }

  /** Each track's progress apart, with its own forecast. */
  async tracks(migrationId: string): Promise<TrackProgress> {
    const m = this.ctx.migration(migrationId);
    const entry = await this.cache.get(m.id, 'track-progress:v2', async () => {
      const now = this.ctx.now();
      const [adoption, plan] = await Promise.all([
        this.adoption.report(m.id),
        this.document(m.id),
      ]);
      const figures = (track: 'solo-trek' | 'caravan') => {
        const { track: _t, ...rest } = adoption.byTrack.find(
          t => t.track === track,
        )!;
        return rest;
      };
      // The Solo Trek's forecast is the history's for the track (issue 17):
      // from its own daily counts, scope changes and the interval included,
      // the same the burn-up chart shows.
      const { track: _track, ...soloTrekForecast } =
        adoption.forecastByTrack.find(f => f.track === 'solo-trek')!;
      const progress: TrackProgress = {
        migrationId: m.id,
        generatedAt: now.toISOString(),
        soloTrek: {
          figures: figures('solo-trek'),
          forecast: soloTrekForecast,
        },
        caravan: {
          figures: figures('caravan'),
          completion: plan.value.completion,
          unplaced: plan.value.unplaced,
          forecast: plan.value.forecast,
        },
      };
      return progress;
    });
    return entry.value;
  }
}
