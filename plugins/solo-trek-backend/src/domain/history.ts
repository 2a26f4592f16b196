import {
  AdoptionHistoryPoint,
  DONE_STAGES,
  LIVE_STAGES,
  MigrationStage,
  Track,
} from '@internal/plugin-solo-trek-common';
import { DateTime } from 'luxon';
import { ScoredRow, SnapshotRow, TrackSnapshotRow } from './model';
import { isCompliantDone } from './adoption';

function point(
  day: string,
  total: number,
  done: number,
  compliantDone: number,
): AdoptionHistoryPoint {
  return {
    day,
    total,
    done,
    compliantDone,
    adoption: total === 0 ? 0 : done / total,
    compliantAdoption: total === 0 ? 0 : compliantDone / total,
  };
}

/**
 * What the history reads of the results: how many services are in scope and
 * done, and how many went live on each UTC day. One small record a day, so
 * a scope of any size is counted page by page (issue 20).
 */
export interface GoLives {
  total: number;
  /** Services done, whether or not their go-live date is known. */
  done: number;
  /** UTC day → services done that went live that day, and the compliant ones. */
  byDay: Map<string, { done: number; compliantDone: number }>;
}

export function emptyGoLives(): GoLives {
  return { total: 0, done: 0, byDay: new Map() };
}

/** Counts services into `into`: overall, or one track's when given. */
export function addGoLives(
  into: GoLives,
  rows: Iterable<ScoredRow>,
  track?: Track,
): void {
  for (const r of rows) {
    if (track && (r.track ?? 'solo-trek') !== track) continue;
    into.total++;
    if (!DONE_STAGES.includes(r.stage as MigrationStage)) continue;
    into.done++;
    if (!r.migratedAt) continue;
    const day = DateTime.fromJSDate(r.migratedAt, { zone: 'utc' }).toISODate()!;
    let counts = into.byDay.get(day);
    if (!counts) {
      counts = { done: 0, compliantDone: 0 };
      into.byDay.set(day, counts);
    }
    counts.done++;
    if (isCompliantDone(r.stage, r.mustPass)) counts.compliantDone++;
  }
}

/**
 * The daily adoption series. Stored snapshots give the days since Solo Trek
 * started watching; before the first one, the series is rebuilt from go-live
 * dates (services count as done from the day they went live), so a migration
 * that began before installation still has a burn-up.
 */
export function buildHistory(options: {
  snapshots: SnapshotRow[];
  goLives: GoLives;
  start: DateTime;
}): AdoptionHistoryPoint[] {
  const byDay = new Map<
    string,
    { total: number; done: number; compliantDone: number }
  >();
  for (const row of options.snapshots) {
    let day = byDay.get(row.day);
    if (!day) {
      day = { total: 0, done: 0, compliantDone: 0 };
      byDay.set(row.day, day);
    }
    day.total += row.count;
    if (DONE_STAGES.includes(row.stage)) day.done += row.count;
    if (row.stage === 'retired') day.compliantDone += row.count;
    else if (LIVE_STAGES.includes(row.stage))
      day.compliantDone += row.compliant;
  }
  const recorded = [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, v]) => point(day, v.total, v.done, v.compliantDone));

  const firstRecorded = recorded[0]?.day;
  const { goLives } = options;
  const goLiveDays = [...goLives.byDay.keys()].sort();
  if (!firstRecorded || goLiveDays.length === 0) return recorded;

  const backfill: AdoptionHistoryPoint[] = [];
  const earliest = DateTime.fromISO(goLiveDays[0], { zone: 'utc' });
  let day = earliest < options.start ? earliest : options.start;
  const stop = DateTime.fromISO(firstRecorded, { zone: 'utc' });
  let done = 0;
  let compliantDone = 0;
  while (day < stop) {
    const counts = goLives.byDay.get(day.toISODate()!);
    if (counts) {
      done += counts.done;
      compliantDone += counts.compliantDone;
    }
    backfill.push(point(day.toISODate()!, goLives.total, done, compliantDone));
    day = day.plus({ days: 1 });
  }
  return [...backfill, ...recorded];
}

/**
 * One track's daily series, as buildHistory builds the whole one: from the
 * per-track snapshots, and before the first of them from its services'
 * go-live dates (`goLives` counted for that track alone).
 */
export function buildTrackHistory(options: {
  snapshots: TrackSnapshotRow[];
  goLives: GoLives;
  start: DateTime;
  track: Track;
}): AdoptionHistoryPoint[] {
  const { track } = options;
  return buildHistory({
    snapshots: options.snapshots
      .filter(s => s.track === track)
      .map(s => ({
        day: s.day,
        ownerRef: '',
        stage: s.stage,
        count: s.count,
        compliant: s.compliant,
      })),
    goLives: options.goLives,
    start: options.start,
  });
}
