import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { DatabaseSoloTrekStore } from './DatabaseSoloTrekStore';
import { StoredResult } from './SoloTrekStore';
import {
  allScoredRows,
  deleteResultsExcept,
} from '../__testUtils__/storeHelpers';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

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
    changedAt: new Date('2026-03-01T00:00:00Z'),
    stageChangedAt: new Date('2026-03-01T00:00:00Z'),
    migratedAt: null,
    ...overrides,
  };
}

async function storeFor(databaseId: (typeof ids)[number][0]) {
  const knex = await databases.init(databaseId);
  const store = await DatabaseSoloTrekStore.create({
    database: mockServices.database({ knex, migrations: { skip: false } }),
  });
  return { knex, store };
}
const ids = databases.eachSupportedId();

describe.each(ids)('DatabaseSoloTrekStore on %p', databaseId => {
  let knex: Knex;
  let store: DatabaseSoloTrekStore;

  beforeAll(async () => {
    ({ knex, store } = await storeFor(databaseId));
  });

  beforeEach(async () => {
    for (const table of [
      'entity_results',
      'entity_state',
      'stage_history',
      'waivers',
      'facts',
      'snapshots',
      'scans',
      'entity_removals',
      'entity_errors',
      'scan_seen',
    ]) {
      await knex(table).delete();
    }
  });

  it('migrates down and up again', async () => {
    await knex.migrate.rollback(
      { directory: DatabaseSoloTrekStore.migrationsDir },
      true,
    );
    expect(await knex.schema.hasTable('entity_results')).toBe(false);
    expect(await knex.schema.hasTable('stage_history')).toBe(false);
    await knex.migrate.latest({
      directory: DatabaseSoloTrekStore.migrationsDir,
    });
    expect(await knex.schema.hasTable('entity_results')).toBe(true);
    expect(await knex.schema.hasTable('snapshots')).toBe(true);
  });

  it('writes results with their history and reads them back', async () => {
    const written = await store.writeResults('nimbus', [
      {
        result: result('component:default/a', {
          live: true,
          stage: 'migrated',
          mustPass: true,
          migratedAt: new Date('2026-02-03T00:00:00Z'),
        }),
        history: {
          fromStage: null,
          toStage: 'migrated',
          source: 'live',
          actor: null,
          note: null,
          createdAt: new Date('2026-03-01T00:00:00Z'),
        },
      },
      {
        result: result('component:default/b'),
        annotationStageAt: new Date('2026-03-01T00:00:00Z'),
      },
    ]);
    expect(written).toBe(4);
    const a = await store.getResult('nimbus', 'component:default/a');
    expect(a).toMatchObject({ live: true, stage: 'migrated', mustPass: true });
    expect(a!.migratedAt).toEqual(new Date('2026-02-03T00:00:00Z'));
    expect(a!.checks).toEqual([
      { id: 'cost-center', outcome: 'fail', evidence: [] },
    ]);
    const results = await store.getResults('nimbus', [
      'component:default/a',
      'component:default/b',
      'component:default/c',
    ]);
    expect([...results.keys()].sort()).toEqual([
      'component:default/a',
      'component:default/b',
    ]);
    const states = await store.getStates('nimbus', ['component:default/b']);
    expect(states.get('component:default/b')!.annotationStageAt).toEqual(
      new Date('2026-03-01T00:00:00Z'),
    );
    const history = await store.getHistory('nimbus', 'component:default/a');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      fromStage: null,
      toStage: 'migrated',
      source: 'live',
    });
  });

  it('keeps the planner statistics in step with a large first scan', async () => {
    const fresh = await DatabaseSoloTrekStore.create({
      database: mockServices.database({ knex, migrations: { skip: true } }),
    });
    const page = (from: number) =>
      Array.from({ length: 1500 }, (_, i) => ({
        result: result(`component:default/s-${from + i}`),
        isNew: true,
      }));
    // What the planner believes the table holds; SQLite needs no statistics.
    const pg = databaseId === 'POSTGRES_15';
    const onPg = (rows: number) => (pg ? rows : 'no statistics');
    const plannerRows = async () =>
      pg
        ? Math.max(
            0,
            Number(
              (
                await knex.raw(
                  "select reltuples from pg_class where oid = 'entity_results'::regclass",
                )
              ).rows[0].reltuples,
            ),
          )
        : 'no statistics';

    await fresh.writeResults('nimbus', page(0));
    // Not yet: 1,500 rows are below the first refresh.
    expect(await plannerRows()).toBe(onPg(0));
    await fresh.writeResults('nimbus', page(1500));
    expect(await plannerRows()).toBe(onPg(3000));

    // A restarted replica leaves statistics that fit alone…
    await fresh.writeResults('nimbus', page(3000));
    const restarted = await DatabaseSoloTrekStore.create({
      database: mockServices.database({ knex, migrations: { skip: true } }),
    });
    await restarted.analyzeIfStale(4500);
    expect(await plannerRows()).toBe(onPg(3000));
    // …and refreshes them before its scan when rows it never saw (another
    // replica's, say) make them far off: 9,000 now.
    const columns = Object.keys(await knex('entity_results').columnInfo());
    const copy = columns.map(c =>
      c === 'entity_ref' ? "entity_ref || '-copy'" : c,
    );
    await knex.raw(
      `insert into entity_results (${columns.join(', ')})
       select ${copy.join(', ')} from entity_results`,
    );
    await restarted.analyzeIfStale(9000);
    expect(await plannerRows()).toBe(onPg(9000));
    expect(
      (
        await restarted.getResultDigests('nimbus', [
          'component:default/s-4499-copy',
        ])
      ).size,
    ).toBe(1);
  });

  it('upserts over an existing row', async () => {
    await store.writeResults('nimbus', [
      { result: result('component:default/a') },
    ]);
    await store.writeResults('nimbus', [
      { result: result('component:default/a', { stage: 'planning' }) },
    ]);
    expect(
      (await store.getResult('nimbus', 'component:default/a'))!.stage,
    ).toBe('planning');
    const [{ n }] = await knex('entity_results').count({ n: '*' });
    expect(Number(n)).toBe(1);
  });

  it('removes results of entities that left the catalog', async () => {
    await store.writeResults('nimbus', [
      { result: result('component:default/a') },
      { result: result('component:default/b') },
    ]);
    expect(
      await deleteResultsExcept(
        store,
        'nimbus',
        new Set(['component:default/a']),
      ),
    ).toBe(1);
    expect(
      await store.getResult('nimbus', 'component:default/b'),
    ).toBeUndefined();
    expect(
      await store.getResult('nimbus', 'component:default/a'),
    ).toBeDefined();
  });

  it('finds the entities that left across pages, and keeps no seen refs', async () => {
    const refs = Array.from(
      { length: 10_005 },
      (_, i) => `component:default/svc-${String(i).padStart(5, '0')}`,
    );
    await store.writeResults(
      'nimbus',
      refs.map(ref => ({ result: result(ref) })),
    );
    // Gone: 1,503 refs from the first to the last, on each side of the
    // boundary of a page of 10,000 stored refs (retention.ts).
    const gone = new Set([
      ...refs.slice(0, 1_500),
      refs[9_999],
      refs[10_000],
      refs[10_004],
    ]);
    const token = await store.recordScanStart('nimbus', new Date());
    for (let i = 0; i < refs.length; i += 500) {
      await store.markSeen(
        'nimbus',
        token,
        refs.slice(i, i + 500).filter(ref => !gone.has(ref)),
      );
    }
    expect(
      await store.deleteUnseenResults('nimbus', {
        seenBy: token,
        scanToken: token,
      }),
    ).toBe(1_503);
    const stored = await store.getResults('nimbus', refs);
    expect(stored.size).toBe(8_502);
    for (const ref of gone) expect(stored.has(ref)).toBe(false);
    const removals = await knex('entity_removals')
      .where('migration_id', 'nimbus')
      .count({ n: '*' });
    expect(Number(removals[0].n)).toBe(1_503);
    // The scan's seen refs went with it; a rescan that sees everything
    // deletes nothing and leaves none either.
    expect(Number((await knex('scan_seen').count({ n: '*' }))[0].n)).toBe(0);
    const again = await store.recordScanStart('nimbus', new Date());
    await store.markSeen('nimbus', again, [...stored.keys()]);
    expect(
      await store.deleteUnseenResults('nimbus', {
        seenBy: again,
        scanToken: again,
      }),
    ).toBe(0);
    expect(Number((await knex('scan_seen').count({ n: '*' }))[0].n)).toBe(0);
  });

  it('clears what a crashed scan saw when the next one starts', async () => {
    const crashed = await store.recordScanStart('nimbus', new Date());
    await store.markSeen('nimbus', crashed, ['component:default/a']);
    // A page may repeat a ref; it is seen once.
    await store.markSeen('nimbus', crashed, [
      'component:default/a',
      'component:default/a',
      'component:default/b',
    ]);
    expect(Number((await knex('scan_seen').count({ n: '*' }))[0].n)).toBe(2);
    await store.recordScanStart('nimbus', new Date());
    expect(Number((await knex('scan_seen').count({ n: '*' }))[0].n)).toBe(0);
  });

  it("reads scored rows in pages by ref, all of them or one owner's", async () => {
    // Mixed-case and punctuated refs: the keyset must follow the database's
    // own order, not JavaScript's.
    const refs = [
      'component:default/b',
      'component:default/A',
      'component:default/a-1',
      'component:default/a_1',
      'component:default/a.1',
      'component:default/Z',
      'component:default/z',
    ];
    await store.writeResults(
      'nimbus',
      refs.map((ref, i) => ({
        result: result(ref, {
          ownerRef: i % 2 ? 'group:default/odd' : 'group:default/even',
          stage: i === 0 ? 'migrated' : 'planning',
          migratedAt: i === 0 ? new Date('2026-05-01T00:00:00Z') : null,
        }),
      })),
    );
    const pages: string[][] = [];
    for await (const page of store.scoredRowPages('nimbus', { pageSize: 2 }))
      pages.push(page.map(r => r.entityRef));
    // Every row once, in pages of at most two.
    expect(pages.flat().sort()).toEqual([...refs].sort());
    expect(pages.map(p => p.length)).toEqual([2, 2, 2, 1]);
    const odd: string[] = [];
    for await (const page of store.scoredRowPages('nimbus', {
      ownerRef: 'group:default/odd',
      pageSize: 2,
    }))
      odd.push(...page.map(r => r.entityRef));
    expect(odd.sort()).toEqual(refs.filter((_, i) => i % 2).sort());
    const even = await allScoredRows(store, 'nimbus', {
      ownerRef: 'group:default/even',
    });
    expect(even.find(r => r.entityRef === refs[0])).toMatchObject({
      ownerRef: 'group:default/even',
      stage: 'migrated',
      migratedAt: new Date('2026-05-01T00:00:00Z'),
      mustPass: false,
      outcomes: { 'cost-center': 'fail' },
    });
  });

  it('serialises state updates and appends history in order', async () => {
    await store.writeResults('nimbus', [
      { result: result('component:default/a') },
    ]);
    const stages = ['planning', 'in-progress', 'migrated'] as const;
    await Promise.all(
      stages.map((stage, i) =>
        store.updateState(
          'nimbus',
          'component:default/a',
          ({ result: current }) => ({
            state: {
              apiStage: stage,
              apiStageAt: new Date(Date.UTC(2026, 3, i + 1)),
            },
            result: { ...current, stage },
            history: {
              fromStage: current.stage,
              toStage: stage,
              source: 'api',
              actor: 'user:default/ada',
              note: null,
              createdAt: new Date(Date.UTC(2026, 3, i + 1)),
            },
          }),
        ),
      ),
    );
    const history = await store.getHistory('nimbus', 'component:default/a');
    expect(history).toHaveLength(3);
    // Each entry starts where the previous one ended: no lost update.
    const chronological = [...history].reverse();
    for (let i = 1; i < chronological.length; i++) {
      expect(chronological[i].fromStage).toBe(chronological[i - 1].toStage);
    }
    const final = await store.getResult('nimbus', 'component:default/a');
    expect(final!.stage).toBe(chronological[2].toStage);
  });

  it("reads a card's inputs in one query, history as getHistory gives it", async () => {
    await store.writeResults('nimbus', [
      { result: result('component:default/a') },
      { result: result('component:default/b') },
    ]);
    for (const [i, stage] of (['planning', 'in-progress'] as const).entries()) {
      await store.updateState(
        'nimbus',
        'component:default/a',
        ({ result: r }) => ({
          state: {
            apiStage: stage,
            apiStageAt: new Date(Date.UTC(2026, 3, i + 1)),
          },
          result: { ...r, stage },
          history: {
            fromStage: r.stage,
            toStage: stage,
            source: 'api',
            actor: i ? null : 'user:default/ada',
            note: i ? 'a "quoted", multi-line\nnote ✓' : null,
            createdAt: new Date(Date.UTC(2026, 3, i + 1, 12, 30, 15, 250)),
          },
        }),
      );
    }
    const queries: string[] = [];
    const onQuery = (q: { sql: string }) => queries.push(q.sql);
    knex.on('query', onQuery);
    const inputs = await store.getCardInputs('nimbus', 'component:default/a');
    knex.off('query', onQuery);
    // One query; on PostgreSQL a prepared statement that bypasses knex's log.
    expect(queries).toHaveLength(databaseId === 'POSTGRES_15' ? 0 : 1);
    expect(inputs.result!.stage).toBe('in-progress');
    expect(inputs.state!.apiStage).toBe('in-progress');
    expect(inputs.history).toEqual(
      await store.getHistory('nimbus', 'component:default/a'),
    );
    expect(inputs.history.map(h => [h.toStage, h.note])).toEqual([
      ['in-progress', 'a "quoted", multi-line\nnote ✓'],
      ['planning', null],
    ]);
    expect(inputs.history[0].createdAt).toEqual(
      new Date(Date.UTC(2026, 3, 2, 12, 30, 15, 250)),
    );
    const quiet = await store.getCardInputs('nimbus', 'component:default/b');
    expect(quiet.history).toEqual([]);
    expect(
      (await store.getCardInputs('nimbus', 'component:default/none')).history,
    ).toEqual([]);
  });

  it('aborts a refused update without writing anything', async () => {
    await store.writeResults('nimbus', [
      { result: result('component:default/a') },
    ]);
    await expect(
      store.updateState('nimbus', 'component:default/a', () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await store.getHistory('nimbus', 'component:default/a')).toEqual([]);
    expect(
      await store.updateState('nimbus', 'component:default/missing', () => ({
        state: {},
      })),
    ).toBeUndefined();
  });

  it('keeps waivers until they expire or are revoked', async () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const base = {
      migrationId: 'nimbus',
      entityRef: 'component:default/a',
      creedId: 'encryption-at-rest',
      reason: 'rollout',
      createdBy: 'user:default/ada',
      createdAt: now,
    };
    await store.createWaiver({
      ...base,
      id: '00000000-0000-4000-8000-000000000001',
      expiresAt: new Date('2026-07-01T00:00:00Z'),
    });
    await store.createWaiver({
      ...base,
      id: '00000000-0000-4000-8000-000000000002',
      expiresAt: new Date('2026-05-01T00:00:00Z'),
    });
    const active = await store.listActiveWaivers(
      'nimbus',
      'component:default/a',
      now,
    );
    expect(active.map(w => w.id)).toEqual([
      '00000000-0000-4000-8000-000000000001',
    ]);
    expect(
      await store.revokeWaiver(
        '00000000-0000-4000-8000-000000000001',
        'user:default/bob',
        now,
      ),
    ).toBe(true);
    expect(
      await store.revokeWaiver(
        '00000000-0000-4000-8000-000000000001',
        'user:default/bob',
        now,
      ),
    ).toBe(false);
    expect(
      await store.listActiveWaivers('nimbus', 'component:default/a', now),
    ).toEqual([]);
  });

  it('serves facts until they expire', async () => {
    const now = new Date('2026-06-01T00:00:00Z');
    await store.putFacts(
      'component:default/a',
      'http-probe',
      { prometheus_valid: true, status: 200 },
      now,
      new Date('2026-06-01T01:00:00Z'),
    );
    await store.putFacts(
      'component:default/b',
      'http-probe',
      { prometheus_valid: false },
      now,
      new Date('2026-05-31T00:00:00Z'),
    );
    const facts = await store.getFacts(
      ['component:default/a', 'component:default/b'],
      now,
    );
    expect(
      facts.get('component:default/a')!.get('http-probe.prometheus_valid'),
    ).toBe(true);
    expect(facts.get('component:default/a')!.get('http-probe.status')).toBe(
      200,
    );
    expect(facts.has('component:default/b')).toBe(false);
  });

  it('deletes the facts of entities no migration keeps a result or error for', async () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const later = new Date('2026-07-01T00:00:00Z');
    for (const ref of ['a', 'b', 'c', 'd'].map(n => `component:default/${n}`))
      await store.putFacts(ref, 'http-probe', { status: 200 }, now, later);
    // a: a result of nimbus; b: an error of nimbus (it failed, it is still
    // in scope); c: a result of a migration no longer configured; d: none.
    await store.writeResults('nimbus', [
      { result: result('component:default/a') },
    ]);
    await store.recordEntityErrors('nimbus', [
      {
        entityRef: 'component:default/b',
        message: 'failed',
        logId: 'abc',
        failedAt: now,
      },
    ]);
    await store.writeResults('old', [
      { result: result('component:default/c', { migrationId: 'old' }) },
    ]);
    expect(await store.deleteFactsOutside(['nimbus'])).toBe(2);
    const left = await store.getFacts(
      ['a', 'b', 'c', 'd'].map(n => `component:default/${n}`),
      now,
    );
    expect([...left.keys()].sort()).toEqual([
      'component:default/a',
      'component:default/b',
    ]);
  });

  it('writes a daily snapshot of counts per team and stage', async () => {
    await store.writeResults('nimbus', [
      {
        result: result('component:default/a', {
          stage: 'migrated',
          mustPass: true,
        }),
      },
      {
        result: result('component:default/b', {
          stage: 'migrated',
          mustPass: false,
        }),
      },
      {
        result: result('component:default/c', {
          ownerRef: 'group:default/search',
        }),
      },
    ]);
    await store.writeSnapshot('nimbus', '2026-06-01');
    await store.writeSnapshot('nimbus', '2026-06-01'); // rewriting a day replaces it
    const rows = await store.listSnapshots('nimbus');
    expect(rows.sort((x, y) => x.ownerRef.localeCompare(y.ownerRef))).toEqual([
      {
        day: '2026-06-01',
        ownerRef: 'group:default/payments',
        stage: 'migrated',
        count: 2,
        compliant: 1,
      },
      {
        day: '2026-06-01',
        ownerRef: 'group:default/search',
        stage: 'not-started',
        count: 1,
        compliant: 0,
      },
    ]);
  });

  it('records scans, keeping the last success when one fails', async () => {
    await store.recordScanStart('nimbus', new Date('2026-06-01T00:00:00Z'));
    await store.recordScanEnd('nimbus', {
      at: new Date('2026-06-01T00:01:00Z'),
      entities: 10,
      rowsWritten: 4,
    });
    await store.recordScanEnd('nimbus', {
      at: new Date('2026-06-01T00:11:00Z'),
      error: 'catalog down',
    });
    expect(await store.getScan('nimbus')).toEqual({
      startedAt: new Date('2026-06-01T00:00:00Z'),
      finishedAt: new Date('2026-06-01T00:11:00Z'),
      succeededAt: new Date('2026-06-01T00:01:00Z'),
      entities: 10,
      rowsWritten: 4,
      error: 'catalog down',
    });
  });

  it('thins snapshots to weekly beyond the daily window', async () => {
    await store.writeResults('nimbus', [
      { result: result('component:default/a') },
    ]);
    // 2026-03-02 is a Monday.
    for (const day of [
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-05-30',
      '2026-06-01',
    ]) {
      await store.writeSnapshot('nimbus', day);
    }
    expect(await store.pruneSnapshots('nimbus', '2026-05-01')).toBe(2);
    const days = [
      ...new Set((await store.listSnapshots('nimbus')).map(r => r.day)),
    ];
    expect(days).toEqual(['2026-03-02', '2026-05-30', '2026-06-01']);
  });

  it('removes the API state of entities that left, and bumps the version', async () => {
    await store.writeResults('nimbus', [
      { result: result('component:default/a') },
      { result: result('component:default/b') },
    ]);
    await store.updateState('nimbus', 'component:default/b', () => ({
      state: { apiStage: 'planning', apiStageAt: new Date() },
    }));
    const version = await store.getResultsVersion('nimbus');
    await deleteResultsExcept(
      store,
      'nimbus',
      new Set(['component:default/a']),
    );
    expect(
      (await store.getStates('nimbus', ['component:default/b'])).size,
    ).toBe(0);
    expect(await store.getResultsVersion('nimbus')).toBeGreaterThan(version);
  });

  it('stores a first evaluation once when two writers race', async () => {
    const first = {
      result: result('component:default/a'),
      isNew: true,
      history: {
        fromStage: null,
        toStage: 'not-started' as const,
        source: 'default' as const,
        actor: null,
        note: null,
        createdAt: new Date(),
      },
    };
    await Promise.all([
      store.writeResults('nimbus', [first]),
      store.writeResults('nimbus', [first]),
    ]);
    expect(
      await store.getHistory('nimbus', 'component:default/a'),
    ).toHaveLength(1);
  });
});
