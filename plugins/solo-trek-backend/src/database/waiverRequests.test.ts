import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { WaiverRequest } from '../domain/model';
import { DatabaseSoloTrekStore } from './DatabaseSoloTrekStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

let n = 0;
const uuid = () =>
  `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`;

function pending(overrides: Partial<WaiverRequest> = {}): WaiverRequest {
  return {
    id: uuid(),
    migrationId: 'nimbus',
    entityRef: 'component:default/ledger',
    creedId: 'encryption-at-rest',
    reason: 'HSM keys arrive in Q2',
    requestedExpiresAt: new Date('2026-06-30T23:59:59.999Z'),
    requestedBy: 'user:default/ada',
    requestedAt: new Date('2026-03-01T10:00:00Z'),
    status: 'pending',
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
    grantedExpiresAt: null,
    waiverId: null,
    ...overrides,
  };
}

const approval = (
  request: WaiverRequest,
  at = new Date('2026-03-02T09:00:00Z'),
) => ({
  status: 'approved' as const,
  note: 'Until the HSM rollout',
  by: 'user:default/pat',
  at,
  waiver: {
    id: uuid(),
    migrationId: request.migrationId,
    entityRef: request.entityRef,
    creedId: request.creedId,
    reason: request.reason,
    expiresAt: new Date('2026-05-31T23:59:59.999Z'),
    createdBy: 'user:default/pat',
    createdAt: at,
  },
});

describe.each(databases.eachSupportedId())(
  'waiver requests on %p',
  databaseId => {
    let knex: Knex;
    let store: DatabaseSoloTrekStore;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      store = await DatabaseSoloTrekStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
    });

    beforeEach(async () => {
      await knex('waiver_requests').delete();
      await knex('waivers').delete();
    });

    it('keeps one pending request per item, whoever asks', async () => {
      await store.createWaiverRequest(pending());
      await expect(
        store.createWaiverRequest(
          pending({ requestedBy: 'user:default/grace' }),
        ),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: expect.stringContaining(
          'already has a pending waiver request',
        ),
      });
      // Another item, or another service, is another request.
      await store.createWaiverRequest(pending({ creedId: 'runbook' }));
      await store.createWaiverRequest(
        pending({ entityRef: 'component:default/billing' }),
      );
      const { total } = await store.listWaiverRequests('nimbus', {
        status: 'pending',
        limit: 10,
        offset: 0,
      });
      expect(total).toBe(3);
    });

    it('approves once, creating the waiver in the same transaction, and frees the item for a new request', async () => {
      const request = pending();
      await store.createWaiverRequest(request);
      const decided = await store.decideWaiverRequest(
        request.id,
        approval(request),
      );
      expect(decided).toMatchObject({
        status: 'approved',
        decidedBy: 'user:default/pat',
        decisionNote: 'Until the HSM rollout',
        grantedExpiresAt: new Date('2026-05-31T23:59:59.999Z'),
      });
      const waivers = await store.listActiveWaivers(
        'nimbus',
        request.entityRef,
        new Date('2026-03-03T00:00:00Z'),
      );
      expect(waivers).toEqual([
        expect.objectContaining({
          id: decided.waiverId,
          creedId: 'encryption-at-rest',
          createdBy: 'user:default/pat',
          reason: 'HSM keys arrive in Q2',
        }),
      ]);
      await expect(
        store.decideWaiverRequest(request.id, {
          status: 'denied',
          note: 'too late',
          by: 'user:default/pat',
          at: new Date(),
        }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: expect.stringContaining(
          'already approved by user:default/pat',
        ),
      });
      // No longer pending: the item may be asked for again.
      await store.createWaiverRequest(pending());
    });

    it('writes neither the approval nor the waiver when the item is already waived', async () => {
      const request = pending();
      await store.createWaiverRequest(request);
      await store.createWaiver({
        id: uuid(),
        migrationId: 'nimbus',
        entityRef: request.entityRef,
        creedId: request.creedId,
        reason: 'granted directly',
        expiresAt: new Date('2026-04-30T00:00:00Z'),
        createdBy: 'user:default/pat',
        createdAt: new Date('2026-03-01T12:00:00Z'),
      });
      await expect(
        store.decideWaiverRequest(request.id, approval(request)),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: expect.stringContaining('already has an active waiver'),
      });
      expect(await store.getWaiverRequest(request.id)).toMatchObject({
        status: 'pending',
        decidedBy: null,
        waiverId: null,
      });
    });

    it('decides a request once when approvals race', async () => {
      const request = pending();
      await store.createWaiverRequest(request);
      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, () =>
          store.decideWaiverRequest(request.id, approval(request)),
        ),
      );
      expect(outcomes.filter(o => o.status === 'fulfilled')).toHaveLength(1);
      expect(
        outcomes.flatMap(o => (o.status === 'rejected' ? [o.reason.name] : [])),
      ).toEqual(Array(7).fill('ConflictError'));
      expect(Number((await knex('waivers').count({ c: '*' }))[0].c)).toBe(1);
    });

    it('lists newest first, a page at a time, with the entity as last evaluated', async () => {
      await store.writeResults('nimbus', [
        {
          result: {
            migrationId: 'nimbus',
            entityRef: 'component:default/ledger',
            title: 'Ledger',
            ownerRef: 'group:default/payments',
            live: false,
            stage: 'in-progress',
            stageSource: 'api',
            annotationStage: null,
            criticality: 'low',
            complexity: 'low',
            track: 'solo-trek',
            annotationWave: null,
            mustPass: false,
            checks: [],
            resultHash: 'h',
            changedAt: new Date('2026-03-01T00:00:00Z'),
            stageChangedAt: new Date('2026-03-01T00:00:00Z'),
            migratedAt: null,
          },
        },
      ]);
      const first = pending({ requestedAt: new Date('2026-03-01T10:00:00Z') });
      const second = pending({
        creedId: 'runbook',
        requestedAt: new Date('2026-03-05T10:00:00Z'),
      });
      const elsewhere = pending({
        entityRef: 'component:default/gone',
        requestedAt: new Date('2026-03-03T10:00:00Z'),
      });
      for (const r of [first, second, elsewhere]) {
        await store.createWaiverRequest(r);
      }
      await store.decideWaiverRequest(first.id, {
        status: 'withdrawn',
        note: null,
        by: 'user:default/ada',
        at: new Date('2026-03-06T00:00:00Z'),
      });
      const all = await store.listWaiverRequests('nimbus', {
        limit: 2,
        offset: 0,
      });
      expect(all.total).toBe(3);
      expect(all.items.map(r => [r.id, r.entityTitle, r.ownerRef])).toEqual([
        [second.id, 'Ledger', 'group:default/payments'],
        [elsewhere.id, null, null],
      ]);
      const rest = await store.listWaiverRequests('nimbus', {
        limit: 2,
        offset: 2,
      });
      expect(rest.items.map(r => [r.id, r.status])).toEqual([
        [first.id, 'withdrawn'],
      ]);
      const ledger = await store.listWaiverRequests('nimbus', {
        entityRef: 'component:default/ledger',
        status: 'pending',
        limit: 10,
        offset: 0,
      });
      expect(ledger.items.map(r => r.id)).toEqual([second.id]);
      expect(await store.getWaiverRequest('not-a-uuid')).toBeUndefined();
    });
  },
);
