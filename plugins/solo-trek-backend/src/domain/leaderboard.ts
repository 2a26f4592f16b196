import {
  DONE_STAGES,
  LeaderboardBadge,
  LeaderboardEntry,
  LeaderboardPeriod,
} from '@internal/plugin-solo-trek-common';
import { DateTime } from 'luxon';
import { ScoredRow } from './model';
import { isCompliantDone } from './adoption';

export interface ScoringWeights {
  /** Extra points for moving on day one over moving at the sunset. */
  earlinessWeight: number;
  /** Extra points for a fully compliant service over a non-compliant one. */
  complianceWeight: number;
}

export interface ScoringWindow {
  start: DateTime;
  sunset: DateTime;
}

/**
 * Points for one done service:
 *   (1 + earlinessWeight × (1 − f)) × (1 + complianceWeight × c)
 * where f is how far through the window it went live (0 on day one, 1 at the
 * sunset or later) and c its Creed compliance: passed plus half of waived
 * items, over all items (retired services count as fully compliant).
 */
export function servicePoints(
  row: ScoredRow,
  window: ScoringWindow,
  weights: ScoringWeights,
  creedSize: number,
  waivedItems = 0,
): number {
  const span = window.sunset.toMillis() - window.start.toMillis();
  const at = row.migratedAt?.getTime() ?? window.sunset.toMillis();
  const f = Math.min(1, Math.max(0, (at - window.start.toMillis()) / span));
  let c = 1;
  if (row.stage !== 'retired' && creedSize > 0) {
    const passed = Object.values(row.outcomes).filter(o => o === 'pass').length;
    c = Math.min(1, (passed + waivedItems * 0.5) / creedSize);
  }
  return (
    (1 + weights.earlinessWeight * (1 - f)) * (1 + weights.complianceWeight * c)
  );
}

export function maxPoints(weights: ScoringWeights) {
  return (1 + weights.earlinessWeight) * (1 + weights.complianceWeight);
}

interface TeamTally {
  team: string;
  total: number;
  migrated: number;
  compliant: number;
  points: number;
  /** When the team's last service went live, if all are done. */
  completedAt: number | null;
  earlyDone: number;
  doneLive: number;
  doneLiveCompliant: number;
}

function tally(
  rows: ScoredRow[],
  window: ScoringWindow,
  weights: ScoringWeights,
  creedSize: number,
  waivedByEntity: ReadonlyMap<string, number>,
  counts: (row: ScoredRow) => boolean,
): Map<string, TeamTally> {
  const quarter =
    window.start.toMillis() +
    (window.sunset.toMillis() - window.start.toMillis()) / 4;
  const teams = new Map<string, TeamTally>();
  for (const row of rows) {
    if (!row.ownerRef) continue;
    let t = teams.get(row.ownerRef);
    if (!t) {
      t = {
        team: row.ownerRef,
        total: 0,
        migrated: 0,
        compliant: 0,
        points: 0,
        completedAt: 0,
        earlyDone: 0,
        doneLive: 0,
        doneLiveCompliant: 0,
      };
      teams.set(row.ownerRef, t);
    }
    t.total++;
    const done = DONE_STAGES.includes(row.stage);
    if (!done) {
      t.completedAt = null;
      continue;
    }
    t.migrated++;
    if (isCompliantDone(row.stage, row.mustPass)) t.compliant++;
    if (row.stage !== 'retired') {
      t.doneLive++;
      if (row.mustPass) t.doneLiveCompliant++;
    }
    const at = row.migratedAt?.getTime() ?? Number.MAX_SAFE_INTEGER;
    if (at <= quarter) t.earlyDone++;
    if (t.completedAt !== null) t.completedAt = Math.max(t.completedAt, at);
    if (counts(row)) {
      t.points += servicePoints(
        row,
        window,
        weights,
        creedSize,
        waivedByEntity.get(row.entityRef) ?? 0,
      );
    }
  }
  return teams;
}

