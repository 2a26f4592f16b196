import type { AdoptionFigures, AdoptionForecast } from './aggregates';
import { Level, Track } from './api';
import { MigrationStage } from './stages';

/*
 * The Staggered Caravan on the wire: pinned tracks and their drift, the
 * signals behind a service's quadrant. These match the schemas of the same
 * names in the backend's openapi.yaml.
 */

/**
 * Who pinned a track: the first evaluation (from the quadrant), the
 * `solo-trek.io/track` annotation read at the first evaluation (a decision
 * made upfront), or the platform team (`PUT …/track`).
 * @public
 */
export type TrackDecisionSource =
  | 'first-evaluation'
  | 'annotation'
  | 'platform-team';

/** One decision about a service's track; the newest holds. @public */
export type TrackDecisionInfo = {
  id: number;
  /** null for the first decision. */
  fromTrack: Track | null;
  toTrack: Track;
  source: TrackDecisionSource;
  actor: string | null;
  note: string | null;
  at: string;
};

/** The quadrant now points to another track than the pinned one. @public */
export type TrackDrift = {
  /** The track the quadrant gives today. */
  computedTrack: Track;
  /** Why, in words, from the signals. */
  reason: string;
};

/** `PUT …/track`: the platform team's decision, with why. @public */
export type SetTrackRequest = {
  track: Track;
  note: string;
};

/** One signal read for an axis of the quadrant. @public */
export type SegmentationSignal = {
  /** What was read, in words: `tier label "tier"`, `dependsOn`. */
  name: string;
  /** The value read, or the count of relations. */
  value: string | number;
  /** What it gives: a level for criticality, points (`+3`) for complexity. */
  effect: string;
  /** Some of the entities behind a count (at most 10). */
  refs?: string[];
  /** It decided the level (criticality: the first signal that maps wins). */
  decisive: boolean;
};

/** How one axis of the quadrant was decided. @public */
export type AxisExplanation = {
  level: Level;
  /** `annotation`: set explicitly in catalog-info.yaml; `signals`; `default`. */
  source: 'annotation' | 'signals' | 'default';
  /** One line: `high: tier label "tier" is tier-0`. */
  summary: string;
  signals: SegmentationSignal[];
  /** Complexity only: the points of the signals and the threshold for high. */
  score?: number;
  threshold?: number;
};

/** Why a service sits in its quadrant. @public */
export type SegmentationExplanation = {
  criticality: AxisExplanation;
  complexity: AxisExplanation;
};

/** A service whose quadrant points elsewhere than its pinned track. @public */
export type TrackDriftEntry = {
  entityRef: string;
  title?: string;
  owner: string | null;
  ownerTitle?: string;
  stage: MigrationStage;
  track: Track;
  computedTrack: Track;
  criticality: Level;
  complexity: Level;
  reason: string;
  /** When the pinned track was decided, and by whom (null: the scan). */
  pinnedAt: string;
  pinnedBy: string | null;
};

/** The drift list for the platform team. @public */
export type TrackDriftReport = {
  migrationId: string;
  /** Services drifting, across all pages. */
  total: number;
  offset: number;
  items: TrackDriftEntry[];
};

/** Paging of a Caravan list. @public */
export type CaravanPageQuery = {
  /** 1 to 1000; 100 when left out. */
  limit?: number;
  offset?: number;
};

/** What a rollback left behind, on its history entry. @public */
export type RollbackInfo = {
  /** When the service had gone live, the go-live the rollback undid. */
  wentLiveAt: string | null;
  /** A blameless post-mortem, if one is linked. */
  postMortemUrl: string | null;
};

/** The actor of a rollback found by a scan: the live signal was lost. @public */
export const LIVE_SIGNAL_ACTOR = 'live signal';

/** One rollback: a service that left the new platform. @public */
export type RollbackEntry = {
  entityRef: string;
  title?: string;
  owner: string | null;
  track: Track | null;
  fromStage: MigrationStage;
  toStage: MigrationStage;
  /** Who or what moved it back: a person, a pipeline, `live signal`. */
  actor: string | null;
  reason: string | null;
  postMortemUrl: string | null;
  wentLiveAt: string | null;
  at: string;
};

/** Rollbacks in one calendar month (UTC). @public */
export type RollbackMonth = {
  /** YYYY-MM */
  month: string;
  count: number;
};

/** Rollbacks per month and the latest ones. @public */
export type RollbackReport = {
  migrationId: string;
  /** Every month from the window's start to now, empty ones included. */
  byMonth: RollbackMonth[];
  /** Rollbacks the caller may read, across all pages. */
  total: number;
  offset: number;
  /** Newest first. */
  items: RollbackEntry[];
};

/**
 * A wave as the platform team sets it: `planned` until it starts, `active`
 * while it moves, `done` once closed, `rolled-back` when it was undone.
 * @public
 */
export type WaveStatus = 'planned' | 'active' | 'done' | 'rolled-back';

/**
 * Where a wave stands against its plan: `done` (closed, or every member
 * moved), `late` (open past its planned end), `on-schedule`, `rolled-back`,
 * or `unscheduled` (no planned end yet).
 * @public
 */
export type WaveSchedule =
  | 'on-schedule'
  | 'late'
  | 'done'
  | 'rolled-back'
  | 'unscheduled';

/**
 * A member that would move before something it depends on:
 * - `later-wave`: the dependency sits in a later wave;
 * - `solo-trek-not-done`: the dependency is on the Solo Trek track and not done;
 * - `no-wave`: the dependency is a Caravan service in no wave yet.
 * @public
 */
