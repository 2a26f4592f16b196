import { Level, Track } from './api';
import { MigrationStage } from './stages';
import type { LeaderboardScoring } from './scoreExplanation';

/** Counts and shares for a set of in-scope services. @public */
export type AdoptionFigures = {
  total: number;
  stages: Record<MigrationStage, number>;
  /** migrated + decommissioned + retired */
  done: number;
  /** Done and passing every `must` Creed item; retired services count as compliant. */
  compliantDone: number;
  /** done / total, from 0 to 1 (0 when there are no services). */
  adoption: number;
  /** compliantDone / total, from 0 to 1. */
  compliantAdoption: number;
};

/** @public */
export type TeamAdoption = AdoptionFigures & { team: string; title: string };
/** @public */
export type TrackAdoption = AdoptionFigures & { track: Track };
/** Caravan waves; `wave: null` holds caravan services not yet in a wave. @public */
export type WaveAdoption = AdoptionFigures & { wave: string | null };
/** @public */
export type QuadrantAdoption = AdoptionFigures & {
  criticality: Level;
  complexity: Level;
  track: Track;
};

/** How many services pass, fail, are waived or unknown for one Creed item. @public */
export type CreedItemStats = {
  id: string;
  title: string;
  severity: 'must' | 'should';
  pass: number;
  fail: number;
  waived: number;
  unknown: number;
};

/**
 * `not-enough-data` until the history spans `forecast.minWeeks` weeks;
 * `at-risk` when the interval of plausible finishes reaches past the
 * sunset (less the margin). @public
 */
export type ForecastStatus =
  | 'on-track'
  | 'at-risk'
  | 'late'
  | 'complete'
  | 'not-enough-data';

/**
 * The completion date projected from the recent net pace (services done
 * less services joining the scope), with the interval of plausible finishes,
 * against the sunset. @public
 */
export type AdoptionForecast = {
  status: ForecastStatus;
  /** Why this status, in a sentence. */
  reason: string;
  /** YYYY-MM-DD at the fitted pace; null without net progress or history. */
  projectedCompletion: string | null;
  /** The earliest plausible finish (the fast end of the pace's interval). */
  earliestCompletion: string | null;
  /** The latest plausible finish; null when the slow end of the pace is no progress. */
  latestCompletion: string | null;
  /** The interval's coverage, 0.9 for 90%. */
  confidence: number;
  sunset: string;
  /** Services done per week over the fitted weeks. */
  weeklyRate: number;
  /** Services joining (+) or leaving (−) the scope per week over the fitted weeks. */
  scopeWeeklyChange: number;
  /** The net pace the projection uses: remaining services fewer per week. */
  netWeeklyRate: number;
  /** Services per week still needed to finish by the sunset. */
  requiredWeeklyRate: number;
  remaining: number;
  /** The number of weeks of history the pace was fitted on. */
  basedOnWeeks: number;
  /** Weeks of history needed before anything is projected. */
  minWeeks: number;
};

/** @public */
export type AdoptionReport = {
  migrationId: string;
  generatedAt: string;
  sunset: string;
  daysToSunset: number;
  totals: AdoptionFigures;
  /**
   * How many teams own services in scope. The per-team breakdown is paged:
   * see {@link TeamAdoptionPage}.
   */
  teamCount: number;
  byTrack: TrackAdoption[];
  byWave: WaveAdoption[];
  byQuadrant: QuadrantAdoption[];
  creed: CreedItemStats[];
  forecast: AdoptionForecast;
  /** The same forecast for each track's services apart, from its own history. */
  forecastByTrack: TrackForecast[];
  /** The last scan failed; figures come from the last good one. */
  stale: boolean;
};

/** What the per-team breakdown can be sorted by. @public */
export type TeamAdoptionSort =
  | 'adoption'
  | 'compliantAdoption'
  | 'total'
  | 'title';

/** @public */
export type SortOrder = 'asc' | 'desc';

/** One page of the per-team adoption breakdown. @public */
export type TeamAdoptionPage = {
  migrationId: string;
  generatedAt: string;
  /** Teams matching the query, across all pages. */
  total: number;
  offset: number;
  items: TeamAdoption[];
};

/** Paging, sorting and filtering of the per-team breakdown. @public */
export type TeamAdoptionQuery = {
  /** 1 to 1000; 100 when left out. */
  limit?: number;
  offset?: number;
  /** adoption when left out. */
  sort?: TeamAdoptionSort;
  /** desc when left out: the furthest along first. */
  order?: SortOrder;
  /** Keeps teams whose title or ref contains this text, ignoring case. */
  q?: string;
};

/** @public */
export type AdoptionHistoryPoint = {
  /** YYYY-MM-DD */
  day: string;
  total: number;
  done: number;
  compliantDone: number;
  adoption: number;
  compliantAdoption: number;
};

/** @public */
export type AdoptionHistory = {
  migrationId: string;
  start: string;
  sunset: string;
  points: AdoptionHistoryPoint[];
  forecast: AdoptionForecast;
  /** The same forecast for each track's services apart, from its own history. */
  forecastByTrack: TrackForecast[];
};

