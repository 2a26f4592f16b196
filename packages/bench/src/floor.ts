/*
 * The floor of a scan (issue 20): what the machine needs at least to do the
 * scan's work, measured in the scan's own child process right after its two
 * scans, on the same database and the same catalog.
 *
 * - paging: the scope out of the catalog with the scan's projection, plus
 *   the related Resources and APIs the quadrant reads (the same catalog
 *   calls the scanner makes, through the scanner's own code);
 * - evaluation: evaluateEntity over every entity (every rule, the
 *   segmentation), nothing else;
 * - write: the rows a first scan stores (results, their first history entry,
 *   the pinned track decision, the annotation's state row), built with the
 *   plugin's own nextResult and row mappers and inserted with one multi-row
 *   INSERT … VALUES per table and page, in one transaction per page, into
 *   scratch tables of the same shape (indexes included). On PostgreSQL this
 *   is a multi-row INSERT, not COPY: pg-copy-streams is not installed, and a
 *   single VALUES list per page is the cheapest statement knex's driver
 *   offers;
 * - check: the cheapest way a rescan learns that nothing changed: one read
 *   per page of the stored digests and states, and nextResult deciding that
 *   no row changes (it must decide so for every entity, or the floor throws).
 *
 * The first scan's floor is paging + evaluation + write; the no-change
 * rescan's is paging + evaluation + check.
 */
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Knex } from 'knex';
import { FIRST_SCAN_TABLES, firstScanRows } from './firstScanRows';
import {
  digestFromRow,
  evaluateEntity,
  EvaluationScanner,
  MigrationDefinition,
  nextResult,
  RelatedLookup,
  stateFromRow,
} from './soloTrek';

export interface FloorMeasure {
  entities: number;
  pages: number;
  /** queryEntities and the related lookups, IPC included. */
  pagingMs: number;
  evaluateMs: number;
  /** Building the rows and inserting them, one transaction per page. */
  writeMs: number;
  /** Rows the cheapest write inserted. */
  rowsWritten: number;
  /** Reading the stored digests and deciding nothing changed. */
  checkMs: number;
  /** pagingMs + evaluateMs + writeMs. */
  firstScanMs: number;
  /** pagingMs + evaluateMs + checkMs. */
  rescanMs: number;
}

const SCRATCH_TABLES = [
  'entity_results',
  'stage_history',
  'track_decisions',
  'entity_state',
] as const;
const scratch = (table: string) => `floor_${table}`;

/** Empty copies of the plugin's tables, with their keys and indexes. */
async function createScratchTables(knex: Knex, dialect: 'sqlite' | 'pg') {
  for (const table of SCRATCH_TABLES) {
    await knex.schema.dropTableIfExists(scratch(table));
    if (dialect === 'pg') {
      await knex.raw('CREATE TABLE ?? (LIKE ?? INCLUDING ALL)', [
        scratch(table),
        table,
      ]);
      continue;
    }
    // The table's own DDL and its indexes', renamed.
    const rows: Array<{ sql: string }> = await knex('sqlite_master')
      .where('tbl_name', table)
      .whereNotNull('sql')
      .orderByRaw("type = 'table' desc")
      .select('sql');
    for (const { sql } of rows) {
      await knex.raw(sql.split(table).join(scratch(table)));
    }
  }
}

async function dropScratchTables(knex: Knex) {
  for (const table of SCRATCH_TABLES) {
    await knex.schema.dropTableIfExists(scratch(table));
  }
}

/** One INSERT … VALUES (…), (…) of every row; all rows have the same keys. */
export async function insertValues(
  tx: Knex.Transaction,
  table: string,
  rows: Array<Record<string, unknown>>,
) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const tuple = `(${columns.map(() => '?').join(',')})`;
  const bindings: unknown[] = [];
  for (const row of rows) for (const c of columns) bindings.push(row[c]);
  await tx.raw(
    `INSERT INTO ?? (${columns.map(() => '??').join(',')}) VALUES ${rows
      .map(() => tuple)
      .join(',')}`,
    [table, ...columns, ...bindings] as Knex.RawBinding[],
  );
}

