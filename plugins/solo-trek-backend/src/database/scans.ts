import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { ScanStatus, ScanSupersededError } from './SoloTrekStore';
import { chunk, cleanOrNull, scanFromRow } from './rowValues';
import { ScanRow, ScanSeenRow } from './tableRows';
import { StoreContext } from './storeContext';

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

/**
 * The scans table: one row per migration with its last scan, the running
 * scan's token and the results version (bumpResultsVersion).
 */
export class ScanStore {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * A new scan replaces any running one: its token becomes the fence, and
   * the refs older scans saw go (theirs can no longer delete anything).
   */
  async recordScanStart(migrationId: string, at: Date) {
    const token = randomUUID();
    await this.ctx.db.transaction(async tx => {
      await tx<ScanSeenRow>('scan_seen')
        .where('migration_id', migrationId)
        .delete();
      await tx<ScanRow>('scans')
        .insert({
          migration_id: migrationId,
          started_at: at,
          scan_token: token,
        })
        .onConflict('migration_id')
        .merge(['started_at', 'scan_token']);
    });
    return token;
  }

  /**
   * Records refs as seen by `seenBy` (a scan's token), so the scan holds no
   * set of every ref (issue 20). One transaction for all of them: on SQLite
   * each commit is a sync to disk, and a statement outside a transaction is
   * its own commit.
   */
  async markSeen(
    migrationId: string,
    seenBy: string,
    entityRefs: readonly string[],
  ) {
    const unique = [...new Set(entityRefs)];
    if (unique.length === 0) return;
    await this.ctx.db.transaction(async tx => {
      for (const refs of chunk(unique)) {
        await tx<ScanSeenRow>('scan_seen')
          .insert(
            refs.map(ref => ({
              migration_id: migrationId,
              seen_by: seenBy,
              entity_ref: ref,
            })),
          )
          // A catalog page may repeat an entity that moved while paging.
          .onConflict(['migration_id', 'seen_by', 'entity_ref'])
          .ignore();
      }
    });
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
    const values: Partial<ScanRow> = {
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
      await this.ctx
        .db<ScanRow>('scans')
        .where({ migration_id: migrationId, scan_token: outcome.scanToken })
        .update(values);
      return;
    }
    await this.ctx
      .db<ScanRow>('scans')
      .insert({ migration_id: migrationId, ...values })
      .onConflict('migration_id')
      .merge(Object.keys(values) as Array<keyof ScanRow>);
  }

  async getScan(migrationId: string): Promise<ScanStatus | undefined> {
    return (await this.getScanState(migrationId)).scan;
  }

  async getScanState(migrationId: string) {
    const row = await this.ctx
      .db<ScanRow>('scans')
      .where({ migration_id: migrationId })
      .first();
    return {
      scan: row ? scanFromRow(row) : undefined,
      resultsVersion: Number(row?.results_version ?? 0),
    };
  }

  async getResultsVersion(migrationId: string) {
    const row = await this.ctx
      .db<ScanRow>('scans')
      .where({ migration_id: migrationId })
      .first('results_version');
    return Number(row?.results_version ?? 0);
  }
}
