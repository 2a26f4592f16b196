import {
  DONE_STAGES,
  LeaderboardBadge,
  LeaderboardEntry,
  LeaderboardPeriod,
  Track,
} from '@internal/plugin-solo-trek-common';
import { DateTime } from 'luxon';
import { ScoredRow } from './model';
import { isCompliantDone } from './adoption';

/*
 * The one score rule (issue 17): every figure of the leaderboard, its badges
 * and the breakdown behind a team's score come from the functions here, so
 * the ranking and its explanation can never disagree.
 */

export interface ScoringWeights {
  /** Extra points for moving on day one over moving at the sunset. */
  earlinessWeight: number;
  /** Extra points for a fully compliant service over a non-compliant one. */
  complianceWeight: number;
  /**
   * The prior's strength, in services: a team's score counts as if it also
   * had this many services at the organisation's mean. 0 turns it off.
   */
  priorStrength: number;
}

export interface ScoringWindow {
  start: DateTime;
  sunset: DateTime;
}

/**
 * When the wave of a Caravan service is planned to end: a Date, or
 * null/undefined when the service has no wave, or its wave no planned end.
 */
export type PlannedEndFor = (entityRef: string) => Date | null | undefined;

/** What a service's earliness was measured against. */
export type EarlinessBasis = 'window' | 'wave' | 'no-wave';

/**
 * How early a done service went live, from 0 (at the sunset or later) to 1
 * (as early as it could):
 * - Solo Trek: 1 − f, f how far through the window it went live (0 on the
 *   first day, 1 at the sunset).
 * - Caravan, whose timing the central wave plan decides: 1 when it went
 *   live by its wave's planned end (on schedule); after that, 1 − f with f
 *   how far it went from the planned end towards the sunset.
 * - Caravan with no planned wave: 0.5, neither early nor late (neutral).
 */
export function earliness(
  row: Pick<ScoredRow, 'entityRef' | 'migratedAt'> & { track?: Track },
  window: ScoringWindow,
  plannedEndFor?: PlannedEndFor,
): { value: number; basis: EarlinessBasis; plannedEnd?: Date } {
  const sunset = window.sunset.toMillis();
  const at = row.migratedAt?.getTime() ?? sunset;
  const through = (from: number) =>
    sunset <= from
      ? 1
      : Math.min(1, Math.max(0, (at - from) / (sunset - from)));
  if (row.track !== 'caravan') {
    return { value: 1 - through(window.start.toMillis()), basis: 'window' };
  }
  const plannedEnd = plannedEndFor?.(row.entityRef) ?? undefined;
  if (!plannedEnd) return { value: 0.5, basis: 'no-wave' };
  const end = plannedEnd.getTime();
  return {
    value: at <= end ? 1 : 1 - through(end),
    basis: 'wave',
    plannedEnd,
  };
}

/**
 * A done service's Creed compliance, from 0 to 1: passed items plus half of
 * the waived ones, over all items (retired services count as compliant).
 */
export function compliance(
  row: Pick<ScoredRow, 'stage' | 'outcomes'>,
  creedSize: number,
  waivedItems = 0,
): number {
  if (row.stage === 'retired' || creedSize === 0) return 1;
  const passed = Object.values(row.outcomes).filter(o => o === 'pass').length;
  return Math.min(1, (passed + waivedItems * 0.5) / creedSize);
}

/**
 * Points for one done service:
 *   (1 + earlinessWeight × earliness) × (1 + complianceWeight × compliance)
 * with earliness and compliance as above, each from 0 to 1.
 */
export function servicePoints(
  row: ScoredRow,
  window: ScoringWindow,
  weights: Pick<ScoringWeights, 'earlinessWeight' | 'complianceWeight'>,
  creedSize: number,
  waivedItems = 0,
  plannedEndFor?: PlannedEndFor,
): number {
  const e = earliness(row, window, plannedEndFor).value;
  const c = compliance(row, creedSize, waivedItems);
  return (1 + weights.earlinessWeight * e) * (1 + weights.complianceWeight * c);
}

export function maxPoints(
  weights: Pick<ScoringWeights, 'earlinessWeight' | 'complianceWeight'>,
) {
  return (1 + weights.earlinessWeight) * (1 + weights.complianceWeight);
}

/**
 * A team's score from 0 to 100, a Bayesian average:
 *   score = 100 × (Σ points / max + k × m) / (n + k)
 * where n is the team's in-scope services, Σ points / max its services'
 * points as shares of the most a service can earn (0 for one not done), m
 * the organisation's mean share per service and k the prior's strength.
 * A team of 1 is mostly the organisation's mean, a team of 30 with k = 5
 * is 30/35 = 86% itself: one finished service is weak evidence, 27 of 30
 * is strong. With k = 0 it is the plain mean, 100 × Σ points / (n × max).
 */
