import { AdoptionHistory, Track } from '@internal/plugin-solo-trek-common';
import { computeForecast } from '../../domain/forecast';
import {
  addGoLives,
  buildHistory,
  buildTrackHistory,
  emptyGoLives,
  GoLives,
} from '../../domain/history';
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
      const [snapshots, trackSnapshots] = await Promise.all([
        store.listSnapshots(m.id),
        store.listTrackSnapshots(m.id),
      ]);
      // Go-lives counted page by page: a day's counts, not every row.
      const overall = emptyGoLives();
      const byTrack = new Map(TRACKS.map(t => [t, emptyGoLives()]));
      for await (const page of store.scoredRowPages(m.id)) {
        addGoLives(overall, page);
        for (const [track, goLives] of byTrack)
          addGoLives(goLives, page, track);
      }
      const forecastOf = (
        points: AdoptionHistory['points'],
        goLives: GoLives,
      ) =>
        // The forecast projects from today's figures, not the last snapshot's.
        computeForecast({
          points,
          total: goLives.total,
          done: goLives.done,
          sunset: m.window.sunset,
          now,
          weeks: config.forecast.weeks,
          minWeeks: config.forecast.minWeeks,
          atRiskMarginDays: config.forecast.atRiskMarginDays,
        });
      const points = buildHistory({
        snapshots,
        goLives: overall,
        start: m.window.start,
      });
      return {
        migrationId: m.id,
        start: m.window.start.toISODate()!,
        sunset: m.window.sunset.toISODate()!,
        points,
        forecast: forecastOf(points, overall),
        forecastByTrack: TRACKS.map(track => {
          const goLives = byTrack.get(track)!;
          return {
            track,
            ...forecastOf(
              buildTrackHistory({
                snapshots: trackSnapshots,
                goLives,
                start: m.window.start,
                track,
              }),
              goLives,
            ),
          };
        }),
      };
    });
    return entry.value;
  }
}
