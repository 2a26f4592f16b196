import { Track } from '@internal/plugin-solo-trek-common';
import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import {
  EntityError,
  HeroMonthRecord,
  HeroNominationRow,
  LongTailQuery,
  ResultWrite,
  SoloTrekStore,
  StateUpdate,
  Waiver,
  WaiverRequest,
  WaiverRequestDecision,
  WaiverRequestQuery,
  TrackDriftQuery,
  Wave,
  WaveUpdate,
  WriteOptions,
} from './SoloTrekStore';
import { dialectOf, StoreContext } from './storeContext';
import { FactStore } from './facts';
import { HeroStore } from './heroes';
import { WaiverStore } from './waivers';
import { WaiverRequestStore } from './waiverRequests';
import { SnapshotStore } from './snapshots';
import { AggregateStore } from './aggregates';
import { PlannerStatistics } from './postgresTuning';
import { HistoryStore } from './history';
import { ResultStore } from './results';
import { ScanStore } from './scans';
import { EntityErrorStore } from './entityErrors';
import { RetentionStore } from './retention';
import { DatabaseOutcomeStore, OutcomeStore } from './outcomes';
import { TrackDecisionStore } from './trackDecisions';
import { WaveStore } from './waves';
import { DecommissionTailStore } from './decommissionTail';
import { DatabaseNudgeStore, NudgeStore } from './nudges';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-solo-trek-backend',
  'migrations',
);

