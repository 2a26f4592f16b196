import crypto from 'node:crypto';
import fs from 'node:fs';
import { dropPgDatabasesWithPrefix, pgAdmin } from './database';
import { GROUPS, SEED } from './catalog';
import { CATALOG_SHAPE } from './httpWorker';

/**
 * The real catalog backend ingests 100k Components (147k entities) in about
 * 40 minutes on two cores, so the HTTP run keeps the catalog's databases on
 * PostgreSQL and later runs reuse them. Their name says what is in them: the
 * size and a fingerprint of the generator, its seed, the entities' shape and
 * the catalog backend's version; anything else gets a fresh catalog.
 */
export const KEPT_PREFIX = 'solo_trek_bench_catalog_';

function fingerprint(): string {
  const hash = crypto.createHash('sha256');
  for (const file of [
    '@internal/demo-catalog/src/generate.js',
    '@internal/demo-catalog/src/catalogRelations.js',
  ]) {
    hash.update(fs.readFileSync(require.resolve(file)));
  }
  // Installed in the workspace (packages/backend uses it), as in httpWorker.ts.
  // eslint-disable-next-line @backstage/no-undeclared-imports
  const catalogBackend = require('@backstage/plugin-catalog-backend/package.json');
  hash.update(
    JSON.stringify([GROUPS, SEED, CATALOG_SHAPE, catalogBackend.version]),
  );
  return hash.digest('hex').slice(0, 10);
}

/** The database prefix of the kept catalog of this many Components. */
export function keptCatalogPrefix(services: number): string {
  return `${KEPT_PREFIX}${services}_${fingerprint()}_`;
}

export interface KeptCatalog {
  /** How long the ingestion took, in the run that finished it. */
  ingestMs: number;
  at: string;
  /** That run resumed an interrupted one: ingestMs covers only the rest. */
  resumed: boolean;
}

async function databaseExists(url: string, database: string) {
  const admin = pgAdmin(url);
  try {
    const { rows } = await admin.raw(
      'select 1 from pg_database where datname = ?',
      [database],
    );
    return rows.length > 0;
  } finally {
    await admin.destroy();
  }
}

/** Whether a database of the kept catalog exists, finished or not. */
export async function keptCatalogStarted(url: string, prefix: string) {
  return databaseExists(url, `${prefix}catalog`);
}

/** Whether an earlier run left this catalog, ingested in full. */
export async function keptCatalogInfo(
  url: string,
  prefix: string,
): Promise<KeptCatalog | undefined> {
  if (!(await databaseExists(url, `${prefix}bench`))) return undefined;
  const db = pgAdmin(url, `${prefix}bench`);
  try {
    const row = await db('ingested').first();
    return row
      ? {
          ingestMs: Number(row.ingest_ms),
          at: row.at,
          resumed: Boolean(row.resumed),
        }
      : undefined;
  } catch {
    return undefined;
  } finally {
    await db.destroy();
  }
}

/** Records that the catalog under `prefix` is fully ingested. */
export async function markCatalogIngested(
  url: string,
  prefix: string,
  ingestMs: number,
  resumed: boolean,
) {
  const admin = pgAdmin(url);
  try {
    await admin.raw('CREATE DATABASE ??', [`${prefix}bench`]);
  } finally {
    await admin.destroy();
  }
  const db = pgAdmin(url, `${prefix}bench`);
  try {
    await db.schema.createTable('ingested', t => {
      t.bigInteger('ingest_ms').notNullable();
      t.string('at').notNullable();
      t.boolean('resumed').notNullable();
    });
    await db('ingested').insert({
      ingest_ms: Math.round(ingestMs),
      at: new Date().toISOString(),
      resumed,
    });
  } finally {
    await db.destroy();
  }
}

/** Drops every kept catalog (`yarn bench --drop-catalogs`). */
export async function dropKeptCatalogs(url: string) {
  await dropPgDatabasesWithPrefix(url, KEPT_PREFIX);
}
