import { CustomErrorBase } from '@backstage/errors';
import { Track } from '@internal/plugin-solo-trek-common';
import { Level } from '../config/readSoloTrekConfig';
import {
  AdoptionRow,
  EntityError,
  EntityState,
  HeroMonthRecord,
  HeroNominationRow,
  HistoryEntry,
  NewHistoryEntry,
  ResultDigest,
  ResultWrite,
  ScanStatus,
  ScoredRow,
  SnapshotRow,
  TrackSnapshotRow,
  NewTrackDecision,
  StoredResult,
  TrackDecision,
  Wave,
  WaveRow,
  Waiver,
  WaiverRequest,
  WaiverRequestDecision,
  ListedWaiverRequest,
  WaiverRequestStatus,
} from '../domain/model';
import { FactReader } from '../rules/compileRule';
import { OutcomeStore } from './outcomes';
import { NudgeStore } from './nudges';

// The model lives in the domain; re-exported for the store's users.
export type {
  AdoptionRow,
  CurrentRow,
  EntityError,
  EntityState,
  HeroMonthRecord,
  HeroNominationRow,
  HistoryEntry,
  NewHistoryEntry,
  ResultDigest,
  ResultWrite,
  ScanStatus,
  ScoredRow,
  SnapshotRow,
  TrackSnapshotRow,
  StoredResult,
  NewTrackDecision,
  TrackDecision,
  Wave,
  WaveRow,
  Waiver,
  WaiverRequest,
  WaiverRequestDecision,
  WaiverRequestStatus,
  ListedWaiverRequest,
  WriteBasis,
} from '../domain/model';

/**
 * Writes of a scan that a newer scan replaced (it outlived its timeout) are
 * refused with this, so two scans never write at once.
 */
export class ScanSupersededError extends CustomErrorBase {
  name = 'ScanSupersededError';
}
export interface WriteOptions {
  /**
   * When the page's batch fails, each entity is written alone and the ones
   * that still fail are reported here instead of failing the page. Without
   * it the batch's error is thrown.
   */
  onEntityError?: (write: ResultWrite, error: unknown) => void;
  /** The scan's token from recordScanStart: writes of a replaced scan throw ScanSupersededError. */
  scanToken?: string;
}
/**
 * Decides a change of an entity's state inside the store's transaction, so
 * concurrent updates serialise. Throwing aborts the change.
 */
export type StateUpdate = (current: {
  result: StoredResult;
  state: EntityState | undefined;
}) => {
  state: Partial<EntityState>;
  result?: StoredResult;
  history?: NewHistoryEntry;
  trackDecision?: NewTrackDecision;
};
export interface LongTailQuery {
  idleBefore: Date;
  includeAllNotDone: boolean;
  limit: number;
  offset: number;
  criticality?: Level;
  complexity?: Level;
}
/** Everything a card shows about one entity, read in one round trip. */
export interface CardInputs {
  result: StoredResult | undefined;
  state: EntityState | undefined;
  scan: ScanStatus | undefined;
  /** The migration's results version when these were read. */
  resultsVersion: number;
  /** The entity's stage history, newest first, as getHistory gives it. */
  history: HistoryEntry[];
  /** Decisions about its track, newest first. */
  trackHistory: TrackDecision[];
}
/** A page of waiver requests. */
export interface WaiverRequestQuery {
  /** Every status when left out. */
  status?: WaiverRequestStatus;
  entityRef?: string;
  limit: number;
  offset: number;
}
/** A rollback from the history, with what the results know of its entity. */
export type RollbackRow = HistoryEntry & {
  title: string | null;
  /** null when the entity has left the scope since. */
  track: StoredResult['track'] | null;
};
/** What `PUT …/waves/:id` changes of a wave. */
export type WaveUpdate = Pick<
  Wave,
  'title' | 'order' | 'plannedStart' | 'plannedEnd' | 'status' | 'updatedAt'
