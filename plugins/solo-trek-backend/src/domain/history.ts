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
 * The daily adoption series. Stored snapshots give the days since Solo Trek
 * started watching; before the first one, the series is rebuilt from go-live
 * dates (services count as done from the day they went live), so a migration
 * that began before installation still has a burn-up.
 */
export function buildHistory(options: {
  snapshots: SnapshotRow[];
  scored: ScoredRow[];
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
  const goLives = options.scored
    .filter(
      r => r.migratedAt && DONE_STAGES.includes(r.stage as MigrationStage),
    )
    .map(r => ({
      at: r.migratedAt!.getTime(),
      compliant: isCompliantDone(r.stage, r.mustPass),
    }))
    .sort((a, b) => a.at - b.at);
  if (!firstRecorded || goLives.length === 0) return recorded;

  const total = options.scored.length;
  const backfill: AdoptionHistoryPoint[] = [];
  const earliest = DateTime.fromMillis(goLives[0].at, { zone: 'utc' }).startOf(
    'day',
  );
  let day = earliest < options.start ? earliest : options.start;
  const stop = DateTime.fromISO(firstRecorded, { zone: 'utc' });
  let i = 0;
  let done = 0;
  let compliantDone = 0;
  while (day < stop) {
    const endOfDay = day.endOf('day').toMillis();
    while (i < goLives.length && goLives[i].at <= endOfDay) {
      done++;
      if (goLives[i].compliant) compliantDone++;
      i++;
    }
    backfill.push(point(day.toISODate()!, total, done, compliantDone));
    day = day.plus({ days: 1 });
  }
  return [...backfill, ...recorded];
}

/**
 * One track's daily series, as buildHistory builds the whole one: from the
 * per-track snapshots, and before the first of them from its services'
 * go-live dates.
 */
export function buildTrackHistory(options: {
  snapshots: TrackSnapshotRow[];
  scored: ScoredRow[];
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
    scored: options.scored.filter(r => (r.track ?? 'solo-trek') === track),
    start: options.start,
  });
}
