import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';
import { Wave, WaveRow, WaveUpdate } from './SoloTrekStore';
import { bounded, chunk, clean, toDateOrNull, waveFromRow } from './rowValues';
import { ResultRow, StateRow, WaveDbRow } from './tableRows';
import { resultsWithState, WAVE_SQL } from './resultsWithState';
import { bumpResultsVersion } from './scans';
import { StoreContext } from './storeContext';
import { keysetPages } from './keysetPages';
import { Track } from '@internal/plugin-solo-trek-common';

/** Rows per page of `waveRowPages`: ~2 MB of rows, a few ms per range read. */
const WAVE_PAGE = 5_000;

/** Two writers creating one wave: the primary key decides, in either dialect. */
function isDuplicate(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    e?.code === '23505' ||
    (e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' &&
      String(e.message).includes('waves'))
  );
}

type WaveRowSelect = Pick<
  ResultRow,
  | 'entity_ref'
  | 'title'
  | 'owner_ref'
  | 'track'
  | 'stage'
  | 'migrated_at'
  | 'depends_on'
> & { wave: string | null };

/**
 * The waves table (the plan of each migration; deleted waves are kept, so
 * the config's seeds never bring one back) and the reads of results the
 * plan is computed from. A service's wave is the one set through the API
 * (entity_state.wave; '' removes it), else its solo-trek.io/wave
 * annotation. Every write bumps the results version: the cached documents
 * and cards show the plan.
 */
export class WaveStore {
  constructor(private readonly ctx: StoreContext) {}

  private table(db: Knex | Knex.Transaction = this.ctx.db) {
    return db<WaveDbRow>('waves');
  }

  async listWaves(migrationId: string): Promise<Wave[]> {
    const rows = await this.table()
      .where({ migration_id: migrationId })
      .whereNull('deleted_at')
      .orderBy('position')
      .orderBy('id');
    return rows.map(waveFromRow);
  }

  async getWave(migrationId: string, id: string): Promise<Wave | undefined> {
    const row = await this.table()
      .where({ migration_id: migrationId, id })
      .whereNull('deleted_at')
      .first();
    return row ? waveFromRow(row) : undefined;
  }

  async createWave(wave: Wave): Promise<void> {
    try {
      await this.ctx.db.transaction(async tx => {
        await this.table(tx).insert({
          migration_id: wave.migrationId,
          id: wave.id,
          title: clean(wave.title),
          position: wave.order,
          planned_start: wave.plannedStart,
          planned_end: wave.plannedEnd,
          status: wave.status,
          created_by: bounded(wave.createdBy, 512),
          created_at: wave.createdAt,
          updated_by: bounded(wave.updatedBy, 512),
          updated_at: wave.updatedAt,
        });
        await bumpResultsVersion(tx, wave.migrationId);
      });
    } catch (error) {
      if (isDuplicate(error)) {
        throw new ConflictError(
          `Migration "${wave.migrationId}" already has or had a wave "${wave.id}"; choose another id`,
        );
      }
      throw error;
    }
  }

  async updateWave(
    migrationId: string,
    id: string,
    update: WaveUpdate,
  ): Promise<Wave | undefined> {
    return this.ctx.db.transaction(async tx => {
      const count = await this.table(tx)
        .where({ migration_id: migrationId, id })
        .whereNull('deleted_at')
        .update({
          title: clean(update.title),
          position: update.order,
          planned_start: update.plannedStart,
          planned_end: update.plannedEnd,
          status: update.status,
          updated_by: bounded(update.updatedBy, 512),
          updated_at: update.updatedAt,
        });
      if (count === 0) return undefined;
      await bumpResultsVersion(tx, migrationId);
      const row = await this.table(tx)
        .where({ migration_id: migrationId, id })
        .first();
      return row ? waveFromRow(row) : undefined;
    });
  }