/** One track's forecast. @public */
export type TrackForecast = AdoptionForecast & { track: Track };

/** A service at risk of being stranded on the old platform. @public */
export type LongTailEntry = {
  entityRef: string;
  title?: string;
  owner: string | null;
  ownerTitle?: string;
  stage: MigrationStage;
  /** Days since the stage last changed. */
  daysIdle: number;
  lastChange: string;
  criticality: Level;
  complexity: Level;
  track: Track;
  /** The sunset has passed and the service is still not migrated. */
  stranded: boolean;
  /** When it left the new platform, if it rolled back: not a never-started service. */
  rolledBackAt?: string | null;
};

/** How many long-tail services fall in one segmentation quadrant. @public */
export type LongTailQuadrantCount = {
  criticality: Level;
  complexity: Level;
  total: number;
};

/** @public */
export type LongTailReport = {
  migrationId: string;
  idleDays: number;
  afterSunset: boolean;
  /** Services in the long tail matching the query, across all pages. */
  total: number;
  offset: number;
  /** The whole long tail per quadrant, whatever the query's filters. */
  quadrants: LongTailQuadrantCount[];
  /** One page, riskiest first. */
  items: LongTailEntry[];
};

/** Paging and filtering of the long tail. @public */
export type LongTailQuery = {
  /** 1 to 1000; 100 when left out. */
  limit?: number;
  offset?: number;
  /** Only services of this business criticality. */
  criticality?: Level;
  /** Only services of this migration complexity. */
  complexity?: Level;
};

/** @public */
export type LeaderboardBadge =
  | 'trailblazer'
  | 'early-mover'
  | 'clean-creed'
  | 'migration-hero';

/** @public */
export type LeaderboardPeriod = 'all' | 'month';

/** @public */
export type LeaderboardEntry = {
  rank: number;
  team: string;
  title: string;
  score: number;
  migrated: number;
  total: number;
  compliant: number;
  badges: LeaderboardBadge[];
  /** Places gained (+) or lost (-) since the previous period; null when new. */
  rankChange: number | null;
};

/** @public */
export type Leaderboard = {
  migrationId: string;
  period: LeaderboardPeriod;
  /** YYYY-MM-DD; the first day counted. */
  periodStart: string;
  generatedAt: string;
  /** Teams ranked (matching `q` when given), across all pages. */
  total: number;
  offset: number;
  /** One page of the ranking, best first. */
  entries: LeaderboardEntry[];
  /**
   * The entries of the teams asked for with `teams`, wherever they rank, so
   * a team sees its own place beyond the first page. May repeat entries.
   */
  pinned: LeaderboardEntry[];
  /** How scores were computed: the weights and the prior. */
  scoring: LeaderboardScoring;
};

/** Paging of the leaderboard. @public */
export type LeaderboardQuery = {
  /** 1 to 1000; 100 when left out. */
  limit?: number;
  offset?: number;
  /** Group refs whose entries come back in `pinned` (at most 20). */
  teams?: string[];
  /** Keeps teams whose title or ref contains this text, ignoring case. */
  q?: string;
};

/** @public */
export type HeroNominationRequest = {
  /** A group or user entity ref. */
  nominee: string;
  reason: string;
};

/** @public */
export type HeroNomination = {
  id: string;
  month: string;
  nominee: string;
  nominator: string;
  reason: string;
  createdAt: string;
};

/** The winner of one month's peer nominations. @public */
export type HeroOfMonth = {
  /** YYYY-MM, in the migration's time zone. */
  month: string;
  nominee: string | null;
  title?: string;
  nominations: number;
  /** The reasons of the nominee's nominations, oldest first. */
  reasons: string[];
  /**
   * The month has ended (at midnight in `soloTrek.timeZone`) and its winner
   * is recorded for good; false for the running month's standings.
   */
  closed: boolean;
  /** When the month ended. */
  closedAt?: string;
};

/** @public */
export type HeroesResponse = {
  /** The IANA zone months are counted in (`soloTrek.timeZone`). */
  timeZone: string;
  /** The running month's standings so far. */
  current: HeroOfMonth;
  /** The Hall of heroes: each ended month's recorded winner, newest first. */
  past: HeroOfMonth[];
  /** The caller's nomination this month, if any. */
  mine?: HeroNomination;
};

/** One service on a team's migration card. @public */
export type TeamServiceRow = {
  entityRef: string;
  title?: string;
  stage: MigrationStage;
  live: boolean;
  track: Track;
  criticality: Level;
  complexity: Level;
  wave: string | null;
  passed: number;
  failed: number;
  waived: number;
  unknown: number;
  total: number;
  mustPass: boolean;
  lastChange: string;
  /** When it last left the new platform, if it ever rolled back. */
  rolledBackAt?: string | null;
};

/** @public */
export type TeamServices = {
  migrationId: string;
  team: string;
  items: TeamServiceRow[];
};