/** The knex-backed store, on SQLite or PostgreSQL. */
export class DatabaseSoloTrekStore implements SoloTrekStore {
  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<DatabaseSoloTrekStore> {
    const client = await options.database.getClient();
    if (!options.skipMigrations && !options.database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseSoloTrekStore(client);
  }

  /** For the migration tests. */
  static readonly migrationsDir = migrationsDir;

  private readonly facts: FactStore;
  private readonly heroes: HeroStore;
  private readonly waivers: WaiverStore;
  private readonly waiverRequests: WaiverRequestStore;
  private readonly snapshots: SnapshotStore;
  private readonly aggregates: AggregateStore;
  private readonly statistics: PlannerStatistics;
  private readonly history: HistoryStore;
  private readonly results: ResultStore;
  private readonly scans: ScanStore;
  private readonly errors: EntityErrorStore;
  private readonly retention: RetentionStore;
  /** Outcome points and the satisfaction pulse (issue 18). */
  readonly outcomes: OutcomeStore;
  /** Nudges sent, observations and baselines (issue 14). */
  readonly nudges: NudgeStore;
  private readonly decisions: TrackDecisionStore;
  private readonly waves: WaveStore;
  private readonly decommission: DecommissionTailStore;

  private constructor(db: Knex) {
    const ctx: StoreContext = { db, dialect: dialectOf(db) };
    this.facts = new FactStore(ctx);
    this.heroes = new HeroStore(ctx);
    this.waivers = new WaiverStore(ctx);
    this.waiverRequests = new WaiverRequestStore(ctx);
    this.snapshots = new SnapshotStore(ctx);
    this.aggregates = new AggregateStore(ctx);
    this.statistics = new PlannerStatistics(ctx);
    this.history = new HistoryStore(ctx);
    this.decisions = new TrackDecisionStore(ctx);
    this.waves = new WaveStore(ctx);
    this.decommission = new DecommissionTailStore(ctx);
    this.results = new ResultStore(
      ctx,
      this.history,
      this.statistics,
      this.decisions,
    );
    this.scans = new ScanStore(ctx);
    this.errors = new EntityErrorStore(ctx);
    this.retention = new RetentionStore(ctx);
    this.outcomes = new DatabaseOutcomeStore(ctx);
    this.nudges = new DatabaseNudgeStore(ctx);
  }

  recordScanStart(migrationId: string, at: Date) {
    return this.scans.recordScanStart(migrationId, at);
  }
  recordScanEnd(
    migrationId: string,
    outcome: Parameters<ScanStore['recordScanEnd']>[1],
  ) {
    return this.scans.recordScanEnd(migrationId, outcome);
  }
  getScan(migrationId: string) {
    return this.scans.getScan(migrationId);
  }
  getScanState(migrationId: string) {
    return this.scans.getScanState(migrationId);
  }
  getResultsVersion(migrationId: string) {
    return this.scans.getResultsVersion(migrationId);
  }

  recordEntityErrors(migrationId: string, errors: EntityError[]) {
    return this.errors.recordEntityErrors(migrationId, errors);
  }
  clearEntityErrors(
    migrationId: string,
    which: { entityRefs: string[] } | { before: Date },
  ) {
    return this.errors.clearEntityErrors(migrationId, which);
  }
  listEntityErrors(migrationId: string) {
    return this.errors.listEntityErrors(migrationId);
  }

  markSeen(migrationId: string, seenBy: string, entityRefs: readonly string[]) {
    return this.scans.markSeen(migrationId, seenBy, entityRefs);
  }
  deleteUnseenResults(
    migrationId: string,
    options: { seenBy: string; scanToken?: string; now?: Date },
  ) {
    return this.retention.deleteUnseenResults(migrationId, options);
  }
  pruneRemovedEntities(migrationId: string, removedBefore: Date) {
    return this.retention.pruneRemovedEntities(migrationId, removedBefore);
  }
  pruneMigrationsExcept(
    migrationIds: string[],
    options: { now: Date; removedBefore: Date },
  ) {
    return this.retention.pruneMigrationsExcept(migrationIds, options);
  }

  getResult(migrationId: string, entityRef: string) {
    return this.results.getResult(migrationId, entityRef);
  }
  getResults(migrationId: string, entityRefs: string[]) {
    return this.results.getResults(migrationId, entityRefs);
  }
  getResultDigests(migrationId: string, entityRefs: string[]) {
    return this.results.getResultDigests(migrationId, entityRefs);
  }
  storeInputDigests(
    migrationId: string,
    digests: Array<{
      entityRef: string;
      resultHash: string;
      inputDigest: string;
    }>,
  ) {
    return this.results.storeInputDigests(migrationId, digests);
  }
  getStates(migrationId: string, entityRefs: string[]) {
    return this.results.getStates(migrationId, entityRefs);
  }
  writeResults(
    migrationId: string,
    writes: ResultWrite[],
    options?: WriteOptions,
  ) {
    return this.results.writeResults(migrationId, writes, options);
  }
  updateState(migrationId: string, entityRef: string, update: StateUpdate) {
    return this.results.updateState(migrationId, entityRef, update);
  }
  getCardInputs(migrationId: string, entityRef: string) {
    return this.results.getCardInputs(migrationId, entityRef);
  }
  resultsByOwner(migrationId: string, ownerRef: string) {
    return this.results.resultsByOwner(migrationId, ownerRef);
  }
  wavesFor(migrationId: string, entityRefs: string[]) {
    return this.results.wavesFor(migrationId, entityRefs);
  }
  getHistory(migrationId: string, entityRef: string) {
    return this.history.getHistory(migrationId, entityRef);
  }
  listWaves(migrationId: string) {
    return this.waves.listWaves(migrationId);
  }
  getWave(migrationId: string, id: string) {
    return this.waves.getWave(migrationId, id);
  }
  createWave(wave: Wave) {
    return this.waves.createWave(wave);
  }
  updateWave(migrationId: string, id: string, update: WaveUpdate) {
    return this.waves.updateWave(migrationId, id, update);
  }
  deleteWave(migrationId: string, id: string, deletedBy: string, now: Date) {
    return this.waves.deleteWave(migrationId, id, deletedBy, now);
  }
  seedWaves(migrationId: string, seeds: Wave[]) {
    return this.waves.seedWaves(migrationId, seeds);
  }
  waveRows(migrationId: string, refs: string[]) {
    return this.waves.waveRows(migrationId, refs);
  }

  waveRowPages(
    migrationId: string,
    options: { track: Track; pageSize?: number },
  ) {
    return this.waves.waveRowPages(migrationId, options);
  }
  waveMembers(migrationId: string, waveId: string) {
    return this.waves.waveMembers(migrationId, waveId);
  }
  decommissionTail(
    migrationId: string,
    query: { migratedBefore: Date; limit: number; offset: number },
  ) {
    return this.decommission.decommissionTail(migrationId, query);
  }
  rollbackDates(migrationId: string) {
    return this.history.rollbackDates(migrationId);
  }
  rollbacks(migrationId: string, page: { limit: number; offset: number }) {
    return this.history.rollbacks(migrationId, page);
  }
  getTrackHistory(migrationId: string, entityRef: string) {
    return this.decisions.getTrackHistory(migrationId, entityRef);
  }
  trackDrift(migrationId: string, query: TrackDriftQuery) {
    return this.decisions.trackDrift(migrationId, query);
  }
  analyzeIfStale(expectedRows: number) {
    return this.statistics.analyzeIfStale(expectedRows);
  }

  writeSnapshot(migrationId: string, day: string) {
    return this.snapshots.writeSnapshot(migrationId, day);
  }
  listSnapshots(migrationId: string, fromDay?: string) {
    return this.snapshots.listSnapshots(migrationId, fromDay);
  }
  listTrackSnapshots(migrationId: string, fromDay?: string) {
    return this.snapshots.listTrackSnapshots(migrationId, fromDay);
  }
  pruneSnapshots(migrationId: string, keepDailyFrom: string) {
    return this.snapshots.pruneSnapshots(migrationId, keepDailyFrom);
  }

  getAggregate(migrationId: string, kind: string) {
    return this.aggregates.getAggregate(migrationId, kind);
  }
  putAggregate(
    migrationId: string,
    kind: string,
    version: number,
    body: string,
  ) {
    return this.aggregates.putAggregate(migrationId, kind, version, body);
  }
  adoptionRows(migrationId: string) {
    return this.aggregates.adoptionRows(migrationId);
  }
  outcomeCounts(migrationId: string) {
    return this.aggregates.outcomeCounts(migrationId);
  }
  activeWaiverOutcomes(migrationId: string, now: Date) {
    return this.aggregates.activeWaiverOutcomes(migrationId, now);
  }
  scoredRowPages(
    migrationId: string,
    options?: { ownerRef?: string; pageSize?: number },
  ) {
    return this.aggregates.scoredRowPages(migrationId, options);
  }
  longTail(migrationId: string, query: LongTailQuery) {
    return this.aggregates.longTail(migrationId, query);
  }

  createWaiver(waiver: Waiver) {
    return this.waivers.createWaiver(waiver);
  }
  listActiveWaivers(migrationId: string, entityRef: string, now: Date) {
    return this.waivers.listActiveWaivers(migrationId, entityRef, now);
  }
  listAllActiveWaivers(migrationId: string, now: Date) {
    return this.waivers.listAllActiveWaivers(migrationId, now);
  }
  getWaiver(id: string) {
    return this.waivers.getWaiver(id);
  }
  revokeWaiver(id: string, revokedBy: string, now: Date) {
    return this.waivers.revokeWaiver(id, revokedBy, now);
  }
  createWaiverRequest(request: WaiverRequest) {
    return this.waiverRequests.createWaiverRequest(request);
  }
  getWaiverRequest(id: string) {
    return this.waiverRequests.getWaiverRequest(id);
  }
  listWaiverRequests(migrationId: string, query: WaiverRequestQuery) {
    return this.waiverRequests.listWaiverRequests(migrationId, query);
  }
  decideWaiverRequest(
    id: string,
    decision: WaiverRequestDecision & { by: string; at: Date },
  ) {
    return this.waiverRequests.decideWaiverRequest(id, decision);
  }

  getFacts(entityRefs: string[], now: Date) {
    return this.facts.getFacts(entityRefs, now);
  }
  getFactAges(entityRefs: string[], provider: string) {
    return this.facts.getFactAges(entityRefs, provider);
  }
  putFacts(
    entityRef: string,
    provider: string,
    facts: Record<string, string | number | boolean | null>,
    observedAt: Date,
    expiresAt: Date,
  ) {
    return this.facts.putFacts(
      entityRef,
      provider,
      facts,
      observedAt,
      expiresAt,
    );
  }
  deleteFactsOutside(migrationIds: readonly string[]) {
    return this.facts.deleteFactsOutside(migrationIds);
  }

  createNomination(row: HeroNominationRow) {
    return this.heroes.createNomination(row);
  }
  listNominations(migrationId: string) {
    return this.heroes.listNominations(migrationId);
  }
  recordHeroMonths(records: HeroMonthRecord[]) {
    return this.heroes.recordHeroMonths(records);
  }
  listHeroMonths(migrationId: string, month?: string) {
    return this.heroes.listHeroMonths(migrationId, month);
  }
}
