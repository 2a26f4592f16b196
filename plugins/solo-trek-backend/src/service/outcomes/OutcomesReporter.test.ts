import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { nimbusConfig } from '../../__testUtils__/fixtures';
import { readSoloTrekConfig } from '../../config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from '../../database/DatabaseSoloTrekStore';
import { StoredResult } from '../../database/SoloTrekStore';
import { CatalogReadAccess } from '../CatalogReadAccess';
import { CatalogNames } from '../aggregates/CatalogNames';
import { OutcomesReporter } from './OutcomesReporter';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
const config = readSoloTrekConfig(new ConfigReader({ soloTrek: nimbusConfig }));
const NOW = new Date('2026-12-02T12:00:00Z');

function result(ref: string): StoredResult {
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
  };
}

describe.each(databases.eachSupportedId())(
  'OutcomesReporter on %p',
  databaseId => {
    async function setUp(slowMs?: number) {
      const knex = await databases.init(databaseId);
      const store = await DatabaseSoloTrekStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      await store.writeResults('nimbus', [
        { result: result('component:default/a') },
        { result: result('component:default/b') },
      ]);
      const catalog = catalogServiceMock({ entities: [] });
      const reporter = new OutcomesReporter({
        config,
        store,
        access: new CatalogReadAccess({
          permissions: mockServices.permissions(),
          catalog,
        }),
        names: new CatalogNames({
          catalog,
          auth: mockServices.auth(),
          logger: mockServices.logger.mock(),
        }),
        logger: mockServices.logger.mock(),
        migration: () => config.migrations[0],
        now: () => NOW,
        slowMs,
      });
      const report = async (entityRef: string) => {
        await store.outcomes.putPoints(
          [
            {
              entityRef,
              metric: 'deployments',
              at: new Date(NOW.getTime() - 86_400_000),
              value: 1,
              platform: null,
            },
          ],
          'ci',
          NOW,
        );
        await store.outcomes.bumpVersion();
      };
      return { reporter, report };
    }

    it('shows a write at the next read', async () => {
      const { reporter, report } = await setUp();
      await report('component:default/a');
      expect((await reporter.report('nimbus')).reportingServices).toBe(1);
      // The same object while nothing changes: serialised once.
      expect(await reporter.report('nimbus')).toBe(
        await reporter.report('nimbus'),
      );
      await report('component:default/b');
      expect((await reporter.report('nimbus')).reportingServices).toBe(2);
    });

    it('serves a slow scorecard one computation behind while the next is computed', async () => {
      // Every computation counts as slow.
      const { reporter, report } = await setUp(-1);
      await report('component:default/a');
      const first = await reporter.report('nimbus');
      expect(first.reportingServices).toBe(1);
      await report('component:default/b');
      // Answered at once with the last scorecard; the next one is under way.
      expect(await reporter.report('nimbus')).toBe(first);
      // Fresh once that computation is done (polled: the machine may be busy).
      let seen = 1;
      for (let i = 0; i < 100 && seen !== 2; i++) {
        await new Promise(resolve => setTimeout(resolve, 100));
        seen = (await reporter.report('nimbus')).reportingServices;
      }
      expect(seen).toBe(2);
    });
  },
);
