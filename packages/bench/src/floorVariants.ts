/*
 * Which statement is the cheapest correct write on each database (issue 20)?
 * yarn workspace @internal/bench floor-variants [--size 10k] [--db pg|sqlite]
 *
 * The same first-scan rows (entity_results, their history, track decision
 * and state) inserted into empty tables of the plugin's schema, one
 * transaction per 500 entities, by three statements, alternated over
 * rounds: one multi-row INSERT … VALUES with bound values per table and
 * page; one INSERT … SELECT from a JSON document bound as a single value
 * (json_populate_recordset on PostgreSQL, json_each on SQLite); and, on
 * PostgreSQL, INSERT … SELECT FROM unnest(array per column).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Knex } from 'knex';
import { components, syntheticCatalog } from './catalog';
import { loadBenchConfig } from './creed';
import {
  DbTarget,
  DEFAULT_PG,
  dropPgDatabase,
  soloTrekDatabase,
} from './database';
import {
  FIRST_SCAN_TABLES,
  firstScanRows,
  FirstScanRows,
} from './firstScanRows';
import { DatabaseSoloTrekStore, evaluateEntity } from './soloTrek';

type Row = Record<string, unknown>;
type Insert = (
  tx: Knex.Transaction,
  table: string,
  rows: Row[],
) => Promise<void>;

const TABLES = FIRST_SCAN_TABLES;

const values: Insert = async (tx, table, rows) => {
  if (!rows.length) return;
  const cols = Object.keys(rows[0]);
  const tuple = `(${cols.map(() => '?').join(',')})`;
  const b: unknown[] = [];
  for (const r of rows) for (const c of cols) b.push(r[c]);
  await tx.raw(
    `INSERT INTO ?? (${cols.map(() => '??').join(',')}) VALUES ${rows
      .map(() => tuple)
      .join(',')}`,
    [table, ...cols, ...b] as any,
  );
};

const jsonPg: Insert = async (tx, table, rows) => {
  if (!rows.length) return;
  const cols = Object.keys(rows[0])
    .map(c => `"${c}"`)
    .join(',');
  await tx.raw(
    `INSERT INTO "${table}" (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::"${table}", ?::json)`,
    [JSON.stringify(rows)],
  );
};

const unnestPg =
  (types: Map<string, Map<string, string>>): Insert =>
  async (tx, table, rows) => {
    if (!rows.length) return;
    const cols = Object.keys(rows[0]);
    const t = types.get(table)!;
    await tx.raw(
      `INSERT INTO "${table}" (${cols
        .map(c => `"${c}"`)
        .join(',')}) SELECT * FROM unnest(${cols
        .map(c => `?::${t.get(c)}[]`)
        .join(',')})`,
      cols.map(c => rows.map(r => r[c])) as any,
    );
  };

const jsonSqlite: Insert = async (tx, table, rows) => {
  if (!rows.length) return;
  const cols = Object.keys(rows[0]);
  const plain = rows.map(r =>
    cols.map(c => {
      const v = r[c];
      if (v instanceof Date) return v.getTime();
      if (typeof v === 'boolean') return v ? 1 : 0;
      return v;
    }),
  );
  await tx.raw(
    `INSERT INTO "${table}" (${cols.map(c => `"${c}"`).join(',')}) SELECT ${cols
      .map((_, i) => `value ->> ${i}`)
      .join(',')} FROM json_each(?)`,
    [JSON.stringify(plain)],
  );
};

async function main() {
  const args = process.argv.slice(2);
  const size = Number(
    (args[args.indexOf('--size') + 1] ?? '10k').replace('k', '000'),
  );
  const db = (args.includes('--db') ? args[args.indexOf('--db') + 1] : 'pg') as
    | 'pg'
    | 'sqlite';
  const migration = loadBenchConfig().migrations[0];
  const comps = components(syntheticCatalog(size));
  const now = new Date();
  const pages: FirstScanRows[] = [];
  for (let i = 0; i < comps.length; i += 500) {
    const evaluations = comps
      .slice(i, i + 500)
      .map(entity => evaluateEntity(migration, entity, undefined, {}));
    pages.push(firstScanRows(migration, evaluations, now));
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'floor-variants-'));
  const target: DbTarget =
    db === 'pg'
      ? {
          kind: 'pg',
          connection: DEFAULT_PG,
          database: `solo_trek_floor_variants_${process.pid}`,
        }
      : { kind: 'sqlite', directory: dir };
  const database = soloTrekDatabase(target);
  await DatabaseSoloTrekStore.create({ database });
  const knex = await database.getClient();
  const types = new Map<string, Map<string, string>>();
  if (db === 'pg') {
    for (const t of TABLES) {
      const { rows } = await knex.raw(
        `select attname, format_type(atttypid, atttypmod) as type from pg_attribute where attrelid = ?::regclass and attnum > 0 and not attisdropped`,
        [t],
      );
      types.set(t, new Map(rows.map((r: any) => [r.attname, r.type])));
    }
  }
  const variants: Array<[string, Insert]> =
    db === 'pg'
      ? [
          ['values', values],
          ['json_populate_recordset', jsonPg],
          ['unnest', unnestPg(types)],
        ]
      : [
          ['values', values],
          ['json_each', jsonSqlite],
        ];
  const times = new Map<string, number[]>();
  for (let round = 0; round < 3; round++) {
    for (const [name, insert] of variants) {
      for (const t of TABLES) await knex(t).delete();
      const started = performance.now();
      for (const page of pages) {
        await knex.transaction(async tx => {
          for (const t of TABLES) await insert(tx, t, page[t]);
        });
      }
      const ms = performance.now() - started;
      times.set(name, [...(times.get(name) ?? []), ms]);
      const [{ n }] = await knex('entity_results').count({ n: '*' });
      process.stderr.write(
        `${db} round ${round} ${name}: ${Math.round(ms)} ms (${n} results)\n`,
      );
    }
  }
  for (const [name, ms] of times) {
    process.stdout.write(
      `${db} ${name}: best ${Math.round(
        Math.min(...ms),
      )} ms, median ${Math.round(ms.sort((a, b) => a - b)[1])} ms\n`,
    );
  }
  await knex.destroy();
  if (target.kind === 'pg') await dropPgDatabase(DEFAULT_PG, target.database);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  e => {
    process.stderr.write(`${e.stack ?? e}\n`);
    process.exit(1);
  },
);