> & { updatedBy: string };
/** A page of services whose quadrant points to the other track. */
export interface TrackDriftQuery {
  limit: number;
  offset: number;
}
/** All SQL of the plugin lives behind this interface. */
export interface SoloTrekStore {
  /** Outcome points, their roll-up and the satisfaction pulse: `outcomes.ts`. */
  readonly outcomes: OutcomeStore;
  /** What nudges read and record (sent, observations, baselines): `nudges.ts`. */
  readonly nudges: NudgeStore;
  getResult(
    migrationId: string,
    entityRef: string,
  ): Promise<StoredResult | undefined>;
  getResults(
    migrationId: string,
    entityRefs: string[],
  ): Promise<Map<string, StoredResult>>;
  /** What a scan needs of the stored results: no checks to read or parse. */
  getResultDigests(
    migrationId: string,
    entityRefs: string[],
  ): Promise<Map<string, ResultDigest>>;
  getStates(
    migrationId: string,
    entityRefs: string[],
  ): Promise<Map<string, EntityState>>;
  /**
   * Stores the input digests of unchanged results whose result_hash is
   * still the one given (see inputDigest.ts); returns the rows updated.
   */
  storeInputDigests(
    migrationId: string,
    digests: Array<{
      entityRef: string;
      resultHash: string;
      inputDigest: string;
    }>,
  ): Promise<number>;
  /** Upserts changed results and appends their history; returns rows written. */
  writeResults(
    migrationId: string,
    writes: ResultWrite[],
    options?: WriteOptions,
  ): Promise<number>;
  /** Records refs of a page as seen by a scan (`seenBy`: its token). */
  markSeen(
    migrationId: string,
    seenBy: string,
    entityRefs: readonly string[],
  ): Promise<void>;
  /**
   * Removes results, API state and errors of the entities `seenBy` did not
   * see, which left the catalog or the scope, at once (no aggregate or card
   * shows them), and records when they left: their history and waivers stay
   * until pruneRemovedEntities. The seen refs go with it.
   */
  deleteUnseenResults(
    migrationId: string,
    options: { seenBy: string; scanToken?: string; now?: Date },
  ): Promise<number>;
  /** Deletes history, waivers and errors of entities that left before `removedBefore`. */
  pruneRemovedEntities(
    migrationId: string,
    removedBefore: Date,
  ): Promise<number>;
  /**
   * For migrations no longer configured: deletes their results and
   * aggregates at once, marks them removed, and deletes everything else of
   * the ones removed before `removedBefore`. A migration configured again
   * before then keeps its history and waivers.
   */
  pruneMigrationsExcept(
    migrationIds: string[],
    options: { now: Date; removedBefore: Date },
  ): Promise<number>;
  recordEntityErrors(migrationId: string, errors: EntityError[]): Promise<void>;
  /** Clears errors of entities written since, or of all recorded before `before`. */
  clearEntityErrors(
    migrationId: string,
    which: { entityRefs: string[] } | { before: Date },
  ): Promise<void>;
  listEntityErrors(migrationId: string): Promise<EntityError[]>;
  updateState(
    migrationId: string,
    entityRef: string,
    update: StateUpdate,
  ): Promise<StoredResult | undefined>;
  getHistory(migrationId: string, entityRef: string): Promise<HistoryEntry[]>;
  /** The wave plan of a migration, in order (deleted waves left out). */
  listWaves(migrationId: string): Promise<Wave[]>;
  getWave(migrationId: string, id: string): Promise<Wave | undefined>;
  /** 409 when the plan has or had a wave of that id. */
  createWave(wave: Wave): Promise<void>;
  updateWave(
    migrationId: string,
    id: string,
    update: WaveUpdate,
  ): Promise<Wave | undefined>;
  /** Deletes a wave (kept as deleted, so no seed brings it back) and takes its members out. */
  deleteWave(
    migrationId: string,
    id: string,
    deletedBy: string,
    now: Date,
  ): Promise<boolean>;
  /** Creates the seeded waves the plan never had (deleted ones included); returns how many. */
  seedWaves(migrationId: string, seeds: Wave[]): Promise<number>;
  /** The results of `refs` as the wave plan reads them. */
  waveRows(migrationId: string, refs: string[]): Promise<WaveRow[]>;
  /** A track's results as the wave plan reads them, page by page in ref order. */
  waveRowPages(
    migrationId: string,
    options: { track: Track; pageSize?: number },
  ): AsyncGenerator<WaveRow[]>;
  /** The results whose wave is `waveId`. */
  waveMembers(migrationId: string, waveId: string): Promise<WaveRow[]>;
  /**
   * Results migrated on or before `migratedBefore` and not decommissioned,
   * the longest-running first.
   */
  decommissionTail(
    migrationId: string,
    query: { migratedBefore: Date; limit: number; offset: number },
  ): Promise<{ total: number; items: StoredResult[] }>;
  /** When each rollback of a migration happened. */
  rollbackDates(migrationId: string): Promise<Date[]>;
  /** A page of a migration's rollbacks, newest first. */
  rollbacks(
    migrationId: string,
    page: { limit: number; offset: number },
  ): Promise<{ total: number; items: RollbackRow[] }>;
  /** Decisions about an entity's track, newest first. */
  getTrackHistory(
    migrationId: string,
    entityRef: string,
  ): Promise<TrackDecision[]>;
  /**
   * Results whose quadrant gives another track than the pinned one, the
   * longest pinned first, with the decision that pinned each.
   */
  trackDrift(
    migrationId: string,
    query: TrackDriftQuery,
  ): Promise<{
    total: number;
    items: Array<{ result: StoredResult; pinned: TrackDecision | undefined }>;
  }>;
  /** The result, the API state and the scan status together, with the results version. */
  getCardInputs(migrationId: string, entityRef: string): Promise<CardInputs>;
  /**
   * Before a scan: refreshes the database's planner statistics if they
   * describe far fewer rows than the last scan left (a no-op where the
   * database needs none).
   */
  analyzeIfStale(expectedRows: number): Promise<void>;

