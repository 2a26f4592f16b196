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
