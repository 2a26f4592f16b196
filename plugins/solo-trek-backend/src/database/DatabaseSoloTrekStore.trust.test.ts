import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';
import { DatabaseSoloTrekStore } from './DatabaseSoloTrekStore';
import {
  NewHistoryEntry,
  ResultWrite,
  ScanSupersededError,
  StoredResult,
  Waiver,
} from './SoloTrekStore';
import { foreignSqliteError } from './testUtils';
import {
  allScoredRows,
  deleteResultsExcept,
} from '../__testUtils__/storeHelpers';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const ids = databases.eachSupportedId();

const T0 = new Date('2026-03-01T00:00:00Z');
const day = (n: number) => new Date(T0.getTime() + n * 86_400_000);

function result(
  ref: string,
  overrides: Partial<StoredResult> = {},
): StoredResult {
  return {
    migrationId: 'nimbus',
    entityRef: ref,
    title: null,
    ownerRef: 'group:default/payments',
    live: false,
    stage: 'not-started',
    stageSource: 'default',
    annotationStage: null,
    criticality: 'low',
    complexity: 'low',
    track: 'solo-trek',
    annotationWave: null,
    mustPass: false,
    checks: [{ id: 'cost-center', outcome: 'fail', evidence: [] }],
    resultHash: `hash-${ref}`,
    changedAt: T0,
    stageChangedAt: T0,
    migratedAt: null,
    ...overrides,
  };
}

function history(
  fromStage: NewHistoryEntry['fromStage'],
  toStage: NewHistoryEntry['toStage'],
  overrides: Partial<NewHistoryEntry> = {},
): NewHistoryEntry {
  return {
    fromStage,
    toStage,
    source: 'default',
    actor: null,
    note: null,
    createdAt: T0,
    ...overrides,
  };
}

function waiver(id: number, overrides: Partial<Waiver> = {}): Waiver {
  return {
    id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    migrationId: 'nimbus',
    entityRef: 'component:default/a',
    creedId: 'encryption-at-rest',
    reason: 'rollout',
    expiresAt: day(30),
    createdBy: 'user:default/pat',
    createdAt: T0,
    ...overrides,
  };
}

/** An API stage update as MigrationService makes it, inside the row lock. */
async function apiUpdate(
  store: DatabaseSoloTrekStore,
  ref: string,
  stage: StoredResult['stage'],
  at: Date,
) {
  return store.updateState('nimbus', ref, ({ result: current }) => ({
    state: { apiStage: stage, apiStageAt: at },
    result: {
      ...current,
      stage,
      stageSource: 'api',
      resultHash: `api-${stage}`,
    },
    history:
      current.stage === stage
        ? undefined
        : history(current.stage, stage, {
            source: 'api',
            actor: 'user:default/ada',
            createdAt: at,
          }),
  }));
}

const TABLES = [
  'entity_results',
  'entity_state',
  'stage_history',
  'waivers',
  'facts',
  'snapshots',
  'scans',
  'aggregates',
  'hero_nominations',
  'entity_errors',
  'entity_removals',
];

