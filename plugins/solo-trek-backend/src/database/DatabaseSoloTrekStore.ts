import { randomUUID } from 'node:crypto';
import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import {
  CardInputs,
  EntityError,
  EntityState,
  HeroNominationRow,
  HistoryEntry,
  LongTailQuery,
  ResultDigest,
  ResultWrite,
  ScanStatus,
  ScanSupersededError,
  SoloTrekStore,
  StateUpdate,
  StoredResult,
  Waiver,
  WriteOptions,
} from './SoloTrekStore';
import {
  bounded,
  chunk,
  clean,
  cleanOrNull,
  DIGEST_COLUMNS,
  digestFromRow,
  historyFromRow,
  historyToRow,
  resultFromRow,
  resultToRow,
  Row,
  scanFromRow,
  STATE_COLUMNS,
  STATE_LENGTHS,
  stateFromRow,
  toDate,
} from './rows';
import { localError } from './errors';
import { writeChunk } from './resultWrites';
import { bumpResultsVersion, dialectOf, StoreContext } from './storeContext';
import { FactStore } from './facts';
import { HeroStore } from './heroes';
import { WaiverStore } from './waivers';
import { SnapshotStore } from './snapshots';
import { AggregateStore } from './aggregates';

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

/** Rows a store adds before it first refreshes the planner's statistics. */
const ANALYZE_MIN_ROWS = 2000;

/** The card's prepared statement; a new shape needs a new name. */
const CARD_STATEMENT = 'solo-trek-card-inputs-1';

/** What cardRow needs of a node-postgres client. */
interface PgConnection {
  query(query: {
    name: string;
    text: string;
    values: unknown[];
  }): Promise<{ rows: Row[] }>;
}

