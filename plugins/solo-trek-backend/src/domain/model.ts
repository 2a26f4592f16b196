import {
  MigrationStage,
  SegmentationExplanation,
  TrackDecisionSource,
  WaveStatus,
} from '@internal/plugin-solo-trek-common';
import { Level, Track } from '../config/readSoloTrekConfig';
import { CheckResult } from './evaluateEntity';
import { StageSource } from './resolveStage';

/*
 * The model: what Solo Trek knows about entities, as plain data. The domain
 * computes with these; the store (src/database) keeps them and implements
 * its interface over them. Nothing here knows about a database.
 */

/** The stored evaluation of one entity for one migration. */
export interface StoredResult {
  migrationId: string;
  entityRef: string;
  title: string | null;
  ownerRef: string | null;
  live: boolean;
  stage: MigrationStage;
  stageSource: StageSource;
  annotationStage: MigrationStage | null;
  criticality: Level;
  complexity: Level;
  /** The pinned track: decided at the first evaluation or by the platform team. */
  track: Track;
  /** The track the quadrant gives now; differs from `track` when it drifted. */
  computedTrack?: Track;
  /** The signals behind criticality and complexity. */
  segmentation?: SegmentationExplanation;
  annotationWave: string | null;
  mustPass: boolean;
  checks: CheckResult[];
  resultHash: string;
  changedAt: Date;
  stageChangedAt: Date;
  migratedAt: Date | null;
  /** When it last left the new platform (a rollback); kept once set. */
  rolledBackAt?: Date | null;
  /** The targets of its dependsOn relations, for the wave order check. */
  dependsOn?: string[];
}
/** The part of a stored result a rescan compares against; no checks. */
export type ResultDigest = Pick<
  StoredResult,
  | 'stage'
  | 'annotationStage'
  | 'stageChangedAt'
  | 'migratedAt'
  | 'resultHash'
  | 'track'
  | 'live'
  | 'rolledBackAt'
> & {
  /**
   * The digest of the inputs the stored row was computed from (see
   * inputDigest.ts); null or absent when unknown, which means "evaluate".
   */
  inputDigest?: string | null;
};
/** What people and pipelines set through the API. */
export interface EntityState {
  apiStage: MigrationStage | null;
  apiStageAt: Date | null;
  annotationStageAt: Date | null;
  wave: string | null;
  waveSetBy: string | null;
  waveSetAt: Date | null;
}
export interface NewHistoryEntry {
  fromStage: MigrationStage | null;
  toStage: MigrationStage;
  source: StageSource;
  actor: string | null;
  note: string | null;
  createdAt: Date;
  /** Set when the change left the new platform. */
  rollback?: {
    /** The go-live the rollback undid. */
    wentLiveAt: Date | null;
    postMortemUrl: string | null;
  };
}
export interface HistoryEntry extends NewHistoryEntry {
  id: number;
  entityRef: string;
  ownerRef: string | null;
}
/** A decision about a service's track, as written. */
export interface NewTrackDecision {
  fromTrack: Track | null;
  toTrack: Track;
  source: TrackDecisionSource;
  actor: string | null;
  note: string | null;
  createdAt: Date;
}
export interface TrackDecision extends NewTrackDecision {
  id: number;
  entityRef: string;
}
export interface Waiver {
  id: string;
  migrationId: string;
  entityRef: string;
  creedId: string;
  reason: string;
  expiresAt: Date;
  createdBy: string;
  createdAt: Date;
}
export interface ScanStatus {
  startedAt: Date | null;
  finishedAt: Date | null;
  succeededAt: Date | null;
  entities: number | null;
  rowsWritten: number | null;
  /** A message for readers: never database text, at most a log id. */
  error: string | null;
  /**
   * Entities the last successful scan could not evaluate or store; each has
   * an EntityError. Absent for scans recorded before it was counted.
   */
  failedEntities?: number;
}
/** Why one entity has no fresh evaluation; the log holds the cause under logId. */
export interface EntityError {
  entityRef: string;
  /** Generic, for readers: it names the log id, never database text. */
  message: string;
  logId: string;
  failedAt: Date;
}
/** The stored values a write was computed from. */
export interface WriteBasis {
  /** The stored result's hash, or null when there was none. */
  resultHash: string | null;
  state: EntityState | undefined;
}
/** What the store holds for one entity when it writes, inside the row lock. */
export interface CurrentRow {
  previous: ResultDigest | undefined;
  state: EntityState | undefined;
}
/** One changed result from a scan, with the history it adds. */
export interface ResultWrite {
  result: StoredResult;
  /**
   * A first evaluation: written only if no other writer stored the entity
   * meanwhile, so racing on-demand evaluations add one history entry, not two.
   */
  isNew?: boolean;
  history?: NewHistoryEntry;
  /** Set when the scan saw a new solo-trek.io/stage value. */
  annotationStageAt?: Date;
  /** A first evaluation pins the track: the decision to record. */
  trackDecision?: NewTrackDecision;
  /**
   * A first evaluation of an entity that left the scope and came back: the
   * write with the track it had pinned then, so its track never changes
   * without a decision.
   */
  keepTrack?: (track: Track) => ResultWrite;
  /**
   * Compare-and-set: what the write was computed from. Inside its row lock
   * the store writes it only if the stored result and state still match;
   * otherwise it asks `rebase` for the write that fits what is stored now.
   * A write without a basis is applied as it is.
   */
  basis?: WriteBasis;
  /** The write for the current row, or undefined when nothing changes. */
  rebase?: (current: CurrentRow) => ResultWrite | undefined;
  /**
   * The digest of the inputs the result was computed from, stored with it
   * so the next scan can skip the entity; absent stores null (evaluate).
   */
  inputDigest?: string;
}
export interface SnapshotRow {
  day: string;
  ownerRef: string;
  stage: MigrationStage;
  count: number;
  compliant: number;
}
/** One day's count of a track's services in one stage. */
export interface TrackSnapshotRow {
  day: string;
  track: Track;
  stage: MigrationStage;
  count: number;
  compliant: number;
}
/** Counts of results grouped by everything the adoption breakdowns need. */
export interface AdoptionRow {
  ownerRef: string | null;
  track: Track;
  criticality: Level;
  complexity: Level;
  wave: string | null;
  stage: MigrationStage;
  mustPass: boolean;
  count: number;
}
/** One service, as the leaderboard scores it. */
export interface ScoredRow {
  entityRef: string;
  ownerRef: string | null;
  stage: MigrationStage;
  /** The pinned track; solo-trek when left out. */
  track?: Track;
  migratedAt: Date | null;
  mustPass: boolean;
  outcomes: Record<string, string>;
}
export interface HeroNominationRow {
  id: string;
  migrationId: string;
  month: string;
  nominator: string;
  nominee: string;
  reason: string;
  createdAt: Date;
}
/** A Migration Hero month that has ended, with its winner, kept for good. */
export interface HeroMonthRecord {
  migrationId: string;
  /** YYYY-MM, in `timeZone`. */
  month: string;
  nominee: string;
  nominations: number;
  /** The winner's nominations' reasons, oldest first. */
  reasons: string[];
  /** The zone the month was counted in. */
  timeZone: string;
  /** The end of the month in that zone. */
  closedAt: Date;
  recordedAt: Date;
}
export type WaiverRequestStatus =
  | 'pending'
  | 'approved'
  | 'denied'
  | 'withdrawn';
