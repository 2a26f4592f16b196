import { Knex } from 'knex';
import { StoreContext } from './storeContext';
import { bumpResultsVersion } from './scans';
import { chunk } from './rowValues';
import {
  EntityScopedRow,
  MigrationScopedRow,
  RemovalRow,
  ResultRow,
  ScanRow,
  ScanSeenRow,
} from './tableRows';

/** Every table that holds data of one migration; scans last, it marks removal. */
const MIGRATION_TABLES = [
  'entity_results',
  'entity_state',
  'stage_history',
  'track_decisions',
  'waves',
  'waivers',
  'waiver_requests',
  'snapshots',
  'snapshot_tracks',
  'aggregates',
  'hero_nominations',
  'hero_months',
  'entity_errors',
  'nudges_sent',
  'nudge_observations',
  'nudge_baselines',
  'entity_removals',
  'scan_seen',
  'scans',
];

/** Results and what is derived from them: they go at once with their migration. */
const DERIVED_TABLES = [
  'entity_results',
  'aggregates',
  'entity_errors',
  'scan_seen',
];

/**
 * The tables whose rows may be all that is left of an unconfigured
 * migration: the others but scans, which marks the removal.
 */
const ORPHAN_TABLES = MIGRATION_TABLES.filter(
  table => table !== 'scans' && !DERIVED_TABLES.includes(table),
);

/** Stored refs compared with the seen ones at once when a scan looks for entities that left. */
const STORED_PAGE = 10_000;

/**
 * What leaves with entities and migrations: results and derived data at
 * once, history and waivers after the retention (entity_removals and the
 * scans row's removed_at record when they left).
 */
