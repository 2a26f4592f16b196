import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { DatabaseSoloTrekStore } from './DatabaseSoloTrekStore';
import { StoredResult } from './SoloTrekStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const ids = databases.eachSupportedId();
const dir = { directory: DatabaseSoloTrekStore.migrationsDir };
const at = new Date('2026-03-01T00:00:00Z');

function result(ref: string, overrides: Partial<StoredResult> = {}) {
  return {
    migrationId: 'nimbus',
    entityRef: ref,
    title: null,
    ownerRef: 'group:default/payments',
    live: false,
    stage: 'not-started',
    stageSource: 'default',
    annotationStage: null,
    criticality: 'high',
    complexity: 'high',
    track: 'caravan',
    computedTrack: 'caravan',
    annotationWave: null,
    mustPass: false,
    checks: [],
    resultHash: `hash-${ref}`,
    changedAt: at,
    stageChangedAt: at,
    migratedAt: null,
    ...overrides,
  } as StoredResult;
}

/** Migrates a fresh database up to, and including, `last`. */
async function migrateTo(knex: Knex, last: string) {
  await knex.migrate.rollback(dir, true);
  const version = async () => {
    const v = String(await knex.migrate.currentVersion(dir));
    return v === 'none' ? '' : v;
  };
  while ((await version()) < last) {
    await knex.migrate.up(dir);
  }
}

/** Migrates a fresh database up to just before the migration `file`. */
async function migrateBefore(knex: Knex, file: string) {
  await knex.migrate.rollback(dir, true);
  for (;;) {
    const [, pending] = await knex.migrate.list(dir);
    const next = pending[0] as { file?: string; name?: string } | undefined;
    const name = next?.file ?? next?.name ?? '';
    if (!next || name.startsWith(file)) return;
    await knex.migrate.up(dir);
  }
}

