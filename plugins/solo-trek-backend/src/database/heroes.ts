import { HeroNominationRow } from './SoloTrekStore';
import { bounded, clean, HeroNominationDbRow, toDate } from './rows';
import { StoreContext } from './storeContext';
import { bumpResultsVersion } from './scans';

/** The hero_nominations table: one nomination per nominator and month. */
export class HeroStore {
  constructor(private readonly ctx: StoreContext) {}

  async createNomination(row: HeroNominationRow) {
    const { db } = this.ctx;
    const inserted = await db<HeroNominationDbRow>('hero_nominations')
      .insert({
        id: row.id,
        migration_id: row.migrationId,
        month: row.month,
        nominator: bounded(row.nominator, 512),
        nominee: bounded(row.nominee, 512),
        reason: clean(row.reason),
        created_at: row.createdAt,
      })
      .onConflict(['migration_id', 'month', 'nominator'])
      .ignore()
      .returning('id');
    if (inserted.length > 0) await bumpResultsVersion(db, row.migrationId);
    return inserted.length > 0;
  }

  async listNominations(migrationId: string): Promise<HeroNominationRow[]> {
    const rows = await this.ctx
      .db<HeroNominationDbRow>('hero_nominations')
      .where('migration_id', migrationId)
      .orderBy('created_at', 'asc');
    return rows.map(row => ({
      id: row.id,
      migrationId: row.migration_id,
      month: row.month,
      nominator: row.nominator,
      nominee: row.nominee,
      reason: row.reason,
      createdAt: toDate(row.created_at),
    }));
  }
}