/** An owner's request for a waiver, and what became of it; never deleted while its entity is in scope. */
export interface WaiverRequest {
  id: string;
  migrationId: string;
  entityRef: string;
  creedId: string;
  reason: string;
  requestedExpiresAt: Date;
  requestedBy: string;
  requestedAt: Date;
  status: WaiverRequestStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  grantedExpiresAt: Date | null;
  waiverId: string | null;
}
/** A waiver request as listed: with the entity's title and owner from its result. */
export interface ListedWaiverRequest extends WaiverRequest {
  entityTitle: string | null;
  ownerRef: string | null;
}
/** How a pending request is closed; `approved` creates `waiver` in the same transaction. */
export type WaiverRequestDecision =
  | { status: 'approved'; waiver: Waiver; note: string | null }
  | { status: 'denied' | 'withdrawn'; note: string | null };
/** A wave of a migration's plan. */
export interface Wave {
  migrationId: string;
  id: string;
  title: string;
  order: number;
  /** YYYY-MM-DD; null for waves carried over from labels. */
  plannedStart: string | null;
  plannedEnd: string | null;
  status: WaveStatus;
  createdBy: string;
  createdAt: Date;
  updatedBy: string | null;
  updatedAt: Date;
}
/** A result as the wave plan reads it: its wave, stage and dependencies. */
export interface WaveRow {
  entityRef: string;
  title: string | null;
  ownerRef: string | null;
  track: Track;
  stage: MigrationStage;
  migratedAt: Date | null;
  /** Its wave id (set through the API, else solo-trek.io/wave), if any. */
  wave: string | null;
  dependsOn: string[];
}
/**
 * What the quadrant reads of the entities a service relates to: a
 * Resource's type (data gravity), an API's consumers (fan-in).
 */
export interface RelatedEntity {
  kind: string;
  /** spec.type */
  type: string | null;
  /** For an API: the entities that consume it (apiConsumedBy). */
  consumers: string[];
}
/** Related entities by ref; a ref it lacks was not read (or does not exist). */
export type RelatedLookup = ReadonlyMap<string, RelatedEntity>;
