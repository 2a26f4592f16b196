import { Knex } from 'knex';
import { HistoryEntry } from './SoloTrekStore';
import { historyFromRow, HistoryRow } from './rows';
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
         'created_at', h.created_at)) from (${newest}) h) as h_history`,
    );
  }
}
