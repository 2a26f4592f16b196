import {
  AdoptionHistory,
  DONE_STAGES,
  Track,
} from '@internal/plugin-solo-trek-common';
import { computeForecast } from '../../domain/forecast';
import { buildHistory, buildTrackHistory } from '../../domain/history';
import { AggregateCache } from './AggregateCache';
import { ReportContext } from './ReportContext';

const TRACKS: Track[] = ['solo-trek', 'caravan'];

/**
 * Adoption over time, from the daily snapshots, with the forecast against
 * the sunset: overall and for each track, each from its own history (in-scope
 * totals per day included, so scope changes count).
 */
export class HistoryReporter {
  constructor(
    private readonly ctx: ReportContext,
    private readonly cache: AggregateCache,
  ) {}

  /** The history, the same (frozen) object per results version and day. */
  async report(migrationId: string): Promise<AdoptionHistory> {
    const { config, store } = this.ctx;
    const m = this.ctx.migration(migrationId);
    // The kind names the document's shape, so an upgrade never serves an old one.
    const entry = await this.cache.get(m.id, 'history:v2', async () => {
      const now = this.ctx.now();
      const [snapshots, trackSnapshots, scored] = await Promise.all([
        store.listSnapshots(m.id),
        store.listTrackSnapshots(m.id),
        store.scoredRows(m.id),
      ]);
      const forecastOf = (
        points: AdoptionHistory['points'],
        rows: typeof scored,
      ) =>
        // The forecast projects from today's figures, not the last snapshot's.
        computeForecast({
          points,
          total: rows.length,
          done: rows.filter(r => DONE_STAGES.includes(r.stage)).length,
          sunset: m.window.sunset,
          now,
          weeks: config.forecast.weeks,
          minWeeks: config.forecast.minWeeks,
          atRiskMarginDays: config.forecast.atRiskMarginDays,
        });
      const points = buildHistory({ snapshots, scored, start: m.window.start });
      return {
        migrationId: m.id,
        start: m.window.start.toISODate()!,
        sunset: m.window.sunset.toISODate()!,
        points,
        forecast: forecastOf(points, scored),
        forecastByTrack: TRACKS.map(track => ({
          track,
          ...forecastOf(
            buildTrackHistory({
              snapshots: trackSnapshots,
              scored,
              start: m.window.start,
              track,
            }),
            scored.filter(r => (r.track ?? 'solo-trek') === track),
          ),
        })),
      };
    });
    return entry.value;
  }
}
