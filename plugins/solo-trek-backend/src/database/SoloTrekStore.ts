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
  error: string | null;
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
  writeResults(migrationId: string, writes: ResultWrite[]): Promise<number>;
  /** Removes results and API state of entities that left the catalog or the scope. */
  deleteResultsExcept(
    migrationId: string,
    keep: ReadonlySet<string>,
  ): Promise<number>;
  /** Removes results of migrations no longer configured. */
  deleteMigrationsExcept(migrationIds: string[]): Promise<number>;
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

  recordScanStart(migrationId: string, at: Date): Promise<void>;
  recordScanEnd(
    migrationId: string,
    outcome: {
      at: Date;
      entities?: number;
      rowsWritten?: number;
      error?: string;
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
    Array<{ entityRef: string; creedId: string; outcome: string | undefined }>
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
