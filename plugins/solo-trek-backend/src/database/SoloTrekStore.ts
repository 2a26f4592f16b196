import { CustomErrorBase } from '@backstage/errors';
import { MigrationStage } from '@internal/plugin-solo-trek-common';
import { Level, Track } from '../config/readSoloTrekConfig';
import { StageSource } from '../domain/resolveStage';
import { CheckResult } from '../domain/evaluateEntity';
import { FactReader } from '../rules/compileRule';

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
  track: Track;
  annotationWave: string | null;
  mustPass: boolean;
  checks: CheckResult[];
  resultHash: string;
  changedAt: Date;
  stageChangedAt: Date;
  migratedAt: Date | null;
}

/** The part of a stored result a rescan compares against; no checks. */
export type ResultDigest = Pick<
  StoredResult,
  'stage' | 'annotationStage' | 'stageChangedAt' | 'migratedAt' | 'resultHash'
>;

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
}

export interface HistoryEntry extends NewHistoryEntry {
  id: number;
  entityRef: string;
  ownerRef: string | null;
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

/**
 * Writes of a scan that a newer scan replaced (it outlived its timeout) are
 * refused with this, so two scans never write at once.
 */
export class ScanSupersededError extends CustomErrorBase {
  name = 'ScanSupersededError';
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
  /**
   * Compare-and-set: what the write was computed from. Inside its row lock
   * the store writes it only if the stored result and state still match;
   * otherwise it asks `rebase` for the write that fits what is stored now.
   * A write without a basis is applied as it is.
   */
  basis?: WriteBasis;
  /** The write for the current row, or undefined when nothing changes. */
  rebase?: (current: CurrentRow) => ResultWrite | undefined;
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
};

export interface SnapshotRow {
  day: string;
  ownerRef: string;
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

/** One done service, as the leaderboard scores it. */
export interface ScoredRow {
  entityRef: string;
  ownerRef: string | null;
  stage: MigrationStage;
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
}

/** All SQL of the plugin lives behind this interface. */
export interface SoloTrekStore {
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
  /** Upserts changed results and appends their history; returns rows written. */
  writeResults(
    migrationId: string,
    writes: ResultWrite[],
    options?: WriteOptions,
  ): Promise<number>;
  /**
   * Removes results, API state and errors of entities that left the catalog
   * or the scope at once (no aggregate or card shows them), and records when
   * they left: their history and waivers stay until pruneRemovedEntities.
   */
  deleteResultsExcept(
    migrationId: string,
    keep: ReadonlySet<string>,
    options?: { scanToken?: string; now?: Date },
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
  deleteFactsExcept(keep: ReadonlySet<string>): Promise<number>;

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
  /** Every result with its owner, stage and go-live date, for scoring and history. */
  scoredRows(migrationId: string): Promise<ScoredRow[]>;
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

  /** Writes today's per-team, per-stage counts from the stored results. */
  writeSnapshot(migrationId: string, day: string): Promise<void>;
  listSnapshots(migrationId: string, fromDay?: string): Promise<SnapshotRow[]>;
  /** Keeps daily snapshots from `keepDailyFrom` on and only Mondays before it. */
  pruneSnapshots(migrationId: string, keepDailyFrom: string): Promise<number>;
}