export function teamScore(
  shares: number,
  services: number,
  prior: { strength: number; mean: number },
): number {
  const weight = services + prior.strength;
  if (weight === 0) return 0;
  return round1((100 * (shares + prior.strength * prior.mean)) / weight);
}

function round1(n: number) {
  return Math.round(n * 10) / 10;
}

interface TeamTally {
  team: string;
  total: number;
  migrated: number;
  compliant: number;
  /** Σ points / max of the services that count in the period. */
  shares: number;
  /** When the team's last service went live, if all are done. */
  completedAt: number | null;
  earlyDone: number;
  doneLive: number;
  doneLiveCompliant: number;
}

interface TallyOptions {
  window: ScoringWindow;
  weights: ScoringWeights;
  creedSize: number;
  waivedByEntity: ReadonlyMap<string, number>;
  plannedEndFor?: PlannedEndFor;
}

/** The first quarter of the window: services done by then make early movers. */
function quarterOf(window: ScoringWindow) {
  return (
    window.start.toMillis() +
    (window.sunset.toMillis() - window.start.toMillis()) / 4
  );
}

function newTeamTally(team: string): TeamTally {
  return {
    team,
    total: 0,
    migrated: 0,
    compliant: 0,
    shares: 0,
    completedAt: 0,
    earlyDone: 0,
    doneLive: 0,
    doneLiveCompliant: 0,
  };
}

/** Adds one service to its team's tally; the team is made on its first service. */
function addToTally(
  teams: Map<string, TeamTally>,
  row: ScoredRow,
  options: TallyOptions,
  counts: (row: ScoredRow) => boolean,
) {
  if (!row.ownerRef) return;
  const { window, weights, creedSize, waivedByEntity, plannedEndFor } = options;
  let t = teams.get(row.ownerRef);
  if (!t) {
    t = newTeamTally(row.ownerRef);
    teams.set(row.ownerRef, t);
  }
  t.total++;
  if (!DONE_STAGES.includes(row.stage)) {
    t.completedAt = null;
    return;
  }
  t.migrated++;
  if (isCompliantDone(row.stage, row.mustPass)) t.compliant++;
  if (row.stage !== 'retired') {
    t.doneLive++;
    if (row.mustPass) t.doneLiveCompliant++;
  }
  const at = row.migratedAt?.getTime() ?? Number.MAX_SAFE_INTEGER;
  if (at <= quarterOf(window)) t.earlyDone++;
  if (t.completedAt !== null) t.completedAt = Math.max(t.completedAt, at);
  if (counts(row)) {
    t.shares +=
      servicePoints(
        row,
        window,
        weights,
        creedSize,
        waivedByEntity.get(row.entityRef) ?? 0,
        plannedEndFor,
      ) / maxPoints(weights);
  }
}

/** The organisation's mean share per in-scope service: the prior's centre. */
function organisationMean(teams: Iterable<TeamTally>): number {
  let shares = 0;
  let services = 0;
  for (const t of teams) {
    shares += t.shares;
    services += t.total;
  }
  return services === 0 ? 0 : shares / services;
}

type Ranked = TeamTally & { score: number; rank: number };