export async function measureFloor(options: {
  knex: Knex;
  dialect: 'sqlite' | 'pg';
  catalog: CatalogService;
  /** The scanner whose related lookup (relatedOf) the floor reuses. */
  scanner: EvaluationScanner;
  migration: MigrationDefinition;
  pageSize?: number;
}): Promise<FloorMeasure> {
  const { knex, dialect, catalog, scanner, migration } = options;
  const limit = options.pageSize ?? 500;
  const fields = EvaluationScanner.fieldsFor(migration);
  const credentials = { $$type: '@backstage/BackstageCredentials' } as any;
  // The scanner's own lookup (private): the floor pages exactly as it does.
  const relatedOf = (
    scanner as unknown as {
      relatedOf(m: MigrationDefinition, e: Entity[]): Promise<RelatedLookup>;
    }
  ).relatedOf.bind(scanner);
  await createScratchTables(knex, dialect);
  const now = new Date();
  const m: FloorMeasure = {
    entities: 0,
    pages: 0,
    pagingMs: 0,
    evaluateMs: 0,
    writeMs: 0,
    rowsWritten: 0,
    checkMs: 0,
    firstScanMs: 0,
    rescanMs: 0,
  };
  try {
    let cursor: string | undefined;
    do {
      let t = performance.now();
      const page = await catalog.queryEntities(
        cursor
          ? { cursor, limit, fields }
          : { filter: migration.scope, limit, fields },
        { credentials },
      );
      const related = await relatedOf(migration, page.items);
      m.pagingMs += performance.now() - t;
      cursor = page.pageInfo.nextCursor;
      m.pages++;
      m.entities += page.items.length;

      t = performance.now();
      const evaluations = page.items.map(entity =>
        evaluateEntity(migration, entity, undefined, { related }),
      );
      m.evaluateMs += performance.now() - t;

      // The first scan's rows, as nextResult makes them, inserted.
      t = performance.now();
      const rows = firstScanRows(migration, evaluations, now);
      await knex.transaction(async tx => {
        for (const table of FIRST_SCAN_TABLES) {
          await insertValues(tx, scratch(table), rows[table]);
        }
      });
      for (const table of FIRST_SCAN_TABLES) {
        m.rowsWritten += rows[table].length;
      }
      m.writeMs += performance.now() - t;

      // The rescan's check against what the scans stored.
      t = performance.now();
      const refs = evaluations.map(e => e.entityRef);
      const stored: any[] = await knex('entity_results as r')
        .leftJoin('entity_state as s', function join() {
          this.on('s.migration_id', 'r.migration_id').andOn(
            's.entity_ref',
            'r.entity_ref',
          );
        })
        .where('r.migration_id', migration.id)
        .whereIn('r.entity_ref', refs)
        .select(
          'r.entity_ref',
          'r.track',
          'r.live',
          'r.rolled_back_at',
          'r.stage',
          'r.annotation_stage',
          'r.stage_changed_at',
          'r.migrated_at',
          'r.result_hash',
          's.api_stage',
          's.api_stage_at',
          's.annotation_stage_at',
          's.wave',
          's.wave_set_by',
          's.wave_set_at',
        );
      const byRef = new Map(stored.map(row => [row.entity_ref, row]));
      for (const evaluation of evaluations) {
        const row = byRef.get(evaluation.entityRef);
        const changed = nextResult({
          migrationId: migration.id,
          evaluation,
          previous: row ? digestFromRow(row) : undefined,
          state: row ? stateFromRow(row) : undefined,
          now,
          liveWhen: migration.liveWhen.description,
        });
        if (changed) {
          throw new Error(
            `floor: ${evaluation.entityRef} would change on a rescan of an unchanged catalog`,
          );
        }
      }
      m.checkMs += performance.now() - t;
    } while (cursor);
  } finally {
    await dropScratchTables(knex);
  }
  m.firstScanMs = m.pagingMs + m.evaluateMs + m.writeMs;
  m.rescanMs = m.pagingMs + m.evaluateMs + m.checkMs;
  return m;
}
