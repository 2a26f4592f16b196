import { ConflictError } from '@backstage/errors';
import {
  ListedWaiverRequest,
  WaiverRequest,
  WaiverRequestDecision,
  WaiverRequestStatus,
} from '../domain/model';
import {
  bounded,
  clean,
  countRows,
  cleanOrNull,
  toDate,
  toDateOrNull,
} from './rowValues';
import { WaiverRequestRow } from './tableRows';
import { StoreContext } from './storeContext';
import { WaiverRequestQuery } from './SoloTrekStore';
import { activeWaiverConflict, insertWaiver } from './waivers';

/** Request ids are uuid columns on PostgreSQL: anything else matches nothing. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A unique violation of the one-pending-request index, in either dialect. */
function isPendingConflict(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  if (e?.code === '23505') {
    return e.constraint === 'waiver_requests_one_pending';
  }
  return (
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    String(e.message).includes('waiver_requests.creed_id')
  );
}

function fromRow(row: WaiverRequestRow): WaiverRequest {
  return {
    id: row.id,
    migrationId: row.migration_id,
    entityRef: row.entity_ref,
    creedId: row.creed_id,
    reason: row.reason,
    requestedExpiresAt: toDate(row.requested_expires_at),
    requestedBy: row.requested_by,
    requestedAt: toDate(row.requested_at),
    status: row.status as WaiverRequestStatus,
    decidedBy: row.decided_by,
    decidedAt: toDateOrNull(row.decided_at),
    decisionNote: row.decision_note,
    grantedExpiresAt: toDateOrNull(row.granted_expires_at),
    waiverId: row.waiver_id,
  };
}

/**
 * The waiver_requests table: at most one pending request per item (a
 * partial unique index), decided once (compare-and-set on the status), an
 * approval creating its waiver in the same transaction.
 */
export class WaiverRequestStore {
  constructor(private readonly ctx: StoreContext) {}

  async createWaiverRequest(request: WaiverRequest): Promise<void> {
    try {
      await this.ctx.db<WaiverRequestRow>('waiver_requests').insert({
        id: request.id,
        migration_id: request.migrationId,
        entity_ref: bounded(request.entityRef, 512),
        creed_id: request.creedId,
        reason: clean(request.reason),
        requested_expires_at: request.requestedExpiresAt,
        requested_by: bounded(request.requestedBy, 512),
        requested_at: request.requestedAt,
        status: request.status,
        decided_by: null,
        decided_at: null,
        decision_note: null,
        granted_expires_at: null,
        waiver_id: null,
      });
    } catch (error) {
      // Two clicks, or two owners, race past the service's check: the index
      // decides and the later one gets a 409.
      if (isPendingConflict(error)) {
        throw new ConflictError(
          `${request.entityRef} already has a pending waiver request for "${request.creedId}"; wait for the platform team's decision`,
        );
      }
      throw error;
    }
  }

  async getWaiverRequest(id: string): Promise<WaiverRequest | undefined> {
    if (!UUID.test(id)) return undefined;
    const row = await this.ctx
      .db<WaiverRequestRow>('waiver_requests')
      .where({ id })
      .first();
    return row ? fromRow(row) : undefined;
  }

  /**
   * Requests newest first, each with its entity's title and owner as last
   * evaluated (null once the entity left the scope).
   */
  async listWaiverRequests(
    migrationId: string,
    query: WaiverRequestQuery,
  ): Promise<{ total: number; items: ListedWaiverRequest[] }> {
    const { db } = this.ctx;
    const base = () => {
      const q = db<WaiverRequestRow>('waiver_requests as r').where(
        'r.migration_id',
        migrationId,
      );
      if (query.status) q.where('r.status', query.status);
      if (query.entityRef) q.where('r.entity_ref', query.entityRef);
      return q;
    };
    const total = await countRows(base());
    const rows = await base()
      .leftJoin('entity_results as e', join =>
        join
          .on('e.migration_id', 'r.migration_id')
          .andOn('e.entity_ref', 'r.entity_ref'),
      )
      .select<
        Array<
          WaiverRequestRow & {
            title: string | null;
            owner_ref: string | null;
          }
        >
      >('r.*', 'e.title', 'e.owner_ref')
      .orderBy([
        { column: 'r.requested_at', order: 'desc' },
        { column: 'r.id', order: 'asc' },
      ])
      .limit(query.limit)
      .offset(query.offset);
    return {
      total,
      items: rows.map(row => ({
        ...fromRow(row),
        entityTitle: row.title ?? null,
        ownerRef: row.owner_ref ?? null,
      })),
    };
  }

  /**
   * Closes a pending request: only if it is still pending (another decision
   * got there first: 409), and for an approval only if its waiver can be
   * created (an active one exists: 409). Both or neither are written.
   */
  async decideWaiverRequest(
    id: string,
    decision: WaiverRequestDecision & { by: string; at: Date },
  ): Promise<WaiverRequest> {
    const { db } = this.ctx;
    const current = await this.getWaiverRequest(id);
    if (!current) {
      throw new ConflictError(`No waiver request ${id}`);
    }
    try {
      await db.transaction(async tx => {
        const changed = await tx<WaiverRequestRow>('waiver_requests')
          .where({ id, status: 'pending' })
          .update({
            status: decision.status,
            decided_by: bounded(decision.by, 512),
            decided_at: decision.at,
            decision_note: cleanOrNull(decision.note),
            granted_expires_at:
              decision.status === 'approved' ? decision.waiver.expiresAt : null,
            waiver_id:
              decision.status === 'approved' ? decision.waiver.id : null,
          });
        if (changed === 0) {
          const now = await tx<WaiverRequestRow>('waiver_requests')
            .where({ id })
            .first();
          throw new ConflictError(
            `The waiver request was already ${now?.status ?? 'closed'}${
              now?.decided_by ? ` by ${now.decided_by}` : ''
            }; reload to see its decision`,
          );
        }
        if (decision.status === 'approved') {
          await insertWaiver(tx, decision.waiver);
        }
      });
    } catch (error) {
      if (decision.status === 'approved') {
        const conflict = activeWaiverConflict(error, decision.waiver);
        if (conflict) throw conflict;
      }
      throw error;
    }
    return (await this.getWaiverRequest(id))!;
  }
}
