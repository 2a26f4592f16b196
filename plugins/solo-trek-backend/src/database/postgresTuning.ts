import { Knex } from 'knex';
import { Dialect, StoreContext } from './storeContext';

/*
 * Everything the store does only on PostgreSQL, for speed or for locking:
 * planner statistics, the card's prepared statement, row locks. On SQLite
 * each is a no-op or the plain query.
 */

/**
 * Row lock on PostgreSQL; SQLite serialises write transactions, so the
 * plain query is as safe there.
 */
export function forUpdate<Q extends Knex.QueryBuilder>(
  dialect: Dialect,
  query: Q,
): Q {
  return dialect === 'pg' ? (query.forUpdate() as Q) : query;
}

/** A row of outcome_points, as `upsertOutcomePoints` writes it. */
export interface OutcomePointWrite {
  entity_ref: string;
  metric: string;
  at: Date;
  value: number;
  platform: string | null;
  reported_by: string;
  received_at: Date;
}

/**
 * A batch of outcome points in one statement on PostgreSQL: seven arrays
 * through unnest instead of 7,000 bound values, which PostgreSQL parses and
 * plans a third faster (21 against 34 ms for 1,000 points). A point whose
 * entity, metric and time are stored replaces the stored one.
 */
export async function upsertOutcomePoints(
  tx: Knex.Transaction,
  rows: OutcomePointWrite[],
) {
  await tx.raw(
    `INSERT INTO outcome_points
       (entity_ref, metric, at, value, platform, reported_by, received_at)
     SELECT * FROM unnest(?::text[], ?::text[], ?::timestamptz[],
       ?::float8[], ?::text[], ?::text[], ?::timestamptz[])
     ON CONFLICT (entity_ref, metric, at) DO UPDATE SET
       value = excluded.value, platform = excluded.platform,
       reported_by = excluded.reported_by, received_at = excluded.received_at`,
    [
      rows.map(r => r.entity_ref),
      rows.map(r => r.metric),
      rows.map(r => r.at),
      rows.map(r => r.value),
      // pg sends null items of a text[] as NULL; knex's types know no nullable arrays.
      rows.map(r => r.platform) as string[],
      rows.map(r => r.reported_by),
      rows.map(r => r.received_at),
    ],
  );
}

/**
 * Claims a chunk of nudges in one statement on PostgreSQL: eight arrays
 * through unnest instead of 8 bound values a row (a sweep chunk claims
 * about 4,700 keys at 100k services, 38,000 values), the same trade as
 * upsertOutcomePoints. A key already there stays as it is and is not
 * returned. Returns the keys this statement inserted.
 */
export async function claimNudgeRows(
  tx: Knex.Transaction,
  rows: NudgeSentWrite[],
): Promise<string[]> {
  const result = await tx.raw<{ rows: Array<{ nudge_key: string }> }>(
    `INSERT INTO nudges_sent
       (migration_id, nudge_key, kind, entity_ref, status, via, claimed_at, sent_at)
     SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[],
       ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[])
     ON CONFLICT (migration_id, nudge_key) DO NOTHING
     RETURNING nudge_key`,
    [
      rows.map(r => r.migration_id),
      rows.map(r => r.nudge_key),
      rows.map(r => r.kind),
      // pg sends null items of an array as NULL; knex's types know no nullable arrays.
      rows.map(r => r.entity_ref) as string[],
      rows.map(r => r.status),
      rows.map(r => r.via) as string[],
      rows.map(r => r.claimed_at),
      rows.map(r => r.sent_at) as Date[],
    ],
  );
  return result.rows.map(r => r.nudge_key);
}

/** A row of nudges_sent, as claimNudgeRows writes it. */
export interface NudgeSentWrite {
  migration_id: string;
  nudge_key: string;
  kind: string;
  entity_ref: string | null;
  status: 'claimed' | 'sent' | 'digest' | 'skipped';
  via: string | null;
  claimed_at: Date;
  sent_at: Date | null;
}

