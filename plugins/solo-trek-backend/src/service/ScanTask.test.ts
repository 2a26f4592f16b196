import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from '../config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from '../database/DatabaseSoloTrekStore';
import { EvaluationScanner } from './EvaluationScanner';
import { FactCollector } from './FactCollector';
import { ScanTask } from './ScanTask';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const DAY = 86_400_000;
const [nimbusDef] = nimbusConfig.migrations;

function configOf(migrationIds: string[]) {
  return readSoloTrekConfig(
    new ConfigReader({
      soloTrek: {
        ...nimbusConfig,
        retention: { removedEntityDays: 30 },
        migrations: migrationIds.map(id => ({ ...nimbusDef, id })),
      },
    }),
  );
}

describe.each(databases.eachSupportedId())('ScanTask on %p', databaseId => {
  async function setup(names: string[]) {
    const knex = await databases.init(databaseId);
    const store = await DatabaseSoloTrekStore.create({
      database: mockServices.database({ knex, migrations: { skip: false } }),
    });
    const logger = mockServices.logger.mock();
    const scannerFor = (entityNames: string[], pageSize = 5) =>
      new EvaluationScanner({
        catalog: catalogServiceMock({
          entities: entityNames.map(n => service(n)),
        }),
        auth: mockServices.auth(),
        store,
        facts: new FactCollector([], store, logger),
        logger,
        pageSize,
      });
    const task = (
      migrationIds: string[],
      options: { entities?: string[]; now?: Date; pageSize?: number } = {},
    ) =>
      new ScanTask({
        config: configOf(migrationIds),
        store,
        scanner: scannerFor(options.entities ?? names, options.pageSize),
        logger,
        now: options.now && (() => options.now!),
      });
    const count = async (table: string, where: object) =>
      Number((await knex(table).where(where).count({ n: '*' }))[0].n);
    return { knex, store, task, count, logger, scannerFor };
  }

  it('keeps what a removed entity or migration leaves for the retention, then prunes it', async () => {
    const { store, task, count } = await setup(['a', 'b', 'c']);
    await task(['nimbus', 'old']).run();
    for (const migrationId of ['nimbus', 'old']) {
      await store.updateState(
        migrationId,
        'component:default/c',
        ({ result }) => ({
          state: { apiStage: 'planning', apiStageAt: new Date() },
          result: { ...result, stage: 'planning', stageSource: 'api' },
          history: {
            fromStage: result.stage,
            toStage: 'planning',
            source: 'api',
            actor: 'user:default/ada',
            note: null,
            createdAt: new Date(),
          },
        }),
      );
      await store.createWaiver({
        id: `00000000-0000-4000-8000-00000000000${
          migrationId === 'old' ? 1 : 2
        }`,
        migrationId,
        entityRef: 'component:default/c',
        creedId: 'encryption-at-rest',
        reason: 'rollout',
        expiresAt: new Date(Date.now() + 60 * DAY),
        createdBy: 'user:default/pat',
        createdAt: new Date(),
      });
    }
    const c = { migration_id: 'nimbus', entity_ref: 'component:default/c' };

    // c leaves the catalog and "old" the config.
    await task(['nimbus'], { entities: ['a', 'b'] }).run();
    expect(await store.getResult('nimbus', c.entity_ref)).toBeUndefined();
    expect(await count('stage_history', c)).toBe(2);
    expect(await count('waivers', c)).toBe(1);
    expect(await count('entity_results', { migration_id: 'old' })).toBe(0);
    expect(await count('stage_history', { migration_id: 'old' })).toBe(4);
    expect(await count('waivers', { migration_id: 'old' })).toBe(1);

    // 29 days on: still within soloTrek.retention.removedEntityDays (30).
    const later = (days: number) => ({
      entities: ['a', 'b'],
      now: new Date(Date.now() + days * DAY),
    });
    await task(['nimbus'], later(29)).run();
    expect(await count('stage_history', c)).toBe(2);
    expect(await count('stage_history', { migration_id: 'old' })).toBe(4);

    // 31 days on: gone, and nothing else is touched.
    await task(['nimbus'], later(31)).run();
    expect(await count('stage_history', c)).toBe(0);
    expect(await count('waivers', c)).toBe(0);
    for (const table of ['stage_history', 'waivers', 'scans', 'entity_state']) {
      expect(await count(table, { migration_id: 'old' })).toBe(0);
    }
    expect(
      await count('stage_history', {
        migration_id: 'nimbus',
        entity_ref: 'component:default/a',
      }),
    ).toBe(1);
    expect(
      await store.getResult('nimbus', 'component:default/a'),
    ).toBeDefined();
  });

  it('starts no further migration and prunes no facts once its signal aborts', async () => {
    const { store, task, logger, scannerFor } = await setup(['a']);
    await store.putFacts(
      'component:default/elsewhere',
      'probe',
      { ok: true },
      new Date(),
      new Date(Date.now() + DAY),
    );
    const controller = new AbortController();
    // The timeout passes while the first migration is scanned.
    const scanned: string[] = [];
    const real = scannerFor(['a']);
    const scanner = Object.create(real) as EvaluationScanner;
    scanner.scan = async (migration, options) => {
      scanned.push(migration.id);
      const summary = await real.scan(migration, options);
      controller.abort();
      return summary;
    };
    await new ScanTask({
      config: configOf(['nimbus', 'old']),
      store,
      scanner,
      logger,
    }).run(controller.signal);
    expect(scanned).toEqual(['nimbus']);
    expect(await store.getScan('old')).toBeUndefined();
    expect(
      (await store.getFacts(['component:default/elsewhere'], new Date())).size,
    ).toBe(1);
    expect(logger.warn).toHaveBeenCalledWith(
      'The scan stopped at its timeout before migration old; the next scan covers it',
    );

    // A whole run prunes facts of entities no migration reads.
    await task(['nimbus', 'old']).run(new AbortController().signal);
    expect(
      (await store.getFacts(['component:default/elsewhere'], new Date())).size,
    ).toBe(0);
  });
});
