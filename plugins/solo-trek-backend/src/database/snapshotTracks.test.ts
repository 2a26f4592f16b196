import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { StoredResult } from './SoloTrekStore';
import { DatabaseSoloTrekStore } from './DatabaseSoloTrekStore';
import { deleteResultsExcept } from '../__testUtils__/storeHelpers';

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
    checks: [],
    resultHash: `hash-${ref}`,
    changedAt: new Date('2026-03-01T00:00:00Z'),
    stageChangedAt: new Date('2026-03-01T00:00:00Z'),
    migratedAt: null,
    ...overrides,
  };
}

describe.each(databases.eachSupportedId())(
  'per-track snapshots on %p',
  databaseId => {
    it('counts each track per day, rewrites the day, and thins out to Mondays with the rest', async () => {
      const knex = await databases.init(databaseId);
      const store = await DatabaseSoloTrekStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      await store.writeResults('nimbus', [
        { result: result('component:default/a') },
        {
          result: result('component:default/b', {
            stage: 'migrated',
            live: true,
            mustPass: true,
          }),
        },
        { result: result('component:default/c', { track: 'caravan' }) },
      ]);
      // 2026-03-02 is a Monday.
      for (const day of ['2026-03-02', '2026-03-03']) {
        await store.writeSnapshot('nimbus', day);
      }
      const key = (r: { day: string; track: string; stage: string }) =>
        `${r.day} ${r.track} ${r.stage}`;
      expect(
        (await store.listTrackSnapshots('nimbus')).sort((a, b) =>
          key(a).localeCompare(key(b)),
        ),
      ).toEqual(
        [
          {
            day: '2026-03-02',
            track: 'caravan',
            stage: 'not-started',
            count: 1,
            compliant: 0,
          },
          {
            day: '2026-03-02',
            track: 'solo-trek',
            stage: 'migrated',
            count: 1,
            compliant: 1,
          },
          {
            day: '2026-03-02',
            track: 'solo-trek',
            stage: 'not-started',
            count: 1,
            compliant: 0,
          },
          {
            day: '2026-03-03',
            track: 'caravan',
            stage: 'not-started',
            count: 1,
            compliant: 0,
          },
          {
            day: '2026-03-03',
            track: 'solo-trek',
            stage: 'migrated',
            count: 1,
            compliant: 1,
          },
          {
            day: '2026-03-03',
            track: 'solo-trek',
            stage: 'not-started',
            count: 1,
            compliant: 0,
          },
        ].map(expect.objectContaining),
      );
      expect(
        (await store.listTrackSnapshots('nimbus')).map(r => r.day),
      ).toEqual([
        '2026-03-02',
        '2026-03-02',
        '2026-03-02',
        '2026-03-03',
        '2026-03-03',
        '2026-03-03',
      ]);

      // A service leaves the scope and one joins the caravan: the day is rewritten.
      await deleteResultsExcept(
        store,
        'nimbus',
        new Set(['component:default/b', 'component:default/c']),
      );
      await store.writeResults('nimbus', [
        { result: result('component:default/d', { track: 'caravan' }) },
      ]);
      await store.writeSnapshot('nimbus', '2026-03-03');
      const day = (await store.listTrackSnapshots('nimbus', '2026-03-03')).map(
        r => [r.track, r.stage, r.count],
      );
      expect(day.sort()).toEqual([
        ['caravan', 'not-started', 2],
        ['solo-trek', 'migrated', 1],
      ]);

      await store.pruneSnapshots('nimbus', '2026-03-04');
      expect([
        ...new Set((await store.listTrackSnapshots('nimbus')).map(r => r.day)),
      ]).toEqual(['2026-03-02']);
    });
  },
);