/** Higher score first; then a larger share migrated; then who finished first; then the ref. */
function rank(teams: TeamTally[], strength: number): Ranked[] {
  const prior = { strength, mean: organisationMean(teams) };
  return teams
    .map(t => ({ ...t, score: teamScore(t.shares, t.total, prior) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.migrated / b.total - a.migrated / a.total ||
        (a.completedAt ?? Infinity) - (b.completedAt ?? Infinity) ||
        a.team.localeCompare(b.team),
    )
    .map((t, i) => ({ ...t, rank: i + 1 }));
}

/** The period's bounds and which go-lives count in it. */
function periodOf(
  period: LeaderboardPeriod,
  window: ScoringWindow,
  now: Date,
  zone: string,
) {
  const monthStart = DateTime.fromJSDate(now, { zone }).startOf('month');
  const prevMonthStart = monthStart.minus({ months: 1 });
  const end = DateTime.fromJSDate(now, { zone }).plus({ days: 1 });
  const inRange = (from: DateTime | null, to: DateTime) => (row: ScoredRow) => {
    const at = row.migratedAt?.getTime();
    if (at === undefined) return false;
    return (from === null || at >= from.toMillis()) && at < to.toMillis();
  };
  return {
    periodStart: (period === 'month' ? monthStart : window.start).toISODate()!,
    counts: period === 'month' ? inRange(monthStart, end) : inRange(null, end),
    // The previous period: all-time as of last month's end, or last month alone.
    countedBefore:
      period === 'month'
        ? inRange(prevMonthStart, monthStart)
        : inRange(null, monthStart),
  };
}

/** Each badge's rule, in words, as the breakdown shows it. */
export const BADGE_RULES: Record<LeaderboardBadge, string> = {
  trailblazer: 'One of the first three teams to have every service done',
  'early-mover':
    'At least half of its services done in the first quarter of the window',
  'clean-creed':
    "Every service live on the new platform passes all of the Creed's must items",
  'migration-hero':
    "Last month's Migration Hero, or one of its members, chosen by peers",
};

/** What scores a service, besides the service itself. */
export interface ScoringOptions {
  window: ScoringWindow;
  weights: ScoringWeights;
  creedSize: number;
  period: LeaderboardPeriod;
  now: Date;
  waivedByEntity?: ReadonlyMap<string, number>;
  /** The planned end of each Caravan service's wave. */
  plannedEndFor?: PlannedEndFor;
  /** The teams of the reigning (last month's) Migration Hero. */
  heroTeams?: ReadonlySet<string>;
  /** The zone whose calendar months the month period counts; UTC by default. */
  zone?: string;
}

export interface LeaderboardOptions extends ScoringOptions {
  rows: Iterable<ScoredRow>;
  titles: ReadonlyMap<string, string>;
}

export interface RankedTeams {
  periodStart: string;
  /** The prior's centre, as a score: the organisation's mean per service. */
  organisationMean: number;
  entries: LeaderboardEntry[];
}

/**
 * The leaderboard's running tally: services are added a page at a time and
 * only one small record per team is kept, so ranking 1M services holds
 * 2,000 team tallies, not 1M rows (issue 20: reading every row at once
 * took 2.5-3.4 GB at 1M). The ranking, the badges and each team's
 * breakdown all come from it.
 */
export class LeaderboardTally {
  private readonly options: TallyOptions;
  private readonly periodStart: string;
  private readonly counts: (row: ScoredRow) => boolean;
  private readonly countedBefore: (row: ScoredRow) => boolean;
  private readonly current = new Map<string, TeamTally>();
  private readonly previous = new Map<string, TeamTally>();

  constructor(private readonly scoring: ScoringOptions) {
    this.options = {
      window: scoring.window,
      weights: scoring.weights,
      creedSize: scoring.creedSize,
      waivedByEntity: scoring.waivedByEntity ?? new Map(),
      plannedEndFor: scoring.plannedEndFor,
    };
    const period = periodOf(
      scoring.period,
      scoring.window,
      scoring.now,
      scoring.zone ?? 'UTC',
    );
    this.periodStart = period.periodStart;
    this.counts = period.counts;
    this.countedBefore = period.countedBefore;
  }

  /** Counts each service once; call it with every page of the scope. */
  add(rows: Iterable<ScoredRow>): void {
    for (const row of rows) {
      addToTally(this.current, row, this.options, this.counts);
      addToTally(this.previous, row, this.options, this.countedBefore);
    }
  }

  /** The teams that own at least one service. */
  teams(): string[] {
    return [...this.current.keys()];
  }

  /**
   * Ranks the owning teams by their score (0-100, see teamScore), with
   * badges and the change of rank since the previous period.
   */
  ranked(titles: ReadonlyMap<string, string>): RankedTeams {
    const { weights } = this.scoring;
    const ranked = rank([...this.current.values()], weights.priorStrength);
    const previousRank = new Map(
      rank([...this.previous.values()], weights.priorStrength).map(t => [
        t.team,
        t.rank,
      ]),
    );
    const trailblazers = trailblazersOf(this.current.values());
    const entries = ranked.map(t => {
      const before = previousRank.get(t.team);
      return {
        rank: t.rank,
        team: t.team,
        title: titles.get(t.team) ?? t.team,
        score: t.score,
        migrated: t.migrated,
        total: t.total,
        compliant: t.compliant,
        badges: badgesOf(t, trailblazers, this.scoring.heroTeams).map(
          b => b.badge,
        ),
        rankChange: before === undefined ? null : before - t.rank,
      };
    });
    return {
      periodStart: this.periodStart,
      organisationMean: round1(100 * organisationMean(this.current.values())),
      entries,
    };
  }

  /**
   * The breakdown of one team's score: `teamRows` are the team's own
   * services (the tally must have counted them with all the others, as the
   * prior's centre and the trailblazers are organisation-wide).
   */
  explain(
    team: string,
    teamRows: Iterable<ScoredRow>,
  ): TeamScoreBreakdown | undefined {
    const own = this.current.get(team);
    if (!own) return undefined;
    const { window, weights } = this.scoring;
    const { creedSize, waivedByEntity, plannedEndFor } = this.options;
    const mean = organisationMean(this.current.values());
    const services = [...teamRows]
      .filter(r => r.ownerRef === team)
      .map((row): ServiceScore => {
        const done = DONE_STAGES.includes(row.stage);
        const waivedItems = waivedByEntity.get(row.entityRef) ?? 0;
        const early = done ? earliness(row, window, plannedEndFor) : undefined;
        const counted = done && this.counts(row);
        return {
          entityRef: row.entityRef,
          stage: row.stage,
          track: row.track ?? 'solo-trek',
          migratedAt: row.migratedAt,
          counted,
          earliness: early ? early.value : null,
          earlinessBasis: early?.basis ?? null,
          plannedEnd: early?.plannedEnd ?? null,
          compliance: done ? compliance(row, creedSize, waivedItems) : null,
          waivedItems,
          points: counted
            ? servicePoints(
                row,
                window,
                weights,
                creedSize,
                waivedItems,
                plannedEndFor,
              )
            : 0,
        };
      })
      .sort(
        (a, b) => b.points - a.points || a.entityRef.localeCompare(b.entityRef),
      );
    return {
      team,
      services,
      rawScore: teamScore(own.shares, own.total, { strength: 0, mean }),
      score: teamScore(own.shares, own.total, {
        strength: weights.priorStrength,
        mean,
      }),
      organisationMean: round1(100 * mean),
      maxPoints: maxPoints(weights),
      badges: badgesOf(
        own,
        trailblazersOf(this.current.values()),
        this.scoring.heroTeams,
      ).map(b => ({ ...b, rule: BADGE_RULES[b.badge] })),
    };
  }
}

/**
 * Ranks owning teams by their score (0-100, see teamScore), with badges and
 * the change of rank since the previous period, over rows already in
 * memory (a LeaderboardTally fed page by page does the same for a scope of
 * any size).
 */
export function computeLeaderboard(options: LeaderboardOptions): RankedTeams {
  const tally = new LeaderboardTally(options);
  tally.add(options.rows);
  return tally.ranked(options.titles);
}

/** The first three teams to have every service done. */
function trailblazersOf(teams: Iterable<TeamTally>): Set<string> {
  return new Set(
    [...teams]
      .filter(t => t.completedAt !== null && t.migrated === t.total)
      .sort(
        (a, b) =>
          a.completedAt! - b.completedAt! || a.team.localeCompare(b.team),
      )
      .slice(0, 3)
      .map(t => t.team),
  );
}

/** The badges a team earned, each with how it met the rule. */
function badgesOf(
  t: TeamTally,
  trailblazers: ReadonlySet<string>,
  heroTeams: ReadonlySet<string> | undefined,
): Array<{ badge: LeaderboardBadge; detail: string }> {
  const badges: Array<{ badge: LeaderboardBadge; detail: string }> = [];
  if (trailblazers.has(t.team)) {
    badges.push({
      badge: 'trailblazer',
      detail: `Every service done on ${DateTime.fromMillis(t.completedAt!, {
        zone: 'utc',
      }).toISODate()}`,
    });
  }
  if (t.earlyDone * 2 >= t.total) {
    badges.push({
      badge: 'early-mover',
      detail: `${t.earlyDone} of ${t.total} services done in the first quarter`,
    });
  }
  if (t.doneLive > 0 && t.doneLive === t.doneLiveCompliant) {
    badges.push({
      badge: 'clean-creed',
      detail: `All ${t.doneLive} live services pass every must item`,
    });
  }
  if (heroTeams?.has(t.team)) {
    badges.push({ badge: 'migration-hero', detail: 'The reigning hero' });
  }
  return badges;
}

/** One service's part in its team's score. */
export interface ServiceScore {
  entityRef: string;
  stage: ScoredRow['stage'];
  track: Track;
  migratedAt: Date | null;
  /** Whether its points count in the period (done, and live in it). */
  counted: boolean;
  /** 0–1; null when it is not done. */
  earliness: number | null;
  earlinessBasis: EarlinessBasis | null;
  plannedEnd: Date | null;
  /** 0–1; null when it is not done. */
  compliance: number | null;
  waivedItems: number;
  points: number;
}

/** Why a team has its score, computed by the same rule as the ranking. */
export interface TeamScoreBreakdown {
  team: string;
  services: ServiceScore[];
  /** The score without the prior: 100 × Σ points / (n × max). */
  rawScore: number;
  score: number;
  organisationMean: number;
  maxPoints: number;
  badges: Array<{ badge: LeaderboardBadge; rule: string; detail: string }>;
}

/**
 * The breakdown of one team's score in a period: each service's points with
 * its earliness and compliance, the prior's effect, and the badges with the
 * rule each met. Computed from all rows (the prior's centre and the
 * trailblazers are organisation-wide), by the functions the ranking uses.
 */
export function explainTeamScore(
  options: LeaderboardOptions & { team: string },
): TeamScoreBreakdown | undefined {
  const rows = [...options.rows];
  const tally = new LeaderboardTally(options);
  tally.add(rows);
  return tally.explain(options.team, rows);
}
