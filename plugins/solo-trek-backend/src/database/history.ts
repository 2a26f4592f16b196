import { Knex } from 'knex';
import { HistoryEntry, RollbackRow } from './SoloTrekStore';
import { countRows, historyFromRow, toDate } from './rowValues';
import { HistoryRow, ResultRow } from './tableRows';
import { StoreContext } from './storeContext';

/** The newest stage changes a card shows. */
export const HISTORY_LIMIT = 500;

/** The stage_history table: an append-only log of stage changes. */
export class HistoryStore {
  constructor(private readonly ctx: StoreContext) {}

  async getHistory(
    migrationId: string,
    entityRef: string,
  ): Promise<HistoryEntry[]> {
    const rows = await this.ctx
      .db<HistoryRow>('stage_history')
      .where({ migration_id: migrationId, entity_ref: entityRef })
      .orderBy('id', 'desc')
      .limit(HISTORY_LIMIT);
    return rows.map(historyFromRow);
  }

  /** When each rollback of a migration happened, for the count per month. */
  async rollbackDates(migrationId: string): Promise<Date[]> {
    const rows = await this.ctx
      .db<HistoryRow>('stage_history')
      .where({ migration_id: migrationId, rollback: true })
      .select('created_at');
    return rows.map(r => toDate(r.created_at));
  }

  /** A page of a migration's rollbacks, newest first, with the entity's title and track. */
  async rollbacks(
    migrationId: string,
    page: { limit: number; offset: number },
  ): Promise<{ total: number; items: RollbackRow[] }> {
    const { db } = this.ctx;
    const base = db<HistoryRow>('stage_history as h')
      .where('h.migration_id', migrationId)
      .where('h.rollback', true);
    const total = await countRows(base);
    const rows = await base
      .clone()
      .leftJoin('entity_results as r', function join() {
        this.on('r.migration_id', 'h.migration_id').andOn(
          'r.entity_ref',
          'h.entity_ref',
        );
      })
      .orderBy('h.created_at', 'desc')
      .orderBy('h.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .select<
        Array<
          HistoryRow & {
            title: ResultRow['title'];
            track: RollbackRow['track'];
          }
        >
      >('h.*', 'r.title', 'r.track');
    return {
      total,
      items: rows.map(row => ({
        ...historyFromRow(row),
        title: row.title ?? null,
        track: row.track ?? null,
      })),
    };
  }

  /**
   * The history of the result row `r` as a JSON array of rows, newest
   * first, as getHistory gives it: a correlated subquery in each dialect's
   * JSON aggregate, for the card's one query.
   */
  historyJson(): Knex.Raw {
    const { db, dialect } = this.ctx;
    const newest = `select * from stage_history
      where migration_id = r.migration_id and entity_ref = r.entity_ref
      order by id desc limit ${HISTORY_LIMIT}`;
    if (dialect === 'pg') {
      return db.raw(
        `(select coalesce(json_agg(h order by h.id desc), '[]'::json) from (${newest}) h) as h_history`,
      );
    }
    // SQLite keeps the subquery's order in the aggregate.
    return db.raw(
      `(select json_group_array(json_object(
         'id', h.id, 'entity_ref', h.entity_ref, 'owner_ref', h.owner_ref,
         'from_stage', h.from_stage, 'to_stage', h.to_stage,
         'source', h.source, 'actor', h.actor, 'note', h.note,
         'created_at', h.created_at, 'rollback', h.rollback,
         'went_live_at', h.went_live_at,
         'post_mortem_url', h.post_mortem_url)) from (${newest}) h) as h_history`,
    );
  }
}
