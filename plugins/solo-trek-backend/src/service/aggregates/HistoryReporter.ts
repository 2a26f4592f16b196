import { AdoptionHistory } from '@internal/plugin-solo-trek-common';
import { computeForecast } from '../../domain/forecast';
import { buildHistory } from '../../domain/history';
import { AggregateCache } from './AggregateCache';
import { ReportContext } from './ReportContext';

/** Adoption over time, from the daily snapshots, with the forecast against the sunset. */
export class HistoryReporter {
  constructor(
    private readonly ctx: ReportContext,
    private readonly cache: AggregateCache,
  ) {}

  /** The history, the same (frozen) object per results version and day. */
  async report(migrationId: string): Promise<AdoptionHistory> {
    const { config, store, now } = this.ctx;
    const m = this.ctx.migration(migrationId);
    const entry = await this.cache.get(m.id, 'history', async () => {
      const [snapshots, scored] = await Promise.all([
        store.listSnapshots(m.id),
        store.scoredRows(m.id),
      ]);
      const points = buildHistory({ snapshots, scored, start: m.window.start });
      const last = points[points.length - 1];
      return {
        migrationId: m.id,
        start: m.window.start.toISODate()!,
        sunset: m.window.sunset.toISODate()!,
        points,
        forecast: computeForecast({
          points,
          total: last?.total ?? 0,
          done: last?.done ?? 0,
          sunset: m.window.sunset,
          now: now(),
          weeks: config.forecast.weeks,
          atRiskMarginDays: config.forecast.atRiskMarginDays,
        }),
      };
    });
    return entry.value;
  }
}
