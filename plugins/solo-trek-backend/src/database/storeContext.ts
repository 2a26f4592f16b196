import { Knex } from 'knex';
import { ScanSupersededError } from './SoloTrekStore';

/** The two databases the store runs on, decided once from the client. */
export type Dialect = 'pg' | 'sqlite';

export function dialectOf(db: Knex): Dialect {
  return db.client.config.client === 'pg' ? 'pg' : 'sqlite';
}

/** What every part of the store shares: one knex and its dialect. */
export interface StoreContext {
  readonly db: Knex;
  readonly dialect: Dialect;
}

/**
 * Marks the aggregates of a migration out of date, inside the writer's
 * transaction. With a scan's token it is also the fence: a scan that a
 * newer one replaced finds its token gone and its transaction rolls back.
 * It comes last in every transaction, so the scans row is locked only
 * briefly and after any entity row (no lock-order deadlock).
 */
export async function bumpResultsVersion(
  db: Knex | Knex.Transaction,
  migrationId: string,
  scanToken?: string,
) {
  if (scanToken) {
    const updated = await db('scans')
      .where({ migration_id: migrationId, scan_token: scanToken })
      .update({ results_version: db.raw('?? + 1', ['results_version']) });
    if (updated === 0) {
      throw new ScanSupersededError(
        `A newer scan of migration ${migrationId} started; this one stops writing`,
      );
    }
    return;
  }
  await db('scans')
    .insert({ migration_id: migrationId, results_version: 1 })
    .onConflict('migration_id')
    .merge({ results_version: db.raw('?? + 1', ['scans.results_version']) });
}