describe.each(ids)('the Caravan tables on %p', databaseId => {
  let knex: Knex;
  let store: DatabaseSoloTrekStore;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    store = await DatabaseSoloTrekStore.create({
      database: mockServices.database({ knex, migrations: { skip: false } }),
    });
  });

  it('pins the tracks stored before the upgrade, and rewrites their rows at the next scan', async () => {
    await migrateTo(knex, '20261201000000');
    await knex('entity_results').insert({
      migration_id: 'nimbus',
      entity_ref: 'component:default/jewel',
      owner_ref: 'group:default/payments',
      live: false,
      stage: 'planning',
      stage_source: 'annotation',
      criticality: 'high',
      complexity: 'high',
      track: 'caravan',
      must_pass: false,
      checks: '[]',
      result_hash: 'abc',
      changed_at: at,
      stage_changed_at: at,
    });
    await knex.migrate.latest(dir);
    const stored = await store.getResult('nimbus', 'component:default/jewel');
    expect(stored).toMatchObject({
      track: 'caravan',
      computedTrack: 'caravan',
      resultHash: '',
    });
    const decisions = await store.getTrackHistory(
      'nimbus',
      'component:default/jewel',
    );
    expect(decisions).toEqual([
      expect.objectContaining({
        fromTrack: null,
        toTrack: 'caravan',
        source: 'first-evaluation',
        actor: null,
        note: 'Pinned when Solo Trek began keeping tracks',
      }),
    ]);
  });

  it('records the first decision with the first evaluation, and lists drift a page at a time', async () => {
    const refs = ['a', 'b', 'c'].map(n => `component:default/${n}`);
    await store.writeResults(
      'nimbus',
      refs.map(ref => ({
        result: result(ref, {
          // b's quadrant no longer gives its pinned track.
          computedTrack:
            ref.endsWith('b') || ref.endsWith('c') ? 'solo-trek' : 'caravan',
        }),
        isNew: true,
        trackDecision: {
          fromTrack: null,
          toTrack: 'caravan',
          source: 'first-evaluation',
          actor: null,
          note: 'The quadrant gave the Caravan track',
          createdAt: at,
        },
      })),
    );
    expect(await store.getTrackHistory('nimbus', refs[0])).toHaveLength(1);
    const page = await store.trackDrift('nimbus', { limit: 1, offset: 1 });
    expect(page.total).toBe(2);
    expect(page.items.map(i => i.result.entityRef)).toEqual([refs[2]]);
    expect(page.items[0].pinned).toMatchObject({
      toTrack: 'caravan',
      createdAt: at,
    });
    const inputs = await store.getCardInputs('nimbus', refs[1]);
    expect(inputs.trackHistory).toEqual([
      expect.objectContaining({
        toTrack: 'caravan',
        source: 'first-evaluation',
      }),
    ]);
    expect(inputs.trackHistory[0].createdAt).toEqual(at);
  });

  it('marks the silent resets recorded before rollbacks had a name, and when each result last rolled back', async () => {
    await migrateBefore(knex, '20261202181000');
    await knex('entity_results').insert({
      migration_id: 'nimbus',
      entity_ref: 'component:default/ledger',
      owner_ref: 'group:default/payments',
      live: false,
      stage: 'in-progress',
      stage_source: 'api',
      criticality: 'low',
      complexity: 'low',
      track: 'solo-trek',
      must_pass: false,
      checks: '[]',
      result_hash: 'abc',
      changed_at: at,
      stage_changed_at: at,
    });
    const history = (from: string | null, to: string, day: number) => ({
      migration_id: 'nimbus',
      entity_ref: 'component:default/ledger',
      from_stage: from,
      to_stage: to,
      source: 'api',
      created_at: new Date(Date.UTC(2026, 1, day)),
    });
    await knex('stage_history').insert([
      history(null, 'not-started', 1),
      history('not-started', 'migrated', 2),
      history('migrated', 'in-progress', 3),
      history('in-progress', 'planning', 4),
    ]);
    await knex.migrate.latest(dir);
    const entries = await store.getHistory(
      'nimbus',
      'component:default/ledger',
    );
    expect(entries.map(e => Boolean(e.rollback))).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect(
      (await store.getResult('nimbus', 'component:default/ledger'))
        ?.rolledBackAt,
    ).toEqual(new Date(Date.UTC(2026, 1, 3)));
  });

  it('pages one track of the plan in ref order, each row once, the API wave over the annotation', async () => {
    const refs = ['e', 'a', 'd', 'b', 'c', 's'].map(
      n => `component:default/${n}`,
    );
    await store.writeResults(
      'nimbus',
      refs.map(ref => ({
        result: result(ref, {
          track: ref.endsWith('s') ? 'solo-trek' : 'caravan',
          annotationWave: ref.endsWith('a') ? 'wave-1' : null,
          dependsOn: ref.endsWith('a') ? ['component:default/s'] : [],
        }),
        isNew: true,
      })),
    );
    await knex('entity_state').insert({
      migration_id: 'nimbus',
      entity_ref: 'component:default/a',
      wave: 'wave-2',
    });
    const pages = [];
    for await (const page of store.waveRowPages('nimbus', {
      track: 'caravan',
      pageSize: 2,
    })) {
      pages.push(page.map(r => r.entityRef.slice(-1)));
    }
    expect(pages).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    const [a] = await store.waveRows('nimbus', ['component:default/a']);
    expect(a).toMatchObject({ wave: 'wave-2', track: 'caravan' });
    const solo = [];
    for await (const page of store.waveRowPages('nimbus', {
      track: 'solo-trek',
    })) {
      solo.push(...page.map(r => r.entityRef));
    }
    expect(solo).toEqual(['component:default/s']);
  });

  it('turns each wave label in use into a wave of the plan, and the services that carried it name its id', async () => {
    await migrateBefore(knex, '20261202182000');
    const row = (name: string, annotationWave: string | null) => ({
      migration_id: 'nimbus',
      entity_ref: `component:default/${name}`,
      owner_ref: 'group:default/payments',
      live: false,
      stage: 'planning',
      stage_source: 'api',
      criticality: 'high',
      complexity: 'high',
      track: 'caravan',
      annotation_wave: annotationWave,
      must_pass: false,
      checks: '[]',
      result_hash: 'abc',
      changed_at: at,
      stage_changed_at: at,
    });
    await knex('entity_results').insert([
      row('a', 'Wave 2'),
      row('b', null),
      row('c', null),
    ]);
    await knex('entity_state').insert([
      {
        migration_id: 'nimbus',
        entity_ref: 'component:default/b',
        wave: 'Payments Q3',
      },
      {
        migration_id: 'nimbus',
        entity_ref: 'component:default/c',
        wave: 'wave-2',
      },
    ]);
    await knex.migrate.latest(dir);
    const waves = await store.listWaves('nimbus');
    expect(waves.map(w => [w.id, w.title]).sort()).toEqual([
      ['payments-q3', 'Payments Q3'],
      ['wave-2', 'Wave 2'],
    ]);
    expect(
      waves.every(w => w.plannedEnd === null && w.status === 'planned'),
    ).toBe(true);
    const rows = await store.waveRows(
      'nimbus',
      ['a', 'b', 'c'].map(n => `component:default/${n}`),
    );
    expect(Object.fromEntries(rows.map(r => [r.entityRef, r.wave]))).toEqual({
      'component:default/a': 'wave-2',
      'component:default/b': 'payments-q3',
      'component:default/c': 'wave-2',
    });
  });
});