/** Higher score first; then a larger share migrated; then who finished first; then the ref. */
function rank(
  teams: TeamTally[],
  weights: ScoringWeights,
): Array<TeamTally & { score: number; rank: number }> {
  const max = maxPoints(weights);
  return teams
    .map(t => ({
      ...t,
      score: Math.round((1000 * t.points) / (t.total * max)) / 10,
    }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.migrated / b.total - a.migrated / a.total ||
        (a.completedAt ?? Infinity) - (b.completedAt ?? Infinity) ||
        a.team.localeCompare(b.team),
    )
    .map((t, i) => ({ ...t, rank: i + 1 }));
}

/**
 * Ranks owning teams. Scores are normalised by each team's number of in-scope
 * services (0–100), so a team of 3 can beat a team of 30.
 */
export function computeLeaderboard(options: {
  rows: ScoredRow[];
  window: ScoringWindow;
  weights: ScoringWeights;
  creedSize: number;
  period: LeaderboardPeriod;
  now: Date;
  titles: ReadonlyMap<string, string>;
  waivedByEntity?: ReadonlyMap<string, number>;
  /** The teams of the reigning (last month's) Migration Hero. */
  heroTeams?: ReadonlySet<string>;
  /** The zone whose calendar months the month period counts; UTC by default. */
  zone?: string;
}): { periodStart: string; entries: LeaderboardEntry[] } {
  const { rows, window, weights, creedSize, period, now, titles } = options;
  const waived = options.waivedByEntity ?? new Map<string, number>();
  const zone = options.zone ?? 'UTC';
  const monthStart = DateTime.fromJSDate(now, { zone }).startOf('month');
  const prevMonthStart = monthStart.minus({ months: 1 });
  const inRange = (from: DateTime | null, to: DateTime) => (row: ScoredRow) => {
    const at = row.migratedAt?.getTime();
    if (at === undefined) return false;
    return (from === null || at >= from.toMillis()) && at < to.toMillis();
  };
  const end = DateTime.fromJSDate(now, { zone }).plus({ days: 1 });
  const current = tally(
    rows,
    window,
    weights,
    creedSize,
    waived,
    period === 'month' ? inRange(monthStart, end) : inRange(null, end),
  );
  // The previous period: all-time as of last month's end, or last month alone.
  const previous = tally(
    rows,
    window,
    weights,
    creedSize,
    waived,
    period === 'month'
      ? inRange(prevMonthStart, monthStart)
      : inRange(null, monthStart),
  );
  const ranked = rank([...current.values()], weights);
  const previousRank = new Map(
    rank([...previous.values()], weights).map(t => [t.team, t.rank]),
  );

  const trailblazers = new Set(
    [...current.values()]
      .filter(t => t.completedAt !== null && t.migrated === t.total)
      .sort(
        (a, b) =>
          a.completedAt! - b.completedAt! || a.team.localeCompare(b.team),
      )
      .slice(0, 3)
      .map(t => t.team),
  );

  const entries = ranked.map(t => {
    const badges: LeaderboardBadge[] = [];
    if (trailblazers.has(t.team)) badges.push('trailblazer');
    if (t.earlyDone * 2 >= t.total) badges.push('early-mover');
    if (t.doneLive > 0 && t.doneLive === t.doneLiveCompliant)
      badges.push('clean-creed');
    if (options.heroTeams?.has(t.team)) badges.push('migration-hero');
    const before = previousRank.get(t.team);
    return {
      rank: t.rank,
      team: t.team,
      title: titles.get(t.team) ?? t.team,
      score: t.score,
      migrated: t.migrated,
      total: t.total,
      compliant: t.compliant,
      badges,
      rankChange: before === undefined ? null : before - t.rank,
    };
  });
  return {
    periodStart: (period === 'month' ? monthStart : window.start).toISODate()!,
    entries,
  };
}
