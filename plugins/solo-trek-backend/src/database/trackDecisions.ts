import { Knex } from 'knex';
import { TrackDecision, TrackDriftQuery } from './SoloTrekStore';
import { countRows, resultFromRow, trackDecisionFromRow } from './rowValues';
import { ResultRow, TrackDecisionRow } from './tableRows';
import { StoreContext } from './storeContext';

/** The newest decisions a card shows; a track rarely changes more than twice. */
export const TRACK_HISTORY_LIMIT = 50;

/**
 * The track_decisions table: an append-only log of how each service's
 * track was pinned and changed, and the drift list read against it.
 */
export class TrackDecisionStore {
  constructor(private readonly ctx: StoreContext) {}

  async getTrackHistory(
    migrationId: string,
    entityRef: string,
  ): Promise<TrackDecision[]> {
    const rows = await this.ctx
      .db<TrackDecisionRow>('track_decisions')
      .where({ migration_id: migrationId, entity_ref: entityRef })
      .orderBy('id', 'desc')
      .limit(TRACK_HISTORY_LIMIT);
    return rows.map(trackDecisionFromRow);
  }

  /**
   * The decisions of the result row `r` as a JSON array of rows, newest
   * first, for the card's one query (as HistoryStore.historyJson).
   */
  decisionsJson(): Knex.Raw {
    const { db, dialect } = this.ctx;
    const newest = `select * from track_decisions
      where migration_id = r.migration_id and entity_ref = r.entity_ref
      order by id desc limit ${TRACK_HISTORY_LIMIT}`;
    if (dialect === 'pg') {
      return db.raw(
        `(select coalesce(json_agg(d order by d.id desc), '[]'::json) from (${newest}) d) as t_decisions`,
      );
    }
    return db.raw(
      `(select json_group_array(json_object(
         'id', d.id, 'entity_ref', d.entity_ref, 'from_track', d.from_track,
         'to_track', d.to_track, 'source', d.source, 'actor', d.actor,
         'note', d.note, 'created_at', d.created_at)) from (${newest}) d) as t_decisions`,
    );
  }

  async trackDrift(migrationId: string, query: TrackDriftQuery) {
    const { db } = this.ctx;
    const drifting = db<ResultRow>('entity_results')
      .where('migration_id', migrationId)
      .whereNotNull('computed_track')
      .whereRaw('computed_track <> track');
    const total = await countRows(drifting);
    const rows = await drifting
      .clone()
      .orderBy('entity_ref')
      .limit(query.limit)
      .offset(query.offset);
    const refs = rows.map(r => r.entity_ref);
    // The newest decision of each: the one that pinned its current track.
    const decisions: TrackDecisionRow[] = refs.length
      ? await db<TrackDecisionRow>('track_decisions').whereIn(
          'id',
          db<TrackDecisionRow>('track_decisions')
            .where('migration_id', migrationId)
            .whereIn('entity_ref', refs)
            .groupBy('entity_ref')
            .max('id'),
        )
      : [];
    const pinned = new Map(
      decisions.map(d => [d.entity_ref, trackDecisionFromRow(d)]),
    );
    return {
      total,
      items: rows.map(row => ({
        result: resultFromRow(row),
        pinned: pinned.get(row.entity_ref),
      })),
    };
  }
}