describe.each(ids)('DatabaseSoloTrekStore on %p: trust', databaseId => {
  let knex: Knex;
  let store: DatabaseSoloTrekStore;

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    store = await DatabaseSoloTrekStore.create({
      database: mockServices.database({ knex, migrations: { skip: false } }),
    });
  });

  beforeEach(async () => {
    for (const table of TABLES) await knex(table).delete();
  });

  const count = async (table: string, where: object = {}) =>
    Number((await knex(table).where(where).count({ n: '*' }))[0].n);

  describe('catalog values', () => {
    it('stores any title, owner and wave the catalog accepts, and NUL nowhere', async () => {
      const title = `${'Ledger ✓ 𝔏 '.repeat(60)}\u0000end`;
      const owner = `group:default/${'o'.repeat(2000)}`;
      await store.writeResults('nimbus', [
        {
          result: result('component:default/a', {
            title,
            ownerRef: owner,
            annotationWave: 'w\u0000ave-1',
            checks: [
              {
                id: 'cost-center',
                outcome: 'fail',
                evidence: [
                  { kind: 'label', key: 'x', value: 'a\u0000b' } as any,
                ],
              },
            ],
          }),
          history: history(null, 'not-started', { note: 'first\u0000' }),
        },
      ]);
      const stored = await store.getResult('nimbus', 'component:default/a');
      expect(stored!.title).toBe(title.replace('\u0000', ''));
      expect(stored!.title!.length).toBeGreaterThan(600);
      // An owner ref over 512 names no entity (refs are at most 191): cut.
      expect(stored!.ownerRef).toBe(owner.slice(0, 512));
      expect(stored!.annotationWave).toBe('wave-1');
      // JSON keeps NUL as an escape, so evidence survives as it was.
      expect((stored!.checks[0].evidence[0] as any).value).toBe('a\u0000b');
      const [entry] = await store.getHistory('nimbus', 'component:default/a');
      expect(entry.note).toBe('first');
    });

    it('never fails on NUL in a note, a reason, a wave or a nomination', async () => {
      await store.writeResults('nimbus', [
        { result: result('component:default/a') },
      ]);
      await store.updateState(
        'nimbus',
        'component:default/a',
        ({ result: r }) => ({
          state: {
            apiStage: 'planning',
            apiStageAt: day(1),
            wave: 'w\u00001',
            waveSetBy: 'user:default/pat\u0000',
          },
          result: { ...r, stage: 'planning' },
          history: history('not-started', 'planning', {
            source: 'api',
            actor: 'user:default/ada',
            note: 'moved\u0000 on',
          }),
        }),
      );
      await store.createWaiver(waiver(1, { reason: 'until\u0000 Q3' }));
      expect(
        await store.createNomination({
          id: '00000000-0000-4000-8000-000000000099',
          migrationId: 'nimbus',
          month: '2026-03',
          nominator: 'user:default/ada',
          nominee: 'user:default/bob',
          reason: 'helped\u0000 us',
          createdAt: T0,
        }),
      ).toBe(true);
      const [entry] = await store.getHistory('nimbus', 'component:default/a');
      expect(entry.note).toBe('moved on');
      const state = (
        await store.getStates('nimbus', ['component:default/a'])
      ).get('component:default/a');
      expect(state).toMatchObject({
        wave: 'w1',
        waveSetBy: 'user:default/pat',
      });
      const [active] = await store.listActiveWaivers(
        'nimbus',
        'component:default/a',
        T0,
      );
      expect(active.reason).toBe('until Q3');
      const [nomination] = await store.listNominations('nimbus');
      expect(nomination.reason).toBe('helped us');
    });

    it('writes the rest of a page when one entity cannot be written, and reports that one', async () => {
      const writes: ResultWrite[] = ['a', 'b', 'c'].map(name => ({
        result: result(`component:default/${name}`),
        history: history(null, 'not-started'),
      }));
      // A value the database refuses whatever the dialect: a NOT NULL column.
      writes[1] = {
        ...writes[1],
        result: { ...writes[1].result, criticality: null as any },
      };
      await expect(store.writeResults('nimbus', writes)).rejects.toThrow();
      expect(await count('entity_results')).toBe(0);

      const failed: string[] = [];
      const rows = await store.writeResults('nimbus', writes, {
        onEntityError: (write, error) => {
          expect(error).toBeInstanceOf(Error);
          failed.push(write.result.entityRef);
        },
      });
      expect(failed).toEqual(['component:default/b']);
      expect(rows).toBe(4); // two results, two history entries
      expect(
        [
          ...(
            await store.getResults('nimbus', [
              'component:default/a',
              'component:default/b',
              'component:default/c',
            ])
          ).keys(),
        ].sort(),
      ).toEqual(['component:default/a', 'component:default/c']);
      expect(await count('stage_history')).toBe(2);
    });

    it('refuses a value the database refuses in a first evaluation too', async () => {
      // First evaluations are inserted with ON CONFLICT (...) DO NOTHING,
      // which skips a row another writer stored, never a refused one (as
      // SQLite's INSERT OR IGNORE would): the page fails, nothing is dropped.
      const writes: ResultWrite[] = ['a', 'b', 'c'].map(name => ({
        result: result(`component:default/${name}`, {
          criticality: name === 'b' ? (null as any) : 'low',
        }),
        isNew: true,
        history: history(null, 'not-started'),
      }));
      await expect(store.writeResults('nimbus', writes)).rejects.toThrow(
        /criticality/,
      );
      expect(await count('entity_results')).toBe(0);
      expect(await count('stage_history')).toBe(0);

      const failed: string[] = [];
      const rows = await store.writeResults('nimbus', writes, {
        onEntityError: write => failed.push(write.result.entityRef),
      });
      expect(failed).toEqual(['component:default/b']);
      expect(rows).toBe(4);
      expect(
        (await knex('entity_results').orderBy('entity_ref')).map(
          r => r.entity_ref,
        ),
      ).toEqual(['component:default/a', 'component:default/c']);
    });

    it('fails with an Error of its own realm when the driver throws one of another', async () => {
      // As better-sqlite3 throws in a Jest worker where another test file
      // opened a SQLite database first: the flake of the test above.
      const client = Object.getPrototypeOf(knex.client);
      const query = client._query;
      const spy = jest
        .spyOn(client, '_query')
        .mockImplementation(async function wrapped(this: any, ...args: any) {
          try {
            return await query.apply(this, args);
          } catch (error: any) {
            throw foreignSqliteError(error.message, String(error.code));
          }
        });
      try {
        const writes: ResultWrite[] = ['a', 'b'].map(name => ({
          result: result(`component:default/${name}`, {
            criticality: name === 'b' ? (null as any) : 'low',
          }),
        }));
        await expect(store.writeResults('nimbus', writes)).rejects.toThrow(
          /criticality/,
        );
        const errors: unknown[] = [];
        await store.writeResults('nimbus', writes, {
          onEntityError: (_, error) => errors.push(error),
        });
        expect(errors).toEqual([expect.any(Error)]);
        expect(errors[0]).toMatchObject({ message: /criticality/ });
      } finally {
        spy.mockRestore();
      }
      expect(await count('entity_results')).toBe(1);
    });

    it('keeps per-entity errors queryable until cleared', async () => {
      await store.recordEntityErrors('nimbus', [
        {
          entityRef: 'component:default/a',
          message: 'Could not store this entity (log id 1)',
          logId: '1',
          failedAt: day(0),
        },
        {
          entityRef: 'component:default/b',
          message: 'Could not store this entity (log id 2)',
          logId: '2',
          failedAt: day(2),
        },
      ]);
      expect(
        (await store.listEntityErrors('nimbus')).map(e => e.entityRef),
      ).toEqual(['component:default/a', 'component:default/b']);
      await store.clearEntityErrors('nimbus', { before: day(1) });
      expect(await store.listEntityErrors('nimbus')).toEqual([
        {
          entityRef: 'component:default/b',
          message: 'Could not store this entity (log id 2)',
          logId: '2',
          failedAt: day(2),
        },
      ]);
      await store.clearEntityErrors('nimbus', {
        entityRefs: ['component:default/b'],
      });
      expect(await store.listEntityErrors('nimbus')).toEqual([]);
    });
  });

  describe('compare-and-set writes', () => {
    it('decides a scan write again when an API update came between its read and its write', async () => {
      await store.writeResults('nimbus', [
        {
          result: result('component:default/a'),
          history: history(null, 'not-started'),
        },
      ]);
      const [digest] = (
        await store.getResultDigests('nimbus', ['component:default/a'])
      ).values();
      // The API moves the entity on after the scan read it…
      await apiUpdate(store, 'component:default/a', 'in-progress', day(1));
      // …and the scan, computed from the old row, would put it back.
      const seen: any[] = [];
      await store.writeResults('nimbus', [
        {
          result: result('component:default/a', {
            title: 'new title',
            resultHash: 'scan-hash',
          }),
          basis: { resultHash: digest.resultHash, state: undefined },
          rebase: current => {
            seen.push(current);
            // What nextResult decides on the current row: the API stage stays.
            return {
              result: result('component:default/a', {
                title: 'new title',
                stage: current.previous!.stage,
                stageSource: 'api',
                resultHash: 'rebased',
              }),
            };
          },
        },
      ]);
      expect(seen).toHaveLength(1);
      expect(seen[0].previous.stage).toBe('in-progress');
      expect(seen[0].state.apiStage).toBe('in-progress');
      const stored = await store.getResult('nimbus', 'component:default/a');
      expect(stored).toMatchObject({
        stage: 'in-progress',
        title: 'new title',
        resultHash: 'rebased',
      });
      const chain = (
        await store.getHistory('nimbus', 'component:default/a')
      ).reverse();
      expect(chain.map(h => [h.fromStage, h.toStage, h.actor])).toEqual([
        [null, 'not-started', null],
        ['not-started', 'in-progress', 'user:default/ada'],
      ]);
    });

    it('keeps a write whose basis holds and drops a stale one that cannot be decided again', async () => {
      await store.writeResults('nimbus', [
        { result: result('component:default/a') },
        { result: result('component:default/b') },
      ]);
      await apiUpdate(store, 'component:default/b', 'planning', day(1));
      await store.writeResults('nimbus', [
        {
          result: result('component:default/a', { title: 'kept' }),
          basis: { resultHash: 'hash-component:default/a', state: undefined },
        },
        {
          result: result('component:default/b', { title: 'stale' }),
          basis: { resultHash: 'hash-component:default/b', state: undefined },
        },
      ]);
      expect(
        (await store.getResult('nimbus', 'component:default/a'))!.title,
      ).toBe('kept');
      expect(
        await store.getResult('nimbus', 'component:default/b'),
      ).toMatchObject({ title: null, stage: 'planning' });
    });

    it('decides a racing first evaluation again on the row the other writer stored', async () => {
      const first = (title: string): ResultWrite => ({
        result: result('component:default/a', { title }),
        isNew: true,
        history: history(null, 'not-started'),
        basis: { resultHash: null, state: undefined },
        rebase: current =>
          current.previous
            ? undefined // the same evaluation: nothing changes
            : first(title),
      });
      await Promise.all([
        store.writeResults('nimbus', [first('one')]),
        store.writeResults('nimbus', [first('two')]),
      ]);
      expect(
        await store.getHistory('nimbus', 'component:default/a'),
      ).toHaveLength(1);
      expect(await count('entity_results')).toBe(1);
    });
  });

  describe('waivers', () => {
    it('lets one of many parallel creations for an item win; the rest get a ConflictError', async () => {
      await store.writeResults('nimbus', [
        { result: result('component:default/a') },
      ]);
      const outcomes = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) => store.createWaiver(waiver(i + 1))),
      );
      const won = outcomes.filter(o => o.status === 'fulfilled');
      const lost = outcomes.filter(
        (o): o is PromiseRejectedResult => o.status === 'rejected',
      );
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(11);
      for (const o of lost) {
        expect(o.reason).toBeInstanceOf(ConflictError);
        expect(o.reason.message).toBe(
          'component:default/a already has an active waiver for "encryption-at-rest"; remove it before adding another',
        );
      }
      const active = await store.listActiveWaivers(
        'nimbus',
        'component:default/a',
        T0,
      );
      expect(active).toHaveLength(1);
      // Revoking the one leaves the item unwaived.
      expect(
        await store.revokeWaiver(active[0].id, 'user:default/pat', day(1)),
      ).toBe(true);
      expect(
        await store.listActiveWaivers('nimbus', 'component:default/a', day(1)),
      ).toEqual([]);
      // Another item, or another entity, is not a conflict.
      await store.createWaiver(waiver(20, { creedId: 'cost-center' }));
      await store.createWaiver(
        waiver(21, { entityRef: 'component:default/b' }),
      );
    });

    it('closes an expired waiver when a new one is created for the item', async () => {
      await store.createWaiver(waiver(1, { expiresAt: day(5) }));
      await store.createWaiver(
        waiver(2, { createdAt: day(6), expiresAt: day(40) }),
      );
      const active = await store.listActiveWaivers(
        'nimbus',
        'component:default/a',
        day(6),
      );
      expect(active.map(w => w.id)).toEqual([waiver(2).id]);
      const closed = await knex('waivers')
        .where({ id: waiver(1).id })
        .first();
      expect(new Date(closed.revoked_at)).toEqual(day(5));
      expect(
        await store.revokeWaiver('no-such-id', 'user:default/pat', T0),
      ).toBe(false);
    });

    it('keeps the newest of duplicate active waivers stored before the unique index', async () => {
      // Down to just before the trust migration, whatever came after it.
      const dir = { directory: DatabaseSoloTrekStore.migrationsDir };
      while (
        String(await knex.migrate.currentVersion(dir)) >= '20261201000000'
      ) {
        await knex.migrate.down(dir);
      }
      const row = (id: number, createdAt: Date) => ({
        id: waiver(id).id,
        migration_id: 'nimbus',
        entity_ref: 'component:default/a',
        creed_id: 'encryption-at-rest',
        reason: 'r',
        expires_at: day(30),
        created_by: 'user:default/pat',
        created_at: createdAt,
      });
      await knex('waivers').insert([
        row(1, day(0)),
        row(2, day(2)),
        row(3, day(1)),
        { ...row(4, day(0)), creed_id: 'cost-center' },
      ]);
      await knex.migrate.latest({
        directory: DatabaseSoloTrekStore.migrationsDir,
      });
      const active = await store.listActiveWaivers(
        'nimbus',
        'component:default/a',
        T0,
      );
      expect(active.map(w => w.id).sort()).toEqual(
        [waiver(2).id, waiver(4).id].sort(),
      );
    });
  });

  describe('scan fencing', () => {
    it('refuses the writes and the status of a scan that a newer one replaced', async () => {
      const old = await store.recordScanStart('nimbus', day(0));
      const current = await store.recordScanStart('nimbus', day(1));
      expect(old).not.toBe(current);
      await expect(
        store.writeResults(
          'nimbus',
          [{ result: result('component:default/a') }],
          { scanToken: old, onEntityError: () => {} },
        ),
      ).rejects.toBeInstanceOf(ScanSupersededError);
      expect(await count('entity_results')).toBe(0);
      await store.writeResults(
        'nimbus',
        [{ result: result('component:default/b') }],
        { scanToken: current },
      );
      await expect(
        deleteResultsExcept(store, 'nimbus', new Set(), { scanToken: old }),
      ).rejects.toBeInstanceOf(ScanSupersededError);
      expect(await count('entity_results')).toBe(1);
      await store.recordScanEnd('nimbus', {
        at: day(2),
        error: 'stopped at its timeout',
        scanToken: old,
      });
      await store.recordScanEnd('nimbus', {
        at: day(3),
        entities: 1,
        rowsWritten: 1,
        failedEntities: 0,
        scanToken: current,
      });
      expect(await store.getScan('nimbus')).toEqual({
        startedAt: day(1),
        finishedAt: day(3),
        succeededAt: day(3),
        entities: 1,
        rowsWritten: 1,
        error: null,
        failedEntities: 0,
      });
    });
  });

  describe('retention', () => {
    it("keeps a removed entity's history and waivers for the retention, then prunes them", async () => {
      for (const name of ['a', 'b']) {
        await store.writeResults('nimbus', [
          {
            result: result(`component:default/${name}`),
            history: history(null, 'not-started'),
          },
        ]);
        await apiUpdate(store, `component:default/${name}`, 'planning', day(1));
        await store.createWaiver(
          waiver(name === 'a' ? 1 : 2, {
            entityRef: `component:default/${name}`,
          }),
        );
      }
      // b leaves on day 10.
      expect(
        await deleteResultsExcept(
          store,
          'nimbus',
          new Set(['component:default/a']),
          { now: day(10) },
        ),
      ).toBe(1);
      // Its result and API state go at once: no aggregate or card shows it.
      expect(
        await store.getResult('nimbus', 'component:default/b'),
      ).toBeUndefined();
      expect(
        (await store.getStates('nimbus', ['component:default/b'])).size,
      ).toBe(0);
      expect(
        (await allScoredRows(store, 'nimbus')).map(r => r.entityRef),
      ).toEqual(['component:default/a']);
      // A later scan that misses it again keeps the first date.
      await deleteResultsExcept(
        store,
        'nimbus',
        new Set(['component:default/a']),
        { now: day(20) },
      );
      expect(await store.pruneRemovedEntities('nimbus', day(10))).toBe(0);
      expect(
        await store.getHistory('nimbus', 'component:default/b'),
      ).toHaveLength(2);
      expect(
        await count('waivers', { entity_ref: 'component:default/b' }),
      ).toBe(1);

      expect(await store.pruneRemovedEntities('nimbus', day(11))).toBe(4);
      expect(await store.getHistory('nimbus', 'component:default/b')).toEqual(
        [],
      );
      expect(
        await count('waivers', { entity_ref: 'component:default/b' }),
      ).toBe(0);
      expect(await count('entity_removals')).toBe(0);
      // a is untouched.
      expect(
        await store.getHistory('nimbus', 'component:default/a'),
      ).toHaveLength(2);
      expect(
        await count('waivers', { entity_ref: 'component:default/a' }),
      ).toBe(1);
    });

    it('continues the history of an entity that comes back', async () => {
      await store.writeResults('nimbus', [
        {
          result: result('component:default/a'),
          isNew: true,
          history: history(null, 'not-started'),
        },
      ]);
      await apiUpdate(store, 'component:default/a', 'planning', day(1));
      await deleteResultsExcept(store, 'nimbus', new Set(), { now: day(2) });
      // Back, and evaluated afresh: not-started again (its API state went).
      await store.writeResults('nimbus', [
        {
          result: result('component:default/a'),
          isNew: true,
          history: history(null, 'not-started', { createdAt: day(3) }),
        },
      ]);
      const chain = (
        await store.getHistory('nimbus', 'component:default/a')
      ).reverse();
      expect(chain.map(h => [h.fromStage, h.toStage])).toEqual([
        [null, 'not-started'],
        ['not-started', 'planning'],
        ['planning', 'not-started'],
      ]);
      expect(await count('entity_removals')).toBe(0);
      // Retention no longer applies to it.
      expect(await store.pruneRemovedEntities('nimbus', day(100))).toBe(0);
    });

    it('prunes everything of a removed migration after the retention, its results at once', async () => {
      for (const migrationId of ['nimbus', 'old']) {
        await store.writeResults(migrationId, [
          {
            result: { ...result('component:default/a'), migrationId },
            history: history(null, 'not-started'),
          },
        ]);
        await store.updateState(migrationId, 'component:default/a', () => ({
          state: { apiStage: 'planning', apiStageAt: day(1) },
        }));
        await store.createWaiver(
          waiver(migrationId === 'old' ? 1 : 2, {
            migrationId,
          }),
        );
        await store.writeSnapshot(migrationId, '2026-03-01');
        await store.putAggregate(migrationId, 'adoption', 1, '{}');
        await store.createNomination({
          id: `00000000-0000-4000-8000-00000000010${
            migrationId === 'old' ? 1 : 2
          }`,
          migrationId,
          month: '2026-03',
          nominator: 'user:default/ada',
          nominee: 'user:default/bob',
          reason: 'r',
          createdAt: T0,
        });
        await store.recordEntityErrors(migrationId, [
          {
            entityRef: 'component:default/z',
            message: 'm',
            logId: 'l',
            failedAt: T0,
          },
        ]);
        await deleteResultsExcept(
          store,
          migrationId,
          new Set(['component:default/a']),
        );
        await knex('entity_removals').insert({
          migration_id: migrationId,
          entity_ref: 'component:default/gone',
          removed_at: T0,
        });
      }
      // Data of a migration from before every write bumped its scans row.
      await knex('stage_history').insert({
        migration_id: 'ancient',
        entity_ref: 'component:default/a',
        to_stage: 'planning',
        source: 'api',
        created_at: T0,
      });
      // One whose per-track counts are all that is left: every table of a
      // migration's data is looked at, not only those that had orphans.
      await knex('snapshot_tracks').insert({
        migration_id: 'relic',
        day: '2026-03-01',
        track: 'caravan',
        stage: 'planning',
        count: 1,
        compliant: 0,
      });
      const relic = async () =>
        [
          (await count('snapshot_tracks', { migration_id: 'relic' })) > 0,
          (await count('scans', { migration_id: 'relic' })) > 0,
        ] as const;
      const tablesOf = async (migrationId: string) => {
        const out: string[] = [];
        for (const table of TABLES.filter(t => t !== 'facts')) {
          if (await count(table, { migration_id: migrationId }))
            out.push(table);
        }
        return out;
      };
      const everything = await tablesOf('nimbus');
      expect(everything).toEqual(TABLES.filter(t => t !== 'facts'));
      expect(await tablesOf('old')).toEqual(everything);

      // Removed from the config on day 10: results and aggregates go at once.
      await store.pruneMigrationsExcept(['nimbus'], {
        now: day(10),
        removedBefore: day(0),
      });
      expect(await tablesOf('old')).toEqual(
        everything.filter(
          t => !['entity_results', 'aggregates', 'entity_errors'].includes(t),
        ),
      );
      expect(await tablesOf('ancient')).toEqual(['stage_history', 'scans']);
      expect(await relic()).toEqual([true, true]);
      // Configured again within the retention: history and waivers are back.
      await store.pruneMigrationsExcept(['nimbus', 'old'], {
        now: day(50),
        removedBefore: day(40),
      });
      await store.pruneMigrationsExcept(['nimbus'], {
        now: day(60),
        removedBefore: day(50),
      });
      expect(await tablesOf('old')).toContain('stage_history');
      // Removed for longer than the retention: nothing is left.
      await store.pruneMigrationsExcept(['nimbus'], {
        now: day(100),
        removedBefore: day(61),
      });
      expect(await tablesOf('old')).toEqual([]);
      expect(await tablesOf('ancient')).toEqual([]);
      expect(await relic()).toEqual([false, false]);
      expect(await tablesOf('nimbus')).toEqual(everything);
    });
  });
});
