import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { nimbusConfig } from '../../__testUtils__/fixtures';
import { readSoloTrekConfig } from '../../config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from '../../database/DatabaseSoloTrekStore';
import { StoredResult } from '../../database/SoloTrekStore';
import { OutcomesTask } from './OutcomesTask';
import { PulseNotifier } from './PulseNotifier';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const NOW = new Date('2026-12-02T12:00:00Z');
const DAY = 86_400_000;
const config = readSoloTrekConfig(new ConfigReader({ soloTrek: nimbusConfig }));

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
    changedAt: NOW,
    stageChangedAt: NOW,
    migratedAt: null,
    ...overrides,
  };
}
const wentLive = (daysAgo: number): Partial<StoredResult> => ({
  stage: 'migrated',
  live: true,
  migratedAt: new Date(NOW.getTime() - daysAgo * DAY),
});

describe.each(databases.eachSupportedId())('OutcomesTask on %p', databaseId => {
  async function setUp() {
    const knex = await databases.init(databaseId);
    const store = await DatabaseSoloTrekStore.create({
      database: mockServices.database({ knex, migrations: { skip: false } }),
    });
    const notifications = { send: jest.fn(async () => {}) };
    const task = new OutcomesTask({
      config,
      store,
      logger: mockServices.logger.mock(),
      notifier: new PulseNotifier({
        config,
        store,
        notifications,
        logger: mockServices.logger.mock(),
      }),
      now: () => NOW,
    });
    return { knex, store, notifications, task };
  }

  it('tells the owners once that a pulse opened, not for services long live or not live', async () => {
    const { store, notifications, task } = await setUp();
    await store.writeResults('nimbus', [
      // Live 17 days: the pulse opened 3 days ago.
      { result: result('component:default/opened', wentLive(17)) },
      // Live 100 days: its pulse opened long before, it is not announced.
      { result: result('component:default/veteran', wentLive(100)) },
      // Live 5 days: not open yet.
      { result: result('component:default/fresh', wentLive(5)) },
      { result: result('component:default/old-platform') },
    ]);
    await task.run();
    await task.run();
    expect(notifications.send).toHaveBeenCalledTimes(1);
    expect(notifications.send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: 'group:default/payments' },
      payload: expect.objectContaining({
        title:
          'opened has been live on nimbus for 17 days: How is life on the new platform?',
        link: '/catalog/default/component/opened',
        topic: 'solo-trek-pulse',
      }),
    });
  });

  it('rolls up raw points older than rawRetentionDays', async () => {
    const { knex, store, task } = await setUp();
    const point = (daysAgo: number) => ({
      entityRef: 'component:default/opened',
      metric: 'deployments',
      at: new Date(NOW.getTime() - daysAgo * DAY),
      value: 2,
      platform: null,
    });
    await store.outcomes.putPoints(
      [point(45), point(44), point(10)],
      'ci',
      NOW,
    );
    await task.run();
    const [{ n }] = await knex('outcome_points').count({ n: '*' });
    expect(Number(n)).toBe(1);
    expect(
      (await knex('outcome_days').select('value')).map(r => Number(r.value)),
    ).toEqual([2, 2]);
  });

  it('prunes what left only once every migration had a successful scan', async () => {
    const { knex, store, task } = await setUp();
    await store.outcomes.putPoints(
      [
        {
          entityRef: 'component:default/gone',
          metric: 'incidents',
          at: new Date(NOW.getTime() - 200 * DAY),
          value: 1,
          platform: null,
        },
      ],
      'ci',
      NOW,
    );
    await task.run();
    // No scan yet: no results does not mean the entity left.
    expect(Number((await knex('outcome_days').count({ n: '*' }))[0].n)).toBe(1);
    await store.recordScanEnd('nimbus', { at: NOW, entities: 0 });
    await task.run();
    expect(Number((await knex('outcome_days').count({ n: '*' }))[0].n)).toBe(0);
  });
});
