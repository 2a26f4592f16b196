import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { SoloTrekFactProvider } from '@internal/plugin-solo-trek-node';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from '../config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from '../database/DatabaseSoloTrekStore';
import { SoloTrekStore } from '../database/SoloTrekStore';
import { buildCard } from '../domain/buildCard';
import { EvaluationScanner, ScanAbortedError } from './EvaluationScanner';
import { FactCollector } from './FactCollector';
import { allScoredRows } from '../__testUtils__/storeHelpers';

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
      const make = (c = catalog, s: SoloTrekStore = store) =>
        new EvaluationScanner({
          catalog: c,
          auth: mockServices.auth(),
          store: s,
          facts: new FactCollector([probe], s, logger),
          logger,
          pageSize: 5,
          // Not a multiple of the page: seen refs go in across pages.
          seenBatch: 7,
        });
      return { knex, store, make, logger };
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
      const { knex, store, make } = await setup();
      await make().scan(nimbus);
      const smaller = catalogServiceMock({ entities: catalogOf(10) });
      const summary = await make(smaller).scan(nimbus);
      expect(summary.deleted).toBe(13);
      // Every batch of seen refs counted, and none is left behind.
      const count = async (table: string) =>
        Number((await knex(table).count({ n: '*' }))[0].n);
      expect(await count('entity_results')).toBe(10);
      expect(await count('scan_seen')).toBe(0);
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
        trackHistory: [],
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
        trackHistory: [],
        scan: await store.getScan('nimbus'),
        now: new Date(),
      });
      expect(fresh.stale).toBe(false);
    });

    it('records an entity the database refuses with its own error and writes the rest of its page', async () => {
      const { store, make, logger } = await setup();
      // A row the database refuses whatever the dialect (a NOT NULL column),
      // standing in for any value a future column cannot hold.
      const sabotaged = Object.create(store) as SoloTrekStore;
      sabotaged.writeResults = (migrationId, writes, options) =>
        store.writeResults(
          migrationId,
          writes.map(w =>
            w.result.entityRef === 'component:default/svc-003'
              ? { ...w, result: { ...w.result, criticality: null as any } }
              : w,
          ),
          options,
        );
      const summary = await make(undefined, sabotaged).scan(nimbus);
      expect(summary.entities).toBe(23);
      expect(summary.failedEntities).toBe(1);
      const refs = catalogOf(23).map(
        e => `component:default/${e.metadata.name}`,
      );
      const stored = await store.getResults('nimbus', refs);
      expect(stored.size).toBe(22);
      expect(stored.has('component:default/svc-003')).toBe(false);
      const [error] = await store.listEntityErrors('nimbus');
      expect(error.entityRef).toBe('component:default/svc-003');
      expect(error.message).toBe(
        `Could not store the evaluation of this entity; the backend log has the cause under log id ${error.logId}`,
      );
      expect(error.logId).toMatch(/^[0-9a-f]{12}$/);
      // The log has the database's own words under the same id.
      const logged = logger.warn.mock.calls
        .map(([message]) => String(message))
        .find(message => message.includes(error.logId))!;
      expect(logged).toContain('component:default/svc-003');
      expect(logged).toMatch(/criticality/i);
      const scan = await store.getScan('nimbus');
      expect(scan).toMatchObject({
        error: null,
        failedEntities: 1,
        entities: 23,
      });

      // Once it can be stored, the next scan clears its error.
      const again = await make().scan(nimbus);
      expect(again.failedEntities).toBe(0);
      expect(await store.listEntityErrors('nimbus')).toEqual([]);
      expect(
        await store.getResult('nimbus', 'component:default/svc-003'),
      ).toBeDefined();
      expect((await store.getScan('nimbus'))!.failedEntities).toBe(0);
    });

    it('serves a generic message with a log id when the database fails a scan, and logs the cause', async () => {
      const { store, make, logger } = await setup();
      const failing = Object.create(store) as SoloTrekStore;
      failing.writeSnapshot = async () => {
        throw new Error(
          'insert into "snapshots" ("owner_ref") - value too long for type character varying(512)',
        );
      };
      await expect(make(undefined, failing).scan(nimbus)).rejects.toThrow(
        'value too long',
      );
      const { error } = (await store.getScan('nimbus'))!;
      const logId = /log id ([0-9a-f]{12})$/.exec(error!)![1];
      expect(error).toBe(
        `The scan failed; the backend log has the cause under log id ${logId}`,
      );
      expect(error).not.toMatch(/snapshots|owner_ref|varying/);
      const [message] = logger.error.mock.calls.find(([m]) =>
        String(m).includes(logId),
      )!;
      expect(message).toContain('character varying(512)');
    });

    it('stops between pages once its signal aborts, writing nothing more', async () => {
      const { store, make } = await setup();
      const good = catalogServiceMock({ entities: catalogOf(23) });
      const controller = new AbortController();
      let pages = 0;
      const timingOut = Object.create(good);
      timingOut.queryEntities = async (
        ...args: Parameters<typeof good.queryEntities>
      ) => {
        pages++;
        // The scheduler's timeout passes while the second page is read.
        if (pages === 2) controller.abort();
        return good.queryEntities(...args);
      };
      await expect(
        make(timingOut).scan(nimbus, { signal: controller.signal }),
      ).rejects.toBeInstanceOf(ScanAbortedError);
      expect(pages).toBe(2);
      // Only the first page was written; the second was read but not stored.
      expect((await allScoredRows(store, 'nimbus')).length).toBe(5);
      const scan = await store.getScan('nimbus');
      expect(scan!.error).toBe(
        'The scan of migration nimbus stopped at its timeout after 5 entities; the next scan starts over',
      );
      expect(scan!.succeededAt).toBeNull();
    });

    it('refuses the writes of a scan that a newer scan replaced', async () => {
      const { store, make } = await setup();
      const good = catalogServiceMock({ entities: catalogOf(23) });
      let release!: () => void;
      const released = new Promise<void>(r => {
        release = r;
      });
      let pages = 0;
      const slow = Object.create(good);
      slow.queryEntities = async (
        ...args: Parameters<typeof good.queryEntities>
      ) => {
        pages++;
        // The old scan hangs on its second page, past its timeout…
        if (pages === 2) await released;
        return good.queryEntities(...args);
      };
      const old = make(slow).scan(nimbus);
      while (pages < 2) await new Promise(r => setTimeout(r, 10));
      // …while the next one runs from start to end.
      const smaller = catalogServiceMock({ entities: catalogOf(10) });
      const next = await make(smaller).scan(nimbus);
      expect(next.deleted).toBe(0);
      const status = await store.getScan('nimbus');
      release();
      await expect(old).rejects.toThrow(
        'A newer scan of migration nimbus started; this one stops writing',
      );
      // The old scan's pages 2 to 5 (svc-005 to svc-022) were not written,
      // and the newer scan's status stands.
      expect(
        await store.getResult('nimbus', 'component:default/svc-015'),
      ).toBeUndefined();
      expect((await allScoredRows(store, 'nimbus')).length).toBe(10);
      expect(await store.getScan('nimbus')).toEqual(status);
    });
  },
);
