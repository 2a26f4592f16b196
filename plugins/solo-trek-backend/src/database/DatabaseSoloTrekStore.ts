import { randomUUID } from 'node:crypto';
import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import {
  EntityError,
  HeroNominationRow,
  LongTailQuery,
  ResultWrite,
  ScanStatus,
  SoloTrekStore,
  StateUpdate,
  Waiver,
  WriteOptions,
} from './SoloTrekStore';
import {
  bounded,
  chunk,
  clean,
  cleanOrNull,
  Row,
  scanFromRow,
  toDate,
} from './rows';
import { bumpResultsVersion, dialectOf, StoreContext } from './storeContext';
import { FactStore } from './facts';
import { HeroStore } from './heroes';
import { WaiverStore } from './waivers';
import { SnapshotStore } from './snapshots';
import { AggregateStore } from './aggregates';
import { PlannerStatistics } from './postgresTuning';
import { HistoryStore } from './history';
import { ResultStore } from './results';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-solo-trek-backend',
  'migrations',
);

/** Every table that holds data of one migration; scans last, it marks removal. */
const MIGRATION_TABLES = [
  'entity_results',
  'entity_state',
  'stage_history',
  'waivers',
  'snapshots',
  'aggregates',
  'hero_nominations',
  'entity_errors',
  'entity_removals',
  'scans',
];

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

  private readonly db: Knex;
  private readonly facts: FactStore;
  private readonly heroes: HeroStore;
  private readonly waivers: WaiverStore;
  private readonly snapshots: SnapshotStore;
  private readonly aggregates: AggregateStore;
  private readonly statistics: PlannerStatistics;
  private readonly history: HistoryStore;
  private readonly results: ResultStore;

  private constructor(db: Knex) {
    const ctx: StoreContext = { db, dialect: dialectOf(db) };
    this.db = db;
    this.facts = new FactStore(ctx);
    this.heroes = new HeroStore(ctx);
    this.waivers = new WaiverStore(ctx);
    this.snapshots = new SnapshotStore(ctx);
    this.aggregates = new AggregateStore(ctx);
    this.statistics = new PlannerStatistics(ctx);
    this.history = new HistoryStore(ctx);
    this.results = new ResultStore(ctx, this.history, this.statistics);
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
  analyzeIfStale(expectedRows: number) {
    return this.statistics.analyzeIfStale(expectedRows);
  }

  writeSnapshot(migrationId: string, day: string) {
    return this.snapshots.writeSnapshot(migrationId, day);
  }
  listSnapshots(migrationId: string, fromDay?: string) {
    return this.snapshots.listSnapshots(migrationId, fromDay);
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
  scoredRows(migrationId: string) {
    return this.aggregates.scoredRows(migrationId);
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
  deleteFactsExcept(keep: ReadonlySet<string>) {
    return this.facts.deleteFactsExcept(keep);
  }

  createNomination(row: HeroNominationRow) {
    return this.heroes.createNomination(row);
  }
  listNominations(migrationId: string) {
    return this.heroes.listNominations(migrationId);
  }

  /**
   * Marks the aggregates of a migration out of date, inside the writer's
   * transaction. With a scan's token it is also the fence: a scan that a
   * newer one replaced finds its token gone and its transaction rolls back.
   * It comes last in every transaction, so the scans row is locked only
   * briefly and after any entity row (no lock-order deadlock).
   */
  private bump(
    db: Knex | Knex.Transaction,
    migrationId: string,
    scanToken?: string,
  ) {
    return bumpResultsVersion(db, migrationId, scanToken);
  }

  async deleteResultsExcept(
    migrationId: string,
    keep: ReadonlySet<string>,
    options: { scanToken?: string; now?: Date } = {},
  ) {
    const stored = await this.db('entity_results')
      .where('migration_id', migrationId)
      .pluck('entity_ref');
    const gone = stored.filter((ref: string) => !keep.has(ref));
    if (gone.length === 0) return 0;
    const removedAt = options.now ?? new Date();
    return this.db.transaction(async tx => {
      let count = 0;
      for (const refs of chunk(gone)) {
        count += await tx('entity_results')
          .where('migration_id', migrationId)
          .whereIn('entity_ref', refs)
          .delete();
        for (const table of ['entity_state', 'entity_errors']) {
          await tx(table)
            .where('migration_id', migrationId)
            .whereIn('entity_ref', refs)
            .delete();
        }
        // The first time it was missed counts: a later scan keeps that date.
        await tx('entity_removals')
          .insert(
            refs.map(ref => ({
              migration_id: migrationId,
              entity_ref: ref,
              removed_at: removedAt,
            })),
          )
          .onConflict(['migration_id', 'entity_ref'])
          .ignore();
      }
      await this.bump(tx, migrationId, options.scanToken);
      return count;
    });
  }

  async pruneRemovedEntities(migrationId: string, removedBefore: Date) {
    const refs: string[] = await this.db('entity_removals')
      .where('migration_id', migrationId)
      .where('removed_at', '<', removedBefore)
      .pluck('entity_ref');
    if (refs.length === 0) return 0;
    return this.db.transaction(async tx => {
      let count = 0;
      for (const part of chunk(refs)) {
        for (const table of [
          'stage_history',
          'waivers',
          'entity_state',
          'entity_errors',
          'entity_removals',
        ]) {
          count += await tx(table)
            .where('migration_id', migrationId)
            .whereIn('entity_ref', part)
            .delete();
        }
      }
      // Waivers are cached by results version.
      await this.bump(tx, migrationId);
      return count;
    });
  }

  async pruneMigrationsExcept(
    migrationIds: string[],
    options: { now: Date; removedBefore: Date },
  ) {
    return this.db.transaction(async tx => {
      let count = 0;
      // Derived data goes at once, as results always did: no card or
      // aggregate of an unconfigured migration is served.
      for (const table of ['entity_results', 'aggregates', 'entity_errors']) {
        count += await tx(table)
          .whereNotIn('migration_id', migrationIds)
          .delete();
      }
      // Every write bumps a scans row, so scans lists the migrations with
      // data; rows from before that are found in the other tables.
      const orphans = await tx
        .union(
          [
            'entity_state',
            'stage_history',
            'waivers',
            'snapshots',
            'hero_nominations',
            'entity_removals',
          ].map(table =>
            tx(table)
              .distinct('migration_id')
              .whereNotIn('migration_id', migrationIds),
          ),
        )
        .pluck('migration_id');
      if (orphans.length) {
        await tx('scans')
          .insert(
            orphans.map((id: string) => ({
              migration_id: id,
              removed_at: options.now,
            })),
          )
          .onConflict('migration_id')
          .ignore();
      }
      await tx('scans')
        .whereNotIn('migration_id', migrationIds)
        .whereNull('removed_at')
        .update({ removed_at: options.now });
      // Configured again within the retention: it keeps everything left.
      await tx('scans')
        .whereIn('migration_id', migrationIds)
        .whereNotNull('removed_at')
        .update({ removed_at: null });
      const expired: string[] = await tx('scans')
        .whereNotIn('migration_id', migrationIds)
        .where('removed_at', '<', options.removedBefore)
        .pluck('migration_id');
      if (expired.length) {
        for (const table of MIGRATION_TABLES) {
          count += await tx(table).whereIn('migration_id', expired).delete();
        }
      }
      return count;
    });
  }

  async recordEntityErrors(migrationId: string, errors: EntityError[]) {
    for (const part of chunk(errors)) {
      await this.db('entity_errors')
        .insert(
          part.map(e => ({
            migration_id: migrationId,
            entity_ref: e.entityRef,
            message: clean(e.message),
            log_id: bounded(e.logId, 32),
            failed_at: e.failedAt,
          })),
        )
        .onConflict(['migration_id', 'entity_ref'])
        .merge();
    }
  }

  async clearEntityErrors(
    migrationId: string,
    which: { entityRefs: string[] } | { before: Date },
  ) {
    if ('before' in which) {
      await this.db('entity_errors')
        .where('migration_id', migrationId)
        .where('failed_at', '<', which.before)
        .delete();
      return;
    }
    for (const refs of chunk(which.entityRefs)) {
      await this.db('entity_errors')
        .where('migration_id', migrationId)
        .whereIn('entity_ref', refs)
        .delete();
    }
  }

  async listEntityErrors(migrationId: string): Promise<EntityError[]> {
    const rows = await this.db('entity_errors')
      .where('migration_id', migrationId)
      .orderBy('entity_ref');
    return rows.map((row: Row) => ({
      entityRef: row.entity_ref,
      message: row.message,
      logId: row.log_id,
      failedAt: toDate(row.failed_at),
    }));
  }

  async recordScanStart(migrationId: string, at: Date) {
    const token = randomUUID();
    await this.db('scans')
      .insert({ migration_id: migrationId, started_at: at, scan_token: token })
      .onConflict('migration_id')
      .merge(['started_at', 'scan_token']);
    return token;
  }

  async recordScanEnd(
    migrationId: string,
    outcome: {
      at: Date;
      entities?: number;
      rowsWritten?: number;
      failedEntities?: number;
      error?: string;
      scanToken?: string;
    },
  ) {
    const values: Row = {
      finished_at: outcome.at,
      error: cleanOrNull(outcome.error),
    };
    if (!outcome.error) {
      values.succeeded_at = outcome.at;
      values.entities = outcome.entities ?? null;
      values.rows_written = outcome.rowsWritten ?? null;
      values.failed_entities = outcome.failedEntities ?? null;
    }
    if (outcome.scanToken) {
      // A scan a newer one replaced leaves the newer one's status alone.
      await this.db('scans')
        .where({ migration_id: migrationId, scan_token: outcome.scanToken })
        .update(values);
      return;
    }
    await this.db('scans')
      .insert({ migration_id: migrationId, ...values })
      .onConflict('migration_id')
      .merge(Object.keys(values));
  }

  async getScan(migrationId: string): Promise<ScanStatus | undefined> {
    return (await this.getScanState(migrationId)).scan;
  }

  async getScanState(migrationId: string) {
    const row = await this.db('scans')
      .where({ migration_id: migrationId })
      .first();
    return {
      scan: row ? scanFromRow(row) : undefined,
      resultsVersion: Number(row?.results_version ?? 0),
    };
  }

  async getResultsVersion(migrationId: string) {
    const row = await this.db('scans')
      .where({ migration_id: migrationId })
      .first('results_version');
    return Number(row?.results_version ?? 0);
  }
}