/**
 * Restricts a query to the given keys: on PostgreSQL one array parameter
 * (`= ANY`), so a chunk's 4,700 keys are one statement and one plan; on
 * SQLite an `IN` list, which the caller keeps under its 32,766 variables.
 */
export function whereKeyIn<Q extends Knex.QueryBuilder>(
  dialect: Dialect,
  query: Q,
  column: string,
  keys: string[],
): Q {
  return (
    dialect === 'pg'
      ? query.whereRaw('?? = ANY(?::text[])', [column, keys])
      : query.whereIn(column, keys)
  ) as Q;
}

/** Rows a store adds before it first refreshes the planner's statistics. */
const ANALYZE_MIN_ROWS = 2000;

/**
 * Refreshes PostgreSQL's planner statistics once the tables have doubled
 * since the last refresh. Without them a table filled by a first scan
 * still looks empty, and the planner looks entities up with a scan of the
 * whole migration: every page of that first scan, and of the next, costs
 * as much as the table (seen: 650 ms a page at 100k). Autovacuum would
 * catch up eventually, if it is on; this keeps the first scans linear.
 */
export class PlannerStatistics {
  /** Rows added since the planner's statistics were last refreshed. */
  private grownSinceAnalyze = 0;
  /** Rows in the tables when they were last analysed, as far as we know. */
  private analyzedRows = 0;

  constructor(private readonly ctx: StoreContext) {}

  /** The tables a scan fills and looks entities up in. */
  private async analyze() {
    await this.ctx.db.raw(
      'ANALYZE entity_results, entity_state, stage_history',
    );
  }

  async analyzeIfStale(expectedRows: number) {
    if (this.ctx.dialect !== 'pg') return;
    // -1 (PostgreSQL 14+) or 0: never analysed.
    const { rows } = await this.ctx.db.raw<{
      rows: Array<{ reltuples: number | string | null }>;
    }>(
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

  async analyzeIfGrown(added: number) {
    if (this.ctx.dialect !== 'pg') return;
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
}

/** What NamedStatement needs of a node-postgres client. */
interface PgConnection {
  query(query: {
    name: string;
    text: string;
    values: unknown[];
  }): Promise<{ rows: unknown[] }>;
}

/**
 * A query that runs as a named prepared statement on PostgreSQL: planning
 * the card's joins and subquery took three quarters of its time (0.45
 * against 0.11 ms a card, measured), and the card is the hottest read.
 *
 * knex cannot name statements, so this goes to a pooled connection itself
 * (knex's acquireConnection and releaseConnection, not part of its typed
 * API), with the SQL knex builds once. "reads a card's inputs in one query"
 * in DatabaseSoloTrekStore.test.ts covers it: on PostgreSQL the card must
 * bypass knex's query log, and its result must equal getHistory's. On
 * SQLite the query runs through knex as it is.
 */
export class NamedStatement<T> {
  private native?: { sql: string; bindings: readonly unknown[] };

  /**
   * @param name - the statement's name; a new shape of query needs a new one.
   * @param build - builds the query for the given leading parameters.
   */
  constructor(
    private readonly ctx: StoreContext,
    private readonly name: string,
    private readonly build: (...leading: string[]) => Knex.QueryBuilder,
  ) {}

  /**
   * The first row for these leading parameters; any later bindings of the
   * query (constants such as a limit) stay as they were built.
   */
  async first(...leading: string[]): Promise<T | undefined> {
    if (this.ctx.dialect !== 'pg') {
      return (await this.build(...leading)) as T | undefined;
    }
    this.native ??= this.build(...leading)
      .toSQL()
      .toNative();
    const { sql, bindings } = this.native;
    const values = [...leading, ...bindings.slice(leading.length)];
    const client = this.ctx.db.client as {
      acquireConnection(): Promise<PgConnection>;
      releaseConnection(connection: PgConnection): Promise<void>;
    };
    const connection = await client.acquireConnection();
    try {
      const result = await connection.query({
        name: this.name,
        text: sql,
        values,
      });
      return result.rows[0] as T | undefined;
    } finally {
      await client.releaseConnection(connection);
    }
  }
}
