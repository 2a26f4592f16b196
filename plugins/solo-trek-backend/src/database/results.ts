import { Knex } from 'knex';
import {
  CardInputs,
  EntityState,
  ResultDigest,
  ResultWrite,
  ScanSupersededError,
  StateUpdate,
  StoredResult,
  WriteOptions,
} from './SoloTrekStore';
import {
  bounded,
  chunk,
  digestFromRow,
  historyFromRow,
  historyToRow,
  resultFromRow,
  resultToRow,
  scanFromRow,
  stateFromRow,
  trackDecisionFromRow,
  trackDecisionToRow,
} from './rowValues';
import {
  DIGEST_COLUMNS,
  HistoryRow,
  ResultRow,
  ScanRow,
  STATE_COLUMNS,
  STATE_LENGTHS,
  StateColumns,
  StateRow,
  TrackDecisionRow,
} from './tableRows';
import { localError } from './errors';
import { writeChunk } from './resultWrites';
import { StoreContext } from './storeContext';
import { bumpResultsVersion } from './scans';
import { forUpdate, NamedStatement, PlannerStatistics } from './postgresTuning';
import { HistoryStore } from './history';
import { TrackDecisionStore } from './trackDecisions';

/** The card's prepared statement; a new shape needs a new name. */
const CARD_STATEMENT = 'solo-trek-card-inputs-2';

/** The card's one row: the result, its state, its scan (c_), its history. */
type CardRow = ResultRow &
  StateColumns & {
    /** Null when the entity has no state row. */
    s_migration_id: string | null;
    /** Null when the migration has no scans row. */
    c_migration_id: string | null;
    c_started_at: ScanRow['started_at'];
    c_finished_at: ScanRow['finished_at'];
    c_succeeded_at: ScanRow['succeeded_at'];
    c_entities: ScanRow['entities'];
    c_rows_written: ScanRow['rows_written'];
    c_error: ScanRow['error'];
    c_results_version: ScanRow['results_version'] | null;
    /** JSON text on SQLite, parsed by the driver on PostgreSQL. */
    h_history: string | HistoryRow[] | null;
    /** The track decisions, likewise. */
    t_decisions: string | TrackDecisionRow[] | null;
  };

/**
 * The entity_results and entity_state tables: reads, the scan's writes
 * (compare-and-set in resultWrites.ts), state updates and the card.
 */
export class ResultStore {
  private readonly card: NamedStatement<CardRow>;

  constructor(
    private readonly ctx: StoreContext,
    private readonly history: HistoryStore,
    private readonly statistics: PlannerStatistics,
    private readonly decisions: TrackDecisionStore,
  ) {
    this.card = new NamedStatement(ctx, CARD_STATEMENT, (migrationId, ref) =>
      this.cardQuery(migrationId, ref),
    );
  }

  private results(db: Knex | Knex.Transaction = this.ctx.db) {
    return db<ResultRow>('entity_results');
  }

  private states(db: Knex | Knex.Transaction = this.ctx.db) {
    return db<StateRow>('entity_state');
  }

  async getResult(migrationId: string, entityRef: string) {
    const row = await this.results()
      .where({ migration_id: migrationId, entity_ref: entityRef })
      .first();
    return row ? resultFromRow(row) : undefined;
  }

  async getResults(migrationId: string, entityRefs: string[]) {
    const out = new Map<string, StoredResult>();
    for (const refs of chunk(entityRefs)) {
      const rows = await this.results()
        .where('migration_id', migrationId)
        .whereIn('entity_ref', refs);
      for (const row of rows) out.set(row.entity_ref, resultFromRow(row));
    }
    return out;
  }

  async getResultDigests(migrationId: string, entityRefs: string[]) {
    const out = new Map<string, ResultDigest>();
    for (const refs of chunk(entityRefs)) {
      const rows = await this.results()
        .where('migration_id', migrationId)
        .whereIn('entity_ref', refs)
        .select(...DIGEST_COLUMNS);
      for (const row of rows) out.set(row.entity_ref, digestFromRow(row));
    }
    return out;
  }

  /**
   * Stores the digest of the inputs of results that did not change, so the
   * next scan skips them. A row whose result changed since the scan read it
   * (its result_hash differs) keeps its digest: its new content was not
   * computed from these inputs.
   */
  async storeInputDigests(
    migrationId: string,
    digests: Array<{
      entityRef: string;
      resultHash: string;
      inputDigest: string;
    }>,
  ) {
    let stored = 0;
    for (const part of chunk(digests)) {
      const cases = part.map(() => 'WHEN ? THEN ?').join(' ');
      const pairs = part.map(() => '(?, ?)').join(', ');
      const bindings: Knex.RawBinding[] = [];
      for (const d of part) bindings.push(d.entityRef, d.inputDigest);
      bindings.push(migrationId);
      for (const d of part) bindings.push(d.entityRef, d.resultHash);
      const result: any = await this.ctx.db.raw(
        `UPDATE entity_results SET input_digest = CASE entity_ref ${cases} END
          WHERE migration_id = ? AND (entity_ref, result_hash) IN (VALUES ${pairs})`,
        bindings,
      );
      stored += Number(result?.rowCount ?? result?.changes ?? 0);
    }
    return stored;
  }