  /** Deletes a wave (kept as deleted) and takes its members out of it. */
  async deleteWave(
    migrationId: string,
    id: string,
    deletedBy: string,
    now: Date,
  ): Promise<boolean> {
    return this.ctx.db.transaction(async tx => {
      const count = await this.table(tx)
        .where({ migration_id: migrationId, id })
        .whereNull('deleted_at')
        .update({ deleted_at: now, deleted_by: bounded(deletedBy, 512) });
      if (count === 0) return false;
      await tx<StateRow>('entity_state')
        .where({ migration_id: migrationId, wave: id })
        .update({
          wave: null,
          wave_set_by: bounded(deletedBy, 512),
          wave_set_at: now,
        });
      await bumpResultsVersion(tx, migrationId);
      return true;
    });
  }

  /** Creates the waves of `seeds` the plan never had; returns how many. */
  async seedWaves(migrationId: string, seeds: Wave[]): Promise<number> {
    if (seeds.length === 0) return 0;
    return this.ctx.db.transaction(async tx => {
      const known = new Set(
        await this.table(tx).where({ migration_id: migrationId }).pluck('id'),
      );
      const fresh = seeds.filter(s => !known.has(s.id));
      if (fresh.length === 0) return 0;
      await this.table(tx)
        .insert(
          fresh.map(w => ({
            migration_id: migrationId,
            id: w.id,
            title: clean(w.title),
            position: w.order,
            planned_start: w.plannedStart,
            planned_end: w.plannedEnd,
            status: w.status,
            created_by: bounded(w.createdBy, 512),
            created_at: w.createdAt,
            updated_by: bounded(w.updatedBy, 512),
            updated_at: w.updatedAt,
          })),
        )
        .onConflict(['migration_id', 'id'])
        .ignore();
      await bumpResultsVersion(tx, migrationId);
      return fresh.length;
    });
  }

  private waveRowQuery(migrationId: string) {
    const { db } = this.ctx;
    return resultsWithState(db, migrationId).select<WaveRowSelect[]>(
      'r.entity_ref',
      'r.title',
      'r.owner_ref',
      'r.track',
      'r.stage',
      'r.migrated_at',
      'r.depends_on',
      db.raw(`${WAVE_SQL} as wave`),
    );
  }

  /** The results of `refs` as the plan reads them. */
  async waveRows(migrationId: string, refs: string[]): Promise<WaveRow[]> {
    const out: WaveRow[] = [];
    for (const part of chunk([...new Set(refs)])) {
      const rows = await this.waveRowQuery(migrationId).whereIn(
        'r.entity_ref',
        part,
      );
      out.push(...rows.map(toWaveRow));
    }
    return out;
  }

  /**
   * A migration's results of one track as the plan reads them, in pages of
   * `pageSize` in entity ref order (keyset, so each page is one indexed
   * range read): the wave plan walks the Caravan without holding it (issue
   * 20: at 1M every row at once was ~1M objects).
   */
  async *waveRowPages(
    migrationId: string,
    options: { track: Track; pageSize?: number },
  ): AsyncGenerator<WaveRow[]> {
    const pageSize = options.pageSize ?? WAVE_PAGE;
    const pages = keysetPages(
      after => {
        const query = this.waveRowQuery(migrationId)
          .where('r.track', options.track)
          .orderBy('r.entity_ref')
          .limit(pageSize);
        if (after !== undefined) query.where('r.entity_ref', '>', after);
        return query;
      },
      row => row.entity_ref,
      pageSize,
    );
    for await (const rows of pages) yield rows.map(toWaveRow);
  }

  /** The results whose wave is `waveId`. */
  async waveMembers(migrationId: string, waveId: string): Promise<WaveRow[]> {
    const rows = await this.waveRowQuery(migrationId).whereRaw(
      `${WAVE_SQL} = ?`,
      [waveId],
    );
    return rows.map(toWaveRow);
  }
}

function toWaveRow(row: WaveRowSelect): WaveRow {
  return {
    entityRef: row.entity_ref,
    title: row.title ?? null,
    ownerRef: row.owner_ref ?? null,
    track: row.track,
    stage: row.stage,
    migratedAt: toDateOrNull(row.migrated_at),
    wave: row.wave ?? null,
    dependsOn: row.depends_on ? JSON.parse(row.depends_on) : [],
  };
}
