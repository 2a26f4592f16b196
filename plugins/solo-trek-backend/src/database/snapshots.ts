import { Knex } from 'knex';
import { SnapshotRow, TrackSnapshotRow } from './SoloTrekStore';
import { chunk, toNumber } from './rowValues';
import {
  Count,
  ResultRow,
  SnapshotDbRow,
  TrackSnapshotDbRow,
} from './tableRows';
import { StoreContext } from './storeContext';

/** What both snapshot tables are kept by. */
type DayRow = Pick<SnapshotDbRow & TrackSnapshotDbRow, 'migration_id' | 'day'>;

/** How many rows a group has. */
const countAll = (db: Knex) => db.raw('COUNT(*) as count');

/**
 * How many of a group pass every must item: must_pass is a boolean on
 * PostgreSQL and 0/1 on SQLite, so it is summed through a CASE. Null (a
 * SUM over no rows) reads as 0 through toNumber.
 */
const compliantSum = (db: Knex) =>
  db.raw('SUM(CASE WHEN must_pass THEN 1 ELSE 0 END) as compliant');

/**
 * Today's per-track, per-stage counts in snapshot_tracks, written like the
 * per-team ones: only the rows that differ.
 */
async function writeTrackSnapshot(
  tx: Knex.Transaction,
  migrationId: string,
  day: string,
) {
  const counts = await tx<ResultRow>('entity_results')
    .where('migration_id', migrationId)
    .groupBy('track', 'stage')
    .select<
      Array<
        Pick<ResultRow, 'track' | 'stage'> & {
          count: Count;
          compliant: Count | null;
        }
      >
    >('track', 'stage', countAll(tx), compliantSum(tx));
  const key = (track: string, stage: string) => `${track}\u0000${stage}`;
  const fresh = new Map(
    counts.map(c => [
      key(c.track, c.stage),
      {
        migration_id: migrationId,
        day,
        track: c.track,
        stage: c.stage,
        count: toNumber(c.count),
        compliant: toNumber(c.compliant),
      },
    ]),
  );
  const stored = await tx<TrackSnapshotDbRow>('snapshot_tracks').where({
    migration_id: migrationId,
    day,
  });
  for (const s of stored) {
    const f = fresh.get(key(s.track, s.stage));
    if (!f) {
      await tx<TrackSnapshotDbRow>('snapshot_tracks')
        .where({
          migration_id: migrationId,
          day,
          track: s.track,
          stage: s.stage,
        })
        .delete();
    } else if (
      f.count === toNumber(s.count) &&
      f.compliant === toNumber(s.compliant)
    ) {
      fresh.delete(key(s.track, s.stage));
    }
  }
  if (fresh.size) {
    await tx<TrackSnapshotDbRow>('snapshot_tracks')
      .insert([...fresh.values()])
      .onConflict(['migration_id', 'day', 'track', 'stage'])
      .merge(['count', 'compliant']);
  }
}

/** The snapshots tables: per-team and per-track, per-stage counts by day. */
export class SnapshotStore {
  constructor(private readonly ctx: StoreContext) {}