  async getStates(migrationId: string, entityRefs: string[]) {
    const out = new Map<string, EntityState>();
    for (const refs of chunk(entityRefs)) {
      const rows = await this.states()
        .where('migration_id', migrationId)
        .whereIn('entity_ref', refs);
      for (const row of rows) out.set(row.entity_ref, stateFromRow(row));
    }
    return out;
  }

  async resultsByOwner(migrationId: string, ownerRef: string) {
    const rows = await this.results()
      .where({ migration_id: migrationId, owner_ref: ownerRef })
      .orderBy('entity_ref');
    return rows.map(resultFromRow);
  }

  async wavesFor(migrationId: string, entityRefs: string[]) {
    const out = new Map<string, string>();
    for (const refs of chunk(entityRefs)) {
      const rows = await this.states()
        .where('migration_id', migrationId)
        .whereIn('entity_ref', refs)
        .whereNotNull('wave')
        .select('entity_ref', 'wave');
      for (const row of rows) {
        if (row.wave !== null) out.set(row.entity_ref, row.wave);
      }
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
      await this.ctx.db.transaction(async tx => {
        for (const part of chunk(writes)) {
          const written = await writeChunk(
            tx,
            this.ctx.dialect,
            migrationId,
            part,
          );
          rows += written.rows;
          added += written.added;
        }
        await bumpResultsVersion(tx, migrationId, scanToken);
      });
    } catch (error) {
      throw localError(error);
    }
    await this.statistics.analyzeIfGrown(added);
    return rows;
  }

  async updateState(
    migrationId: string,
    entityRef: string,
    update: StateUpdate,
  ): Promise<StoredResult | undefined> {
    return this.ctx.db.transaction(async tx => {
      const where = { migration_id: migrationId, entity_ref: entityRef };
      const resultRow = await forUpdate(
        this.ctx.dialect,
        this.results(tx).where(where),
      ).first();
      if (!resultRow) return undefined;
      const stateRow = await this.states(tx).where(where).first();
      const decided = update({
        result: resultFromRow(resultRow),
        state: stateRow ? stateFromRow(stateRow) : undefined,
      });
      const stateValues: Partial<Record<keyof StateRow, unknown>> = {};
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
        // Rewritten from a stage update: the next scan evaluates it again.
        await this.results(tx)
          .where(where)
          .update({ ...resultToRow(decided.result), input_digest: null });
      }
      if (decided.trackDecision) {
        await tx<TrackDecisionRow>('track_decisions').insert(
          trackDecisionToRow(migrationId, entityRef, decided.trackDecision),
        );
      }
      if (decided.history) {
        await tx<HistoryRow>('stage_history').insert(
          historyToRow(
            migrationId,
            entityRef,
            decided.result?.ownerRef ?? resultRow.owner_ref,
            decided.history,
          ),
        );
      }
      await bumpResultsVersion(tx, migrationId);
      return decided.result ?? resultFromRow(resultRow);
    });
  }

  async getCardInputs(
    migrationId: string,
    entityRef: string,
  ): Promise<CardInputs> {
    const row = await this.card.first(migrationId, entityRef);
    if (!row) {
      return {
        result: undefined,
        state: undefined,
        scan: undefined,
        resultsVersion: 0,
        history: [],
        trackHistory: [],
      };
    }
    const history: HistoryRow[] =
      typeof row.h_history === 'string'
        ? JSON.parse(row.h_history)
        : row.h_history ?? [];
    const decisions: TrackDecisionRow[] =
      typeof row.t_decisions === 'string'
        ? JSON.parse(row.t_decisions)
        : row.t_decisions ?? [];
    return {
      result: resultFromRow(row),
      state: row.s_migration_id ? stateFromRow(row) : undefined,
      scan: row.c_migration_id
        ? scanFromRow({
            started_at: row.c_started_at,
            finished_at: row.c_finished_at,
            succeeded_at: row.c_succeeded_at,
            entities: row.c_entities,
            rows_written: row.c_rows_written,
            // Not read for the card.
            failed_entities: null,
            error: row.c_error,
          })
        : undefined,
      resultsVersion: Number(row.c_results_version ?? 0),
      history: history.map(historyFromRow),
      trackHistory: decisions.map(trackDecisionFromRow),
    };
  }

  /** The card's query: result, state, scan and history in one round trip. */
  private cardQuery(migrationId: string, entityRef: string) {
    return this.ctx
      .db('entity_results as r')
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
        this.history.historyJson(),
        this.decisions.decisionsJson(),
      );
  }
}
