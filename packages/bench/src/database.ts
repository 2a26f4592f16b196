import { DatabaseManager } from '@backstage/backend-defaults/database';
import {
  DatabaseService,
  LifecycleService,
} from '@backstage/backend-plugin-api';
import { ConfigReader, JsonObject } from '@backstage/config';
import { knex as knexFactory, Knex } from 'knex';
import { silentLogger } from './techInsights';

export type DbKind = 'sqlite' | 'pg';

/** Where a benchmark database lives; created fresh, dropped afterwards. */
export type DbTarget =
  | { kind: 'sqlite'; directory: string }
  | { kind: 'pg'; connection: string; database: string };

export const DEFAULT_PG = 'postgresql://postgres@127.0.0.1:5432';

function pgConnection(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || 'postgres'),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
  };
}

/** The `backend.database` config a production backend would use. */
export function backendDatabaseConfig(target: DbTarget) {
  if (target.kind === 'sqlite') {
    // One file per plugin in the directory, as app-config.yaml configures it.
    return {
      client: 'better-sqlite3',
      connection: { directory: target.directory },
    };
  }
  return {
    client: 'pg',
    connection: pgConnection(target.connection),
    plugin: { 'solo-trek': { connection: { database: target.database } } },
  };
}

/** `backend.database.plugin.<id>`: one plugin on exactly this database. */
export function pluginDatabaseConfig(target: DbTarget) {
  if (target.kind === 'sqlite') return backendDatabaseConfig(target);
  return {
    client: 'pg',
    connection: {
      ...pgConnection(target.connection),
      database: target.database,
    },
  };
}

/**
 * `backend.database` for a whole backend: on PostgreSQL every plugin gets
 * its own database named `<prefix><pluginId>`, as Backstage does by default.
 */
export function prefixedDatabaseConfig(target: DbTarget): JsonObject {
  if (target.kind === 'sqlite') return backendDatabaseConfig(target);
  return {
    client: 'pg',
    connection: pgConnection(target.connection),
    prefix: target.database,
  };
}

/** Drops every database whose name starts with `prefix`. */
export async function dropPgDatabasesWithPrefix(url: string, prefix: string) {
  const admin = pgAdmin(url);
  try {
    const { rows } = await admin.raw(
      'select datname from pg_database where starts_with(datname, ?)',
      [prefix],
    );
    for (const { datname } of rows) {
      await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [datname]);
    }
  } finally {
    await admin.destroy();
  }
}

const noLifecycle: LifecycleService = {
  addStartupHook() {},
  addShutdownHook() {},
};

/**
 * The plugin's DatabaseService exactly as the backend builds it
 * (DatabaseManager from @backstage/backend-defaults, from config); on
 * PostgreSQL it creates the database when missing.
 */
export function soloTrekDatabase(target: DbTarget): DatabaseService {
  return DatabaseManager.fromConfig(
    new ConfigReader({
      backend: { database: backendDatabaseConfig(target) },
    }),
  ).forPlugin('solo-trek', { logger: silentLogger, lifecycle: noLifecycle });
}

/** A connection to PostgreSQL: its maintenance database unless named. */
export function pgAdmin(url: string, database = 'postgres'): Knex {
  return knexFactory({
    client: 'pg',
    connection: { ...pgConnection(url), database },
    pool: { min: 0, max: 1 },
  });
}

export async function dropPgDatabase(url: string, database: string) {
  const admin = pgAdmin(url);
  try {
    await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [database]);
  } finally {
    await admin.destroy();
  }
}

export async function pgReachable(url: string): Promise<boolean> {
  const admin = pgAdmin(url);
  try {
    await admin.raw('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await admin.destroy();
  }
}