  async writeSnapshot(migrationId: string, day: string) {
    await this.ctx.db.transaction(async tx => {
      const counts = await tx<ResultRow>('entity_results')
        .where('migration_id', migrationId)
        .groupBy('owner_ref', 'stage')
        .select<
          Array<
            Pick<ResultRow, 'owner_ref' | 'stage'> & {
              count: Count;
              compliant: Count | null;
            }
          >
        >('owner_ref', 'stage', countAll(tx), compliantSum(tx));
      const key = (ownerRef: string, stage: string) =>
        `${ownerRef}\u0000${stage}`;
      const fresh = new Map<
        string,
        SnapshotDbRow & { count: number; compliant: number }
      >();
      for (const c of counts) {
        const row = {
          migration_id: migrationId,
          day,
          owner_ref: c.owner_ref ?? '',
          stage: c.stage,
          count: toNumber(c.count),
          compliant: toNumber(c.compliant),
        };
        fresh.set(key(row.owner_ref, row.stage), row);
      }
      // Rewriting a day replaces it, but only the rows that differ are
      // written: a scan over an unchanged catalog writes none.
      const stored = await tx<SnapshotDbRow>('snapshots')
        .where({ migration_id: migrationId, day })
        .select('owner_ref', 'stage', 'count', 'compliant');
      const gone: typeof stored = [];
      for (const s of stored) {
        const k = key(s.owner_ref, s.stage);
        const f = fresh.get(k);
        if (!f) gone.push(s);
        else if (
          f.count === toNumber(s.count) &&
          f.compliant === toNumber(s.compliant)
        ) {
          fresh.delete(k);
        }
      }
      for (const batch of chunk(gone)) {
        await tx<SnapshotDbRow>('snapshots')
          .where({ migration_id: migrationId, day })
          .whereIn(
            ['owner_ref', 'stage'],
            batch.map(s => [s.owner_ref, s.stage]),
          )
          .delete();
      }
      for (const batch of chunk([...fresh.values()])) {
        await tx<SnapshotDbRow>('snapshots')
          .insert(batch)
          .onConflict(['migration_id', 'day', 'owner_ref', 'stage'])
          .merge(['count', 'compliant']);
      }
      await writeTrackSnapshot(tx, migrationId, day);
    });
  }

  async listTrackSnapshots(
    migrationId: string,
    fromDay?: string,
  ): Promise<TrackSnapshotRow[]> {
    const query = this.ctx
      .db<TrackSnapshotDbRow>('snapshot_tracks')
      .where('migration_id', migrationId)
      .orderBy('day');
    if (fromDay) query.where('day', '>=', fromDay);
    const rows = await query;
    return rows.map(row => ({
      day: row.day,
      track: row.track,
      stage: row.stage,
      count: toNumber(row.count),
      compliant: toNumber(row.compliant),
    }));
  }

  async listSnapshots(
    migrationId: string,
    fromDay?: string,
  ): Promise<SnapshotRow[]> {
    const query = this.ctx
      .db<SnapshotDbRow>('snapshots')
      .where('migration_id', migrationId)
      .orderBy('day');
    if (fromDay) query.where('day', '>=', fromDay);
    const rows = await query;
    return rows.map(row => ({
      day: row.day,
      ownerRef: row.owner_ref,
      stage: row.stage,
      count: toNumber(row.count),
      compliant: toNumber(row.compliant),
    }));
  }

  /**
   * Keeps daily snapshots from `keepDailyFrom` on and only Mondays before
   * it, per team and per track; returns how many per-team rows went, as
   * callers have always read it.
   */
  async pruneSnapshots(migrationId: string, keepDailyFrom: string) {
    const deleted = await this.thinOut('snapshots', migrationId, keepDailyFrom);
    // The per-track counts thin out the same way, by their own days.
    await this.thinOut('snapshot_tracks', migrationId, keepDailyFrom);
    return deleted;
  }

  /** Deletes a table's days before `keepDailyFrom` but Mondays: weekly beyond the daily window. */
  private async thinOut(
    table: 'snapshots' | 'snapshot_tracks',
    migrationId: string,
    keepDailyFrom: string,
  ) {
    const days = await this.ctx
      .db<DayRow>(table)
      .where('migration_id', migrationId)
      .where('day', '<', keepDailyFrom)
      .distinct('day')
      .pluck('day');
    const drop = days.filter(
      day => new Date(`${day}T00:00:00Z`).getUTCDay() !== 1,
    );
    let deleted = 0;
    for (const batch of chunk(drop)) {
      deleted += await this.ctx
        .db<DayRow>(table)
        .where('migration_id', migrationId)
        .whereIn('day', batch)
        .delete();
    }
    return deleted;
  }
}