export type DependencyWarningReason =
  | 'later-wave'
  | 'solo-trek-not-done'
  | 'no-wave';

/** @public */
export type DependencyWarning = {
  /** The member whose dependency is the problem. */
  entityRef: string;
  /** What it depends on (a catalog `dependsOn` relation). */
  dependency: string;
  dependencyTitle?: string;
  reason: DependencyWarningReason;
  /** The dependency's wave, for `later-wave`. */
  dependencyWave: string | null;
  /** The problem in words. */
  message: string;
};

/** One service of a wave. @public */
export type WaveMember = {
  entityRef: string;
  title?: string;
  owner: string | null;
  stage: MigrationStage;
  done: boolean;
  warnings: DependencyWarning[];
};

/** A wave of the plan with its progress. @public */
export type WaveInfo = {
  id: string;
  title: string;
  /** Waves move in this order; equal orders move together. */
  order: number;
  /** YYYY-MM-DD; null for waves carried over from before they had dates. */
  plannedStart: string | null;
  plannedEnd: string | null;
  status: WaveStatus;
  schedule: WaveSchedule;
  /** Members, and how many are done (migrated, decommissioned, retired). */
  total: number;
  done: number;
  /** When the last member went live, once every member is done. */
  completedAt: string | null;
  /** Dependency warnings over all members. */
  warnings: number;
  /** Members the caller may read. */
  members: WaveMember[];
  updatedBy: string | null;
  updatedAt: string;
};

/** Waves by where they stand: the Caravan's progress metric. @public */
export type WaveCompletion = {
  /** Waves in the plan (rolled-back ones included). */
  total: number;
  done: number;
  onSchedule: number;
  late: number;
  rolledBack: number;
  unscheduled: number;
};

/** When the Caravan finishes by its plan, against the sunset. @public */
export type CaravanForecast = {
  status: 'on-track' | 'at-risk' | 'late' | 'complete';
  /** The latest planned end of the open waves, or null with none planned. */
  projectedCompletion: string | null;
  sunset: string;
  lateWaves: number;
  /** Caravan services not done and in no wave. */
  unplaced: number;
  /** Why, in words. */
  reason: string;
};

/** A Caravan service not done and in no wave yet. @public */
export type UnplacedService = {
  entityRef: string;
  title?: string;
  owner: string | null;
  stage: MigrationStage;
};

/** The wave plan with each wave's progress and warnings. @public */
export type WavePlanReport = {
  migrationId: string;
  generatedAt: string;
  /** In order, then by id. */
  waves: WaveInfo[];
  completion: WaveCompletion;
  /** Caravan services not done and in no wave (all of them). */
  unplaced: number;
  /** The first of them the caller may read (at most 200), to place in a wave. */
  unplacedServices: UnplacedService[];
  forecast: CaravanForecast;
};

/** `PUT …/waves/:waveId`: the whole wave but its id. @public */
export type WaveRequest = {
  title: string;
  order?: number;
  /** YYYY-MM-DD */
  plannedStart: string;
  /** YYYY-MM-DD, on or after plannedStart. */
  plannedEnd: string;
  status?: WaveStatus;
};

/** `POST …/waves` @public */
export type CreateWaveRequest = WaveRequest & {
  /** Lowercase letters, digits and dashes. */
  id: string;
};

/** A service's wave on its card, with its own dependency warnings. @public */
export type CardWave = Omit<WaveInfo, 'members' | 'warnings'> & {
  warnings: DependencyWarning[];
};

/** Each track's progress, apart: adoption for Solo Trek, waves for the Caravan. @public */
export type TrackProgress = {
  migrationId: string;
  generatedAt: string;
  soloTrek: {
    figures: AdoptionFigures;
    /** From the go-live dates of the track's services. */
    forecast: AdoptionForecast;
  };
  caravan: {
    figures: AdoptionFigures;
    completion: WaveCompletion;
    unplaced: number;
    forecast: CaravanForecast;
  };
};

/** A service live on the new platform whose old deployment still runs. @public */
export type DecommissionTailEntry = {
  entityRef: string;
  title?: string;
  owner: string | null;
  ownerTitle?: string;
  track: Track;
  criticality: Level;
  complexity: Level;
  /** When it went live on the new platform. */
  migratedAt: string;
  daysSinceMigrated: number;
};

/**
 * The decommission tail: migrated more than `graceDays` ago and not
 * decommissioned, the longest-running first. @public
 */
export type DecommissionTailReport = {
  migrationId: string;
  graceDays: number;
  /** Services in the tail the caller may read, across all pages. */
  total: number;
  offset: number;
  items: DecommissionTailEntry[];
};

/**
 * What the platform team promises one track (the article's "two distinct
 * contracts"): for the Solo Trek self-service docs, a support channel and
 * office hours; for the Caravan the plan and a liaison. @public
 */
export type TrackContract = {
  /** Solo Trek: the self-service docs. Caravan: the migration plan. */
  docsUrl?: string;
  supportChannelUrl?: string;
  /** In words, e.g. "Thursdays 14:00–15:00 CET". */
  officeHours?: string;
  /** The person or team to talk to: a user or group entity ref. */
  liaison?: string;
};

/** The contract of each track, as configured. @public */
export type TrackContracts = {
  soloTrek?: TrackContract;
  caravan?: TrackContract;
};
