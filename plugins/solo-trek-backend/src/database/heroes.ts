import { HeroMonthRecord, HeroNominationRow } from './SoloTrekStore';
import { bounded, clean, toDate, toNumber } from './rowValues';
import { HeroMonthDbRow, HeroNominationDbRow } from './tableRows';
import { StoreContext } from './storeContext';
import { bumpResultsVersion } from './scans';

function heroMonthFromRow(row: HeroMonthDbRow): HeroMonthRecord {
  return {
    migrationId: row.migration_id,
    month: row.month,
    nominee: row.nominee,
    nominations: toNumber(row.nominations),
    reasons: JSON.parse(row.reasons),
    timeZone: row.time_zone,
    closedAt: toDate(row.closed_at),
    recordedAt: toDate(row.recorded_at),
  };
}

/**
 * The hero_nominations table (one nomination per nominator and month) and
 * hero_months (each ended month's winner, recorded once).
 */
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

  /**
   * Records ended months; a month already recorded (by another replica, or
   * before) keeps its first record. Returns how many were new.
   */
  async recordHeroMonths(records: HeroMonthRecord[]): Promise<number> {
    if (records.length === 0) return 0;
    const { db } = this.ctx;
    return db.transaction(async tx => {
      const inserted = await tx<HeroMonthDbRow>('hero_months')
        .insert(
          records.map(r => ({
            migration_id: r.migrationId,
            month: r.month,
            nominee: bounded(r.nominee, 512),
            nominations: r.nominations,
            reasons: JSON.stringify(r.reasons.map(clean)),
            time_zone: bounded(r.timeZone, 64),
            closed_at: r.closedAt,
            recorded_at: r.recordedAt,
          })),
        )
        .onConflict(['migration_id', 'month'])
        .ignore()
        .returning('month');
      // The leaderboard's Migration Hero badge follows the record.
      for (const id of new Set(records.map(r => r.migrationId))) {
        if (inserted.length > 0) await bumpResultsVersion(tx, id);
      }
      return inserted.length;
    });
  }

  /** Recorded months, newest first; one month when `month` is given. */
  async listHeroMonths(
    migrationId: string,
    month?: string,
  ): Promise<HeroMonthRecord[]> {
    const query = this.ctx
      .db<HeroMonthDbRow>('hero_months')
      .where('migration_id', migrationId)
      .orderBy('month', 'desc');
    if (month) query.where('month', month);
    return (await query).map(heroMonthFromRow);
  }
}
