import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';
import { Waiver } from './SoloTrekStore';
import { bounded, clean, waiverFromRow } from './rowValues';
import { WaiverRow } from './tableRows';
import { StoreContext } from './storeContext';
import { bumpResultsVersion } from './scans';

/** Waiver ids are uuid columns on PostgreSQL: anything else matches nothing. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A unique violation of the one-active-waiver index, in either dialect. */
function isActiveWaiverConflict(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  if (e?.code === '23505') return e.constraint === 'waivers_one_active';
  return (
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    String(e.message).includes('waivers.creed_id')
  );
}

/**
 * Inserts an active waiver inside `tx` and bumps the results version with
 * it. A second active waiver of the item violates the unique index: see
 * activeWaiverConflict.
 */
export async function insertWaiver(tx: Knex.Transaction, waiver: Waiver) {
  const item = {
    migration_id: waiver.migrationId,
    entity_ref: waiver.entityRef,
    creed_id: waiver.creedId,
  };
  // An expired waiver no longer counts but still holds the item's place in
  // the one-active index: it is closed as of its expiry.
  await tx<WaiverRow>('waivers')
    .where(item)
    .whereNull('revoked_at')
    .where('expires_at', '<=', waiver.createdAt)
    .update({ revoked_at: tx.ref('expires_at'), revoked_by: null });
  // One that has expired already never counts, so never holds the place.
  const expired = waiver.expiresAt <= waiver.createdAt;
  await tx<WaiverRow>('waivers').insert({
    ...item,
    id: waiver.id,
    reason: clean(waiver.reason),
    expires_at: waiver.expiresAt,
    created_by: bounded(waiver.createdBy, 512),
    created_at: waiver.createdAt,
    revoked_at: expired ? waiver.expiresAt : null,
  });
  await bumpResultsVersion(tx, waiver.migrationId);
}

/**
 * Parallel creations race past any check the service makes: the unique
 * index decides, and the losers get this 409 (undefined for other errors).
 */
export function activeWaiverConflict(
  error: unknown,
  waiver: Pick<Waiver, 'entityRef' | 'creedId'>,
): ConflictError | undefined {
  if (!isActiveWaiverConflict(error)) return undefined;
  return new ConflictError(
    `${waiver.entityRef} already has an active waiver for "${waiver.creedId}"; remove it before adding another`,
  );
}

/** The waivers table: at most one active waiver per item (a unique index). */
export class WaiverStore {
  constructor(private readonly ctx: StoreContext) {}

  private table() {
    return this.ctx.db<WaiverRow>('waivers');
  }

  async createWaiver(waiver: Waiver) {
    try {
      // The version moves with the row: a reader that sees the new version
      // also sees the waiver, so nothing caches the old list under it.
      await this.ctx.db.transaction(tx => insertWaiver(tx, waiver));
    } catch (error) {
      throw activeWaiverConflict(error, waiver) ?? error;
    }
  }

  async listActiveWaivers(migrationId: string, entityRef: string, now: Date) {
    const rows = await this.table()
      .where({ migration_id: migrationId, entity_ref: entityRef })
      .whereNull('revoked_at')
      .where('expires_at', '>', now)
      .orderBy('created_at', 'asc');
    return rows.map(waiverFromRow);
  }

  async listAllActiveWaivers(migrationId: string, now: Date) {
    const rows = await this.table()
      .where({ migration_id: migrationId })
      .whereNull('revoked_at')
      .where('expires_at', '>', now)
      .orderBy('created_at', 'asc');
    return rows.map(waiverFromRow);
  }

  async getWaiver(id: string) {
    if (!UUID.test(id)) return undefined;
    const row = await this.table()
      .where({ id })
      .whereNull('revoked_at')
      .first();
    return row ? waiverFromRow(row) : undefined;
  }

  async revokeWaiver(id: string, revokedBy: string, now: Date) {
    if (!UUID.test(id)) return false;
    const row = await this.table().where({ id }).first();
    if (!row) return false;
    const count = await this.table()
      .where({ id })
      .whereNull('revoked_at')
      .update({ revoked_at: now, revoked_by: bounded(revokedBy, 512) });
    if (count > 0) await bumpResultsVersion(this.ctx.db, row.migration_id);
    return count > 0;
  }
}