  /**
   * Inserts an active waiver. An item has at most one (a unique index
   * enforces it): a second throws ConflictError. Expired waivers of the item
   * are closed first, in the same transaction.
   */
  createWaiver(waiver: Waiver): Promise<void>;
  listActiveWaivers(
    migrationId: string,
    entityRef: string,
    now: Date,
  ): Promise<Waiver[]>;
  /** Every active waiver of a migration, oldest first. */
  listAllActiveWaivers(migrationId: string, now: Date): Promise<Waiver[]>;
  getWaiver(id: string): Promise<Waiver | undefined>;
  revokeWaiver(id: string, revokedBy: string, now: Date): Promise<boolean>;

  /**
   * Records a pending request for a waiver. An item has at most one pending
   * request (a unique index): a second throws ConflictError.
   */
  createWaiverRequest(request: WaiverRequest): Promise<void>;
  getWaiverRequest(id: string): Promise<WaiverRequest | undefined>;
  /** Requests newest first, with their entity's title and owner. */
  listWaiverRequests(
    migrationId: string,
    query: WaiverRequestQuery,
  ): Promise<{ total: number; items: ListedWaiverRequest[] }>;
  /**
   * Closes a pending request (ConflictError when it is no longer pending);
   * an approval creates its waiver in the same transaction, or neither is
   * written (ConflictError when the item already has an active waiver).
   */
  decideWaiverRequest(
    id: string,
    decision: WaiverRequestDecision & { by: string; at: Date },
  ): Promise<WaiverRequest>;

  /** Facts that have not expired, keyed by entity ref then `provider.name`. */
  getFacts(entityRefs: string[], now: Date): Promise<Map<string, FactReader>>;
  getFactAges(
    entityRefs: string[],
    provider: string,
  ): Promise<Map<string, Date>>;
  putFacts(
    entityRef: string,
    provider: string,
    facts: Record<string, string | number | boolean | null>,
    observedAt: Date,
    expiresAt: Date,
  ): Promise<void>;
  /** Deletes the facts of entities with no result or error in any of these migrations. */
  deleteFactsOutside(migrationIds: readonly string[]): Promise<number>;

