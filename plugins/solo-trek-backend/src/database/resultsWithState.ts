import { Knex } from 'knex';
import { ResultRow } from './tableRows';

/**
 * A service's wave, over `resultsWithState`: the one set through the API
 * (entity_state) wins over the annotation's, and '' set through the API
 * takes the service out of the annotation's wave.
 */
export const WAVE_SQL = "NULLIF(COALESCE(s.wave, r.annotation_wave), '')";

/**
 * A migration's results (`r`) with their state (`s`), for the reads that
 * need a service's wave: a left join, so a result with no state keeps its
 * row.
 */
export function resultsWithState(db: Knex, migrationId: string) {
  return db<ResultRow>('entity_results as r')
    .leftJoin('entity_state as s', function join() {
      this.on('s.migration_id', 'r.migration_id').andOn(
        's.entity_ref',
        'r.entity_ref',
      );
    })
    .where('r.migration_id', migrationId);
}