export class RetentionStore {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * Deletes the results of the entities `seenBy` (a scan's token) did not
   * see, with their state and errors, and records when they left; the seen
   * rows go in the same transaction. With `scanToken`, a scan that a newer
   * one replaced deletes nothing.
   */
  async deleteUnseenResults(
    migrationId: string,
    options: { seenBy: string; scanToken?: string; now?: Date },
  ) {
    const { db } = this.ctx;
    const clearSeen = (q: Knex | Knex.Transaction) =>
      q<ScanSeenRow>('scan_seen')
        .where({ migration_id: migrationId, seen_by: options.seenBy })
        .delete();
    // A rescan of an unchanged catalog stops here, without a transaction.
    const first = await this.unseenPages(
      db,
      migrationId,
      options.seenBy,
    ).next();
    if (first.done) {
      await clearSeen(db);
      return 0;
    }
    const removedAt = options.now ?? new Date();
    return db.transaction(async tx => {
      let count = 0;
      for await (const gone of this.unseenPages(
        tx,
        migrationId,
        options.seenBy,
      )) {
        for (const refs of chunk(gone)) {
          count += await tx<ResultRow>('entity_results')
            .where('migration_id', migrationId)
            .whereIn('entity_ref', refs)
            .delete();
          for (const table of ['entity_state', 'entity_errors']) {
            await tx<EntityScopedRow>(table)
              .where('migration_id', migrationId)
              .whereIn('entity_ref', refs)
              .delete();
          }
          // The first time it was missed counts: a later scan keeps that date.
          await tx<RemovalRow>('entity_removals')
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
      }
      await clearSeen(tx);
      await bumpResultsVersion(tx, migrationId, options.scanToken);
      return count;
    });
  }

  /**
   * The stored refs `seenBy` did not see, a page at a time: a page of stored
   * refs by key, and the seen refs of the same key range, both index range
   * scans on their primary keys, compared here. Not a NOT EXISTS anti-join:
   * on PostgreSQL a scan_seen filled moments ago has no statistics, the
   * planner expects one row, and at 100k it chose a nested loop over the
   * whole materialised set per result (minutes instead of milliseconds).
   * Memory stays at one page (issue 20).
   */
  private async *unseenPages(
    q: Knex | Knex.Transaction,
    migrationId: string,
    seenBy: string,
  ): AsyncGenerator<string[]> {
    let after: string | undefined;
    for (;;) {
      const stored = q<ResultRow>('entity_results')
        .where('migration_id', migrationId)
        .orderBy('entity_ref')
        .limit(STORED_PAGE);
      if (after !== undefined) stored.where('entity_ref', '>', after);
      const page: string[] = await stored.pluck('entity_ref');
      if (page.length === 0) return;
      const last = page[page.length - 1];
      const seenQuery = q<ScanSeenRow>('scan_seen')
        .where({ migration_id: migrationId, seen_by: seenBy })
        .where('entity_ref', '<=', last);
      if (after !== undefined) seenQuery.where('entity_ref', '>', after);
      const seen = new Set<string>(await seenQuery.pluck('entity_ref'));
      const gone = page.filter(ref => !seen.has(ref));
      if (gone.length > 0) yield gone;
      if (page.length < STORED_PAGE) return;
      after = last;
    }
  }

  async pruneRemovedEntities(migrationId: string, removedBefore: Date) {
    const refs: string[] = await this.ctx
      .db<RemovalRow>('entity_removals')
      .where('migration_id', migrationId)
      .where('removed_at', '<', removedBefore)
      .pluck('entity_ref');
    if (refs.length === 0) return 0;
    return this.ctx.db.transaction(async tx => {
      let count = 0;
      for (const part of chunk(refs)) {
        for (const table of [
          'stage_history',
          'track_decisions',
          'waivers',
          'waiver_requests',
          'entity_state',
          'entity_errors',
          'nudges_sent',
          'nudge_observations',
          'entity_removals',
        ]) {
          count += await tx<EntityScopedRow>(table)
            .where('migration_id', migrationId)
            .whereIn('entity_ref', part)
            .delete();
        }
      }
      // Waivers are cached by results version.
      await bumpResultsVersion(tx, migrationId);
      return count;
    });
  }

  async pruneMigrationsExcept(
    migrationIds: string[],
    options: { now: Date; removedBefore: Date },
  ) {
    return this.ctx.db.transaction(async tx => {
      let count = 0;
      // Derived data goes at once, as results always did: no card or
      // aggregate of an unconfigured migration is served.
      for (const table of DERIVED_TABLES) {
        count += await tx<MigrationScopedRow>(table)
          .whereNotIn('migration_id', migrationIds)
          .delete();
      }
      // Every write bumps a scans row, so scans lists the migrations with
      // data; rows from before that are found in the other tables.
      const orphans = await tx
        .queryBuilder<MigrationScopedRow>()
        .union(
          ORPHAN_TABLES.map(table =>
            tx<MigrationScopedRow>(table)
              .distinct('migration_id')
              .whereNotIn('migration_id', migrationIds),
          ),
        )
        .pluck('migration_id');
      if (orphans.length) {
        await tx<ScanRow>('scans')
          .insert(
            orphans.map(id => ({
              migration_id: id,
              removed_at: options.now,
            })),
          )
          .onConflict('migration_id')
          .ignore();
      }
      await tx<ScanRow>('scans')
        .whereNotIn('migration_id', migrationIds)
        .whereNull('removed_at')
        .update({ removed_at: options.now });
      // Configured again within the retention: it keeps everything left.
      await tx<ScanRow>('scans')
        .whereIn('migration_id', migrationIds)
        .whereNotNull('removed_at')
        .update({ removed_at: null });
      const expired: string[] = await tx<ScanRow>('scans')
        .whereNotIn('migration_id', migrationIds)
        .where('removed_at', '<', options.removedBefore)
        .pluck('migration_id');
      if (expired.length) {
        for (const table of MIGRATION_TABLES) {
          count += await tx<MigrationScopedRow>(table)
            .whereIn('migration_id', expired)
            .delete();
        }
      }
      return count;
    });
  }
}