  /** Returns the scan's token; starting a scan fences off the one before. */
  recordScanStart(migrationId: string, at: Date): Promise<string>;
  /** With a token, records nothing if a newer scan started since. */
  recordScanEnd(
    migrationId: string,
    outcome: {
      at: Date;
      entities?: number;
      rowsWritten?: number;
      failedEntities?: number;
      error?: string;
      scanToken?: string;
    },
  ): Promise<void>;
  getScan(migrationId: string): Promise<ScanStatus | undefined>;
  /** The scan status and the results version, in one read. */
  getScanState(migrationId: string): Promise<{
    scan: ScanStatus | undefined;
    resultsVersion: number;
  }>;

  /** Bumped by every write that changes what the aggregates show. */
  getResultsVersion(migrationId: string): Promise<number>;
  getAggregate(
    migrationId: string,
    kind: string,
  ): Promise<{ version: number; body: string } | undefined>;
  putAggregate(
    migrationId: string,
    kind: string,
    version: number,
    body: string,
  ): Promise<void>;
  adoptionRows(migrationId: string): Promise<AdoptionRow[]>;
  /** Distinct per-item outcome maps with how many results have each. */
  outcomeCounts(
    migrationId: string,
  ): Promise<Array<{ outcomes: Record<string, string>; count: number }>>;
  /** Active waivers with the waived entity's outcome for that item. */
  activeWaiverOutcomes(
    migrationId: string,
    now: Date,
  ): Promise<
    Array<{
      entityRef: string;
      creedId: string;
      expiresAt: Date;
      outcome: string | undefined;
    }>
  >;
  /**
   * The results with their owner, stage and go-live date, for scoring and
   * history, in pages by entity ref (all of a migration's, or one owner's):
   * readers fold them page by page and never hold the whole scope.
   */
  scoredRowPages(
    migrationId: string,
    options?: { ownerRef?: string; pageSize?: number },
  ): AsyncIterable<ScoredRow[]>;
  longTail(
    migrationId: string,
    query: LongTailQuery,
  ): Promise<{
    total: number;
    items: StoredResult[];
    /** The whole long tail per quadrant, whatever the query's filters. */
    quadrants: Array<{ criticality: Level; complexity: Level; total: number }>;
  }>;
  resultsByOwner(
    migrationId: string,
    ownerRef: string,
  ): Promise<StoredResult[]>;
  /** Current waves set through the API, by entity. */
  wavesFor(
    migrationId: string,
    entityRefs: string[],
  ): Promise<Map<string, string>>;

  createNomination(row: HeroNominationRow): Promise<boolean>;
  listNominations(migrationId: string): Promise<HeroNominationRow[]>;
  /**
   * Records ended Migration Hero months; a month already recorded keeps its
   * first record. Returns how many were new.
   */
  recordHeroMonths(records: HeroMonthRecord[]): Promise<number>;
  /** Recorded months, newest first; only `month` when given. */
  listHeroMonths(
    migrationId: string,
    month?: string,
  ): Promise<HeroMonthRecord[]>;

  /** Writes today's per-team, per-stage counts from the stored results. */
  writeSnapshot(migrationId: string, day: string): Promise<void>;
  listSnapshots(migrationId: string, fromDay?: string): Promise<SnapshotRow[]>;
  /** Per-track, per-stage counts by day, oldest first (written with writeSnapshot). */
  listTrackSnapshots(
    migrationId: string,
    fromDay?: string,
  ): Promise<TrackSnapshotRow[]>;
  /** Keeps daily snapshots from `keepDailyFrom` on and only Mondays before it. */
  pruneSnapshots(migrationId: string, keepDailyFrom: string): Promise<number>;
}