/** The newest stage changes a card shows. */
const HISTORY_LIMIT = 500;

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

  /** Rows added since the planner's statistics were last refreshed. */
  private grownSinceAnalyze = 0;
  /** Rows in the tables when they were last analysed, as far as we know. */
  private analyzedRows = 0;

  /** The card's SQL, built once by knex, for the prepared statement. */
  private cardSql?: { sql: string; bindings: readonly unknown[] };

  private readonly db: Knex;
  private readonly facts: FactStore;
  private readonly heroes: HeroStore;
  private readonly waivers: WaiverStore;
  private readonly snapshots: SnapshotStore;
  private readonly aggregates: AggregateStore;

  private constructor(db: Knex) {
    const ctx: StoreContext = { db, dialect: dialectOf(db) };
    this.db = db;
    this.facts = new FactStore(ctx);
    this.heroes = new HeroStore(ctx);
    this.waivers = new WaiverStore(ctx);
    this.snapshots = new SnapshotStore(ctx);
    this.aggregates = new AggregateStore(ctx);
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
   * Refreshes PostgreSQL's planner statistics once the tables have doubled
   * since the last refresh. Without them a table filled by a first scan
   * still looks empty, and the planner looks entities up with a scan of the
   * whole migration: every page of that first scan, and of the next, costs
   * as much as the table (seen: 650 ms a page at 100k). Autovacuum would
   * catch up eventually, if it is on; this keeps the first scans linear.
   */
  /** The tables a scan fills and looks entities up in. */
  private async analyze() {
    await this.db.raw('ANALYZE entity_results, entity_state, stage_history');
  }

  async analyzeIfStale(expectedRows: number) {
    if (this.db.client.config.client !== 'pg') return;
    // -1 (PostgreSQL 14+) or 0: never analysed.
    const { rows } = await this.db.raw(
      "select reltuples from pg_class where oid = to_regclass('entity_results')",
    );
    this.analyzedRows = Math.max(0, Number(rows[0]?.reltuples ?? 0));
    this.grownSinceAnalyze = 0;
    if (
      expectedRows >= ANALYZE_MIN_ROWS &&
      this.analyzedRows < expectedRows / 2
    ) {
      await this.analyze();
      this.analyzedRows = expectedRows;
    }
  }

  private async analyzeIfGrown(added: number) {
    if (this.db.client.config.client !== 'pg') return;
    this.grownSinceAnalyze += added;
    if (
      this.grownSinceAnalyze < ANALYZE_MIN_ROWS ||
      this.grownSinceAnalyze < this.analyzedRows
    ) {
      return;
    }
    this.analyzedRows += this.grownSinceAnalyze;
    this.grownSinceAnalyze = 0;
    await this.analyze();
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

  async getResult(migrationId: string, entityRef: string) {
    const row = await this.db('entity_results')
      .where({ migration_id: migrationId, entity_ref: entityRef })
      .first();
    return row ? resultFromRow(row) : undefined;
  }

  async getResults(migrationId: string, entityRefs: string[]) {
    const out = new Map<string, StoredResult>();
    for (const refs of chunk(entityRefs)) {
      const rows = await this.db('entity_results')
        .where('migration_id', migrationId)
        .whereIn('entity_ref', refs);
      for (const row of rows) out.set(row.entity_ref, resultFromRow(row));
    }
    return out;
  }

  async getResultDigests(migrationId: string, entityRefs: string[]) {
    const out = new Map<string, ResultDigest>();
    for (const refs of chunk(entityRefs)) {
      const rows = await this.db('entity_results')
        .where('migration_id', migrationId)
        .whereIn('entity_ref', refs)
        .select(DIGEST_COLUMNS);
      for (const row of rows) out.set(row.entity_ref, digestFromRow(row));
    }
    return out;
  }

  async getStates(migrationId: string, entityRefs: string[]) {
    const out = new Map<string, EntityState>();
    for (const refs of chunk(entityRefs)) {
      const rows = await this.db('entity_state')
        .where('migration_id', migrationId)
        .whereIn('entity_ref', refs);
      for (const row of rows) out.set(row.entity_ref, stateFromRow(row));
    }
    return out;
  }

  async writeResults(
    migrationId: string,
    writes: ResultWrite[],
    options: WriteOptions = {},
  ) {
    if (writes.length === 0) return 0;
    const { onEntityError, scanToken } = options;
    try {
      return await this.writeBatch(migrationId, writes, scanToken);
    } catch (error) {
      if (!onEntityError || error instanceof ScanSupersededError) throw error;
      if (writes.length === 1) {
        onEntityError(writes[0], error);
        return 0;
      }
      // One entity's value failed the page's transaction: write each alone,
      // so the rest of the page is stored and only that one is reported.
      let rows = 0;
      for (const write of writes) {
        try {
          rows += await this.writeBatch(migrationId, [write], scanToken);
        } catch (entityError) {
          if (entityError instanceof ScanSupersededError) throw entityError;
          onEntityError(write, entityError);
        }
      }
      return rows;
    }
  }

  /**
   * All writes in one transaction. A value the database refuses fails it,
   * with an Error of this realm (localError), thrown or reported.
   */
  private async writeBatch(
    migrationId: string,
    writes: ResultWrite[],
    scanToken: string | undefined,
  ) {
    let rows = 0;
    let added = 0;
    try {
      await this.db.transaction(async tx => {
        for (const part of chunk(writes)) {
          const written = await writeChunk(tx, migrationId, part);
          rows += written.rows;
          added += written.added;
        }
        await this.bump(tx, migrationId, scanToken);
      });
    } catch (error) {
      throw localError(error);
    }
    await this.analyzeIfGrown(added);
    return rows;
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

  async updateState(
    migrationId: string,
    entityRef: string,
    update: StateUpdate,
  ): Promise<StoredResult | undefined> {
    return this.db.transaction(async tx => {
      const where = { migration_id: migrationId, entity_ref: entityRef };
      // Row lock on PostgreSQL; SQLite serialises write transactions anyway.
      const resultQuery = tx('entity_results').where(where).first();
      const resultRow =
        tx.client.config.client === 'pg'
          ? await resultQuery.forUpdate()
          : await resultQuery;
      if (!resultRow) return undefined;
      const stateRow = await tx('entity_state').where(where).first();
      const decided = update({
        result: resultFromRow(resultRow),
        state: stateRow ? stateFromRow(stateRow) : undefined,
      });
      const stateValues: Row = {};
      for (const [key, value] of Object.entries(decided.state)) {
        stateValues[STATE_COLUMNS[key as keyof EntityState]] =
          typeof value === 'string'
            ? bounded(value, STATE_LENGTHS[key])
            : value;
      }
      if (Object.keys(stateValues).length) {
        await tx('entity_state')
          .insert({ ...where, ...stateValues })
          .onConflict(['migration_id', 'entity_ref'])
          .merge(Object.keys(stateValues));
      }
      if (decided.result) {
        await tx('entity_results')
          .where(where)
          .update(resultToRow(decided.result));
      }
      if (decided.history) {
        await tx('stage_history').insert(
          historyToRow(
            migrationId,
            entityRef,
            decided.result?.ownerRef ?? resultRow.owner_ref,
            decided.history,
          ),
        );
      }
      await this.bump(tx, migrationId);
      return decided.result ?? resultFromRow(resultRow);
    });
  }

  async getHistory(
    migrationId: string,
    entityRef: string,
  ): Promise<HistoryEntry[]> {
    const rows = await this.db('stage_history')
      .where({ migration_id: migrationId, entity_ref: entityRef })
      .orderBy('id', 'desc')
      .limit(HISTORY_LIMIT);
    return rows.map(historyFromRow);
  }

  async getCardInputs(
    migrationId: string,
    entityRef: string,
  ): Promise<CardInputs> {
    const row = await this.cardRow(migrationId, entityRef);
    if (!row) {
      return {
        result: undefined,
        state: undefined,
        scan: undefined,
        resultsVersion: 0,
        history: [],
      };
    }
    const history: Row[] =
      typeof row.h_history === 'string'
        ? JSON.parse(row.h_history)
        : row.h_history ?? [];
    return {
      result: resultFromRow(row),
      state: row.s_migration_id ? stateFromRow(row) : undefined,
      scan: row.c_migration_id ? scanFromRow(row, 'c_') : undefined,
      resultsVersion: Number(row.c_results_version ?? 0),
      history: history.map(historyFromRow),
    };
  }

  /** The card's query: result, state, scan and history in one round trip. */
  private cardQuery(migrationId: string, entityRef: string) {
    return this.db('entity_results as r')
      .leftJoin('entity_state as s', function join() {
        this.on('s.migration_id', 'r.migration_id').andOn(
          's.entity_ref',
          'r.entity_ref',
        );
      })
      .leftJoin('scans as c', 'c.migration_id', 'r.migration_id')
      .where({ 'r.migration_id': migrationId, 'r.entity_ref': entityRef })
      .first(
        'r.*',
        's.migration_id as s_migration_id',
        's.api_stage',
        's.api_stage_at',
        's.annotation_stage_at',
        's.wave',
        's.wave_set_by',
        's.wave_set_at',
        'c.migration_id as c_migration_id',
        'c.started_at as c_started_at',
        'c.finished_at as c_finished_at',
        'c.succeeded_at as c_succeeded_at',
        'c.entities as c_entities',
        'c.rows_written as c_rows_written',
        'c.error as c_error',
        'c.results_version as c_results_version',
        this.historyJson(),
      );
  }

  /**
   * On PostgreSQL the card's query runs as a named prepared statement:
   * planning its joins and subquery took three quarters of its time (0.45
   * against 0.11 ms a card, measured), and the card is the hottest read.
   * knex cannot name statements, so this one goes to the pooled connection
   * itself, with the SQL knex builds.
   */
  private async cardRow(
    migrationId: string,
    entityRef: string,
  ): Promise<Row | undefined> {
    if (this.db.client.config.client !== 'pg') {
      return this.cardQuery(migrationId, entityRef);
    }
    this.cardSql ??= this.cardQuery(migrationId, entityRef).toSQL().toNative();
    const { sql, bindings } = this.cardSql;
    // The statement's parameters are the migration, the ref and the limit.
    const values = [migrationId, entityRef, ...bindings.slice(2)];
    const client = this.db.client as {
      acquireConnection(): Promise<PgConnection>;
      releaseConnection(connection: PgConnection): Promise<void>;
    };
    const connection = await client.acquireConnection();
    try {
      const result = await connection.query({
        name: CARD_STATEMENT,
        text: sql,
        values,
      });
      return result.rows[0];
    } finally {
      await client.releaseConnection(connection);
    }
  }

  /**
   * The result row's history as a JSON array of rows, newest first: a
   * correlated subquery in each dialect's JSON aggregate.
   */
  private historyJson() {
    const newest = `select * from stage_history
      where migration_id = r.migration_id and entity_ref = r.entity_ref
      order by id desc limit ${HISTORY_LIMIT}`;
    if (this.db.client.config.client === 'pg') {
      return this.db.raw(
        `(select coalesce(json_agg(h order by h.id desc), '[]'::json) from (${newest}) h) as h_history`,
      );
    }
    // SQLite keeps the subquery's order in the aggregate.
    return this.db.raw(
      `(select json_group_array(json_object(
         'id', h.id, 'entity_ref', h.entity_ref, 'owner_ref', h.owner_ref,
         'from_stage', h.from_stage, 'to_stage', h.to_stage,
         'source', h.source, 'actor', h.actor, 'note', h.note,
         'created_at', h.created_at)) from (${newest}) h) as h_history`,
    );
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

  async resultsByOwner(migrationId: string, ownerRef: string) {
    const rows = await this.db('entity_results')
      .where({ migration_id: migrationId, owner_ref: ownerRef })
      .orderBy('entity_ref');
    return rows.map(resultFromRow);
  }

  async wavesFor(migrationId: string, entityRefs: string[]) {
    const out = new Map<string, string>();
    for (const refs of chunk(entityRefs)) {
      const rows = await this.db('entity_state')
        .where('migration_id', migrationId)
        .whereIn('entity_ref', refs)
        .whereNotNull('wave')
        .select('entity_ref', 'wave');
      for (const row of rows) out.set(row.entity_ref, row.wave);
    }
    return out;
  }
}
