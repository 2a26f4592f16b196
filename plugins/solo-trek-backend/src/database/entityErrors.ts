import { EntityError } from './SoloTrekStore';
import { bounded, chunk, clean, toDate } from './rowValues';
import { EntityErrorRow } from './tableRows';
import { StoreContext } from './storeContext';

/** The entity_errors table: entities the last scans could not evaluate or store. */
export class EntityErrorStore {
  constructor(private readonly ctx: StoreContext) {}

  async recordEntityErrors(migrationId: string, errors: EntityError[]) {
    for (const part of chunk(errors)) {
      await this.ctx
        .db<EntityErrorRow>('entity_errors')
        .insert(
          part.map(e => ({
            migration_id: migrationId,
            entity_ref: e.entityRef,
            message: clean(e.message),
            log_id: bounded(e.logId, 32),
            failed_at: e.failedAt,
          })),
        )
        .onConflict(['migration_id', 'entity_ref'])
        .merge();
    }
  }

  async clearEntityErrors(
    migrationId: string,
    which: { entityRefs: string[] } | { before: Date },
  ) {
    if ('before' in which) {
      await this.ctx
        .db<EntityErrorRow>('entity_errors')
        .where('migration_id', migrationId)
        .where('failed_at', '<', which.before)
        .delete();
      return;
    }
    for (const refs of chunk(which.entityRefs)) {
      await this.ctx
        .db<EntityErrorRow>('entity_errors')
        .where('migration_id', migrationId)
        .whereIn('entity_ref', refs)
        .delete();
    }
  }

  async listEntityErrors(migrationId: string): Promise<EntityError[]> {
    const rows = await this.ctx
      .db<EntityErrorRow>('entity_errors')
      .where('migration_id', migrationId)
      .orderBy('entity_ref');
    return rows.map(row => ({
      entityRef: row.entity_ref,
      message: row.message,
      logId: row.log_id,
      failedAt: toDate(row.failed_at),
    }));
  }
}
