import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { SoloTrekFactProvider } from '@internal/plugin-solo-trek-node';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from '../config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from '../database/DatabaseSoloTrekStore';
import { buildCard } from '../domain/buildCard';
import { EvaluationScanner } from './EvaluationScanner';
import { FactCollector } from './FactCollector';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const withFact = JSON.parse(JSON.stringify(nimbusConfig));
withFact.migrations[0].creed.push({
  id: 'metrics-evidence',
  title: 'Metrics endpoint answers',
  severity: 'should',
  rule: { fact: 'probe.ok', equals: true },
});
const [nimbus] = readSoloTrekConfig(
  new ConfigReader({ soloTrek: withFact }),
).migrations;

function catalogOf(count: number) {
  const entities = Array.from({ length: count }, (_, i) =>
    service(`svc-${String(i).padStart(3, '0')}`, {
      owner: i % 2 ? 'group:default/payments' : 'group:default/search',
      annotations: {
        ...(i % 3 === 0 ? { 'nimbus.io/cluster': 'eu-1' } : {}),
        ...(i % 4 === 0 ? { 'probe.example/url': 'http://x' } : {}),
      },
      labels: i % 5 === 0 ? { 'cost-center': 'cc-1000' } : {},
    }),
  );
  // Out of scope: not a service.
  entities.push(service('web', { type: 'website' }));
  return entities;
}

const probe: SoloTrekFactProvider & { calls: number } = {
  id: 'probe',
  calls: 0,
  appliesTo: e => Boolean(e.metadata.annotations?.['probe.example/url']),
  async getFacts() {
    probe.calls++;
    return { facts: { ok: true }, ttlSeconds: 3600 };
  },
};

describe.each(databases.eachSupportedId())(
  'EvaluationScanner on %p',
  databaseId => {
    async function setup(
      catalog = catalogServiceMock({ entities: catalogOf(23) }),
    ) {
      const knex = await databases.init(databaseId);
      const store = await DatabaseSoloTrekStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      const logger = mockServices.logger.mock();
      const make = (c = catalog) =>
        new EvaluationScanner({
          catalog: c,
          auth: mockServices.auth(),
          store,
          facts: new FactCollector([probe], store, logger),
          logger,
          pageSize: 5,
        });
      return { knex, store, make };
    }

    beforeEach(() => {
      probe.calls = 0;
    });

    it('evaluates every in-scope entity page by page and writes nothing on a rescan', async () => {
      const { store, make } = await setup();
      const scanner = make();
      const first = await scanner.scan(nimbus);
      expect(first.entities).toBe(23);
      expect(first.ruleEvaluations).toBe(23 * 5);
      expect(first.rowsWritten).toBeGreaterThanOrEqual(23);
      expect(probe.calls).toBe(6); // svc-000, 004, … 020: facts are collected once

      const live = await store.getResult('nimbus', 'component:default/svc-003');
      expect(live).toMatchObject({ live: true, stage: 'migrated' });
      const withProbe = await store.getResult(
        'nimbus',
        'component:default/svc-004',
      );
      expect(
        withProbe!.checks.find(c => c.id === 'metrics-evidence')!.outcome,
      ).toBe('pass');
      const withoutProbe = await store.getResult(
        'nimbus',
        'component:default/svc-001',
      );
      expect(
        withoutProbe!.checks.find(c => c.id === 'metrics-evidence')!.outcome,
      ).toBe('unknown');
      expect(
        await store.getResult('nimbus', 'component:default/web'),
      ).toBeUndefined();

      const second = await scanner.scan(nimbus);
      expect(second.entities).toBe(23);
      expect(second.rowsWritten).toBe(0);
      expect(probe.calls).toBe(6); // facts still fresh

      const snapshot = await store.listSnapshots('nimbus');
      expect(snapshot.reduce((n, r) => n + r.count, 0)).toBe(23);
      expect((await store.getScan('nimbus'))!.error).toBeNull();
    });

    it('removes results of entities that left the catalog', async () => {
      const { store, make } = await setup();
      await make().scan(nimbus);
      const smaller = catalogServiceMock({ entities: catalogOf(10) });
      const summary = await make(smaller).scan(nimbus);
      expect(summary.deleted).toBe(13);
      expect(
        await store.getResult('nimbus', 'component:default/svc-015'),
      ).toBeUndefined();
      expect(
        await store.getResult('nimbus', 'component:default/svc-005'),
      ).toBeDefined();
    });

    it('fails cleanly when the catalog fails mid-scan, keeping the last results', async () => {
      const { store, make } = await setup();
      await make().scan(nimbus);
      const good = catalogServiceMock({ entities: catalogOf(23) });
      let pages = 0;
      const flaky = Object.create(good);
      flaky.queryEntities = async (
        ...args: Parameters<typeof good.queryEntities>
      ) => {
        pages++;
        if (pages === 3) throw new Error('catalog unavailable');
        return good.queryEntities(...args);
      };
      await expect(make(flaky).scan(nimbus)).rejects.toThrow(
        'catalog unavailable',
      );
      const scan = await store.getScan('nimbus');
      expect(scan!.error).toBe('catalog unavailable');
      expect(scan!.succeededAt).not.toBeNull();
      // Nothing was deleted: the half-read catalog is not taken as the truth.
      expect(
        (
          await store.getResults(
            'nimbus',
            catalogOf(23).map(e => `component:default/${e.metadata.name}`),
          )
        ).size,
      ).toBe(23);
    });

    it('projects only the fields the rules read', () => {
      const fields = EvaluationScanner.fieldsFor(nimbus);
      expect(fields).toContain('metadata.annotations');
      expect(fields).toContain('relations');
      expect(fields).not.toContain('spec');
    });

    it('serves the last results as stale with their age until a good scan', async () => {
      const { store, make } = await setup();
      const good = catalogServiceMock({ entities: catalogOf(6) });
      await make(good).scan(nimbus);
      const down = {
        queryEntities: async () => {
          throw new Error('catalog unreachable');
        },
      } as any;
      await expect(make(down).scan(nimbus)).rejects.toThrow(
        'catalog unreachable',
      );
      const result = await store.getResult(
        'nimbus',
        'component:default/svc-001',
      );
      const scan = await store.getScan('nimbus');
      const card = buildCard({
        migration: nimbus,
        result: result!,
        state: undefined,
        waivers: [],
        history: [],
        scan,
        now: new Date(),
      });
      expect(card.stale).toBe(true);
      // Its age is that of the last good scan.
      expect(card.evaluatedAt).toBe(scan!.succeededAt!.toISOString());
      await make(good).scan(nimbus);
      const fresh = buildCard({
        migration: nimbus,
        result: result!,
        state: undefined,
        waivers: [],
        history: [],
        scan: await store.getScan('nimbus'),
        now: new Date(),
      });
      expect(fresh.stale).toBe(false);
    });
  },
);
