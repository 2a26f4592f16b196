import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DateTime } from 'luxon';
import { nimbusConfig } from '../../__testUtils__/fixtures';
import { readSoloTrekConfig } from '../../config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from '../../database/DatabaseSoloTrekStore';
import { StoredResult } from '../../database/SoloTrekStore';
import { AggregatesService } from '../AggregatesService';
import { CatalogReadAccess } from '../CatalogReadAccess';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

function result(
  ref: string,
  track: 'solo-trek' | 'caravan',
  migratedAt: DateTime | null,
): StoredResult {
  return {
    migrationId: 'nimbus',
    entityRef: ref,
    title: null,
    ownerRef: 'group:default/payments',
    live: Boolean(migratedAt),
    stage: migratedAt ? 'migrated' : 'in-progress',
    stageSource: 'api',
    annotationStage: null,
    criticality: 'low',
    complexity: 'low',
    track,
    annotationWave: null,
    mustPass: true,
    checks: [],
    resultHash: `${ref}-${migratedAt?.toISODate()}`,
    changedAt: new Date('2026-09-01T00:00:00Z'),
    stageChangedAt: new Date('2026-09-01T00:00:00Z'),
    migratedAt: migratedAt?.toJSDate() ?? null,
  };
}

describe.each(databases.eachSupportedId())(
  'the forecast per track, from the snapshots, on %p',
  databaseId => {
    it('counts each track apart, scope changes included, plus overall', async () => {
      const knex = await databases.init(databaseId);
      const store = await DatabaseSoloTrekStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      const config = readSoloTrekConfig(
        new ConfigReader({ soloTrek: nimbusConfig }),
      );
      const start = DateTime.fromISO('2026-09-01', { zone: 'utc' });
      const days = 63;
      // Nine weeks: the forecast fits the last eight. Solo Trek: 150
      // services, 2 a day done. Caravan: 10 done at once, then 1 a day done
      // while 1 a day joins the scope.
      for (let d = 0; d <= days; d++) {
        const day = start.plus({ days: d });
        const writes = [];
        for (let i = 0; i < 150; i++) {
          const doneOn =
            i < 2 * d ? start.plus({ days: Math.floor(i / 2) }) : null;
          writes.push({
            result: result(`component:default/solo-${i}`, 'solo-trek', doneOn),
          });
        }
        for (let i = 0; i < 20 + d; i++) {
          const doneOn =
            i < 10 + d ? start.plus({ days: Math.max(0, i - 10) }) : null;
          writes.push({
            result: result(`component:default/jewel-${i}`, 'caravan', doneOn),
          });
        }
        await store.writeResults('nimbus', writes);
        await store.writeSnapshot('nimbus', day.toISODate()!);
      }
      const catalog = catalogServiceMock({ entities: [] });
      const aggregates = new AggregatesService({
        config,
        store,
        catalog,
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
        access: new CatalogReadAccess({
          permissions: mockServices.permissions(),
          catalog,
        }),
        migration: id => config.migrations.find(m => m.id === id)!,
        now: () => start.plus({ days, hours: 12 }).toJSDate(),
      });
      const history = await aggregates.history.report('nimbus');
      const byTrack = Object.fromEntries(
        history.forecastByTrack.map(f => [f.track, f]),
      );
      expect(byTrack['solo-trek']).toMatchObject({
        status: 'on-track',
        remaining: 24,
        scopeWeeklyChange: 0,
      });
      expect(byTrack['solo-trek'].netWeeklyRate).toBeCloseTo(14, 0);
      // As many join the Caravan as it finishes: no net progress.
      expect(byTrack.caravan).toMatchObject({
        status: 'late',
        projectedCompletion: null,
        remaining: 10,
      });
      expect(byTrack.caravan.weeklyRate).toBeCloseTo(7, 0);
      expect(byTrack.caravan.scopeWeeklyChange).toBeCloseTo(7, 0);
      expect(byTrack.caravan.reason).toMatch(/joining the scope/);
      // Overall, the Solo Trek's pace carries the total.
      expect(history.forecast.remaining).toBe(34);
      expect(history.forecast.netWeeklyRate).toBeCloseTo(14, 0);
      expect(history.forecast.status).toBe('on-track');
      // The adoption report shows the same forecast.
      expect((await aggregates.adoption.report('nimbus')).forecast).toEqual(
        history.forecast,
      );
    });
  },
);
