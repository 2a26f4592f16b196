import { StoredResult } from './SoloTrekStore';
import { countRows, resultFromRow } from './rowValues';
import { ResultRow } from './tableRows';
import { StoreContext } from './storeContext';

/**
 * The decommission tail: results live on the new platform (`migrated`)
 * since before a date and never decommissioned, so the old deployment
 * still runs and costs. The longest-running first.
 */
export class DecommissionTailStore {
  constructor(private readonly ctx: StoreContext) {}

  async decommissionTail(
    migrationId: string,
    query: { migratedBefore: Date; limit: number; offset: number },
  ): Promise<{ total: number; items: StoredResult[] }> {
    const tail = this.ctx
      .db<ResultRow>('entity_results')
      .where({ migration_id: migrationId, stage: 'migrated' })
      .whereNotNull('migrated_at')
      .where('migrated_at', '<=', query.migratedBefore);
    const total = await countRows(tail);
    const rows = await tail
      .clone()
      .orderBy('migrated_at', 'asc')
      .orderBy('entity_ref', 'asc')
      .limit(query.limit)
      .offset(query.offset);
    return { total, items: rows.map(resultFromRow) };
  }
}
