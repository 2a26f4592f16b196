import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { SoloTrekFactProvider } from '@internal/plugin-solo-trek-node';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import {
  MigrationDefinition,
  readSoloTrekConfig,
} from '../config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from '../database/DatabaseSoloTrekStore';
import { buildCard } from '../domain/buildCard';
import { EvaluationScanner } from './EvaluationScanner';
import { FactCollector } from './FactCollector';

/*
 * Issue 20: a rescan skips entities whose inputs (projected fields, facts,
 * related entities, state, config) have the digest stored with their result.
 * Each input must still invalidate it; these tests change one at a time.
 */

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

function migrationOf(edit: (config: any) => void = () => {}) {
  const config = JSON.parse(JSON.stringify(nimbusConfig));
  config.migrations[0].creed.push({
    id: 'metrics-evidence',
    title: 'Metrics endpoint answers',
    severity: 'should',
    rule: { fact: 'probe.ok', equals: true },
  });
  edit(config.migrations[0]);
  return readSoloTrekConfig(new ConfigReader({ soloTrek: config }))
    .migrations[0];
}
const nimbus = migrationOf();

const COUNT = 12;
function catalogOf(): Entity[] {
  return Array.from({ length: COUNT }, (_, i) =>
    service(`svc-${String(i).padStart(2, '0')}`, {
      annotations: {
        ...(i % 3 === 0 ? { 'nimbus.io/cluster': 'eu-1' } : {}),
        ...(i % 4 === 0 ? { 'probe.example/url': 'http://x' } : {}),
      },
      labels: i % 5 === 0 ? { 'cost-center': 'cc-1000' } : {},
    }),
  );
}

const probe: SoloTrekFactProvider = {
  id: 'probe',
  appliesTo: e => Boolean(e.metadata.annotations?.['probe.example/url']),
  async getFacts() {
    return { facts: { ok: true }, ttlSeconds: 3600 };
  },
};

const ref = (name: string) => `component:default/${name}`;

/** A Resource svc-05 depends on and an API svc-06 provides. */
function related(): Entity[] {
  return [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: { name: 'store', namespace: 'default' },
      spec: { type: 'bucket', owner: 'group:default/payments' },
      relations: [{ type: 'dependencyOf', targetRef: ref('svc-05') }],
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: { name: 'pay', namespace: 'default' },
      spec: { type: 'openapi', owner: 'group:default/payments' },
      relations: [
        { type: 'apiProvidedBy', targetRef: ref('svc-06') },
        { type: 'apiConsumedBy', targetRef: ref('svc-07') },
      ],
    },
  ];
}

/** The quadrant counts data gravity and the consumers of a service's APIs. */
const segmented = migrationOf(m => {
  m.segmentation = {
    complexityThreshold: 2,
    fanIn: { apiConsumerWeight: 1 },
    dataGravity: { resourceTypes: ['database'], weight: 2 },
  };
});

describe.each(databases.eachSupportedId())(
  'EvaluationScanner digest skip on %p',
  databaseId => {
    async function setup() {
      const knex = await databases.init(databaseId);
      const store = await DatabaseSoloTrekStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      const logger = mockServices.logger.mock();
      // Resources and APIs are out of the scope; the quadrant reads them.
      let entities = [...catalogOf(), ...related()];
      const scan = (migration: MigrationDefinition = nimbus) =>
        new EvaluationScanner({
          catalog: catalogServiceMock({ entities }),
          auth: mockServices.auth(),
          store,
          facts: new FactCollector([probe], store, logger),
          logger,
          pageSize: 5,
        }).scan(migration);
      const edit = (name: string, change: (e: Entity) => void) => {
        entities = entities.map(e => {
          if (e.metadata.name !== name) return e;
          const copy = JSON.parse(JSON.stringify(e));
          change(copy);
          return copy;
        });
      };
      await scan();
      return { knex, store, scan, edit };
    }

    it('skips every entity of an unchanged catalog, keeping its rows as they were', async () => {
      const { store, scan } = await setup();
      const refs = catalogOf().map(e => ref(e.metadata.name));
      const before = await store.getResults('nimbus', refs);
      const again = await scan();
      expect(again).toMatchObject({
        entities: COUNT,
        skipped: COUNT,
        ruleEvaluations: 0,
        rowsWritten: 0,
      });
      expect(await store.getResults('nimbus', refs)).toEqual(before);
    });

    it('re-evaluates an entity whose projected fields changed, and only it', async () => {
      const { store, scan, edit } = await setup();
      expect(
        (await store.getResult('nimbus', ref('svc-01')))!.checks.find(
          c => c.id === 'cost-center',
        )!.outcome,
      ).toBe('fail');
      edit('svc-01', e => {
        e.metadata.labels = { 'cost-center': 'cc-2000' };
      });
      const again = await scan();
      expect(again.skipped).toBe(COUNT - 1);
      expect(again.ruleEvaluations).toBe(nimbus.creed.length + 1);
      expect(
        (await store.getResult('nimbus', ref('svc-01')))!.checks.find(
          c => c.id === 'cost-center',
        )!.outcome,
      ).toBe('pass');
      expect((await scan()).skipped).toBe(COUNT);
    });

    it('re-evaluates an entity whose change no rule reads once, then skips it again', async () => {
      const { scan, edit } = await setup();
      edit('svc-02', e => {
        e.metadata.annotations!['example.com/unrelated'] = 'x';
      });
      const again = await scan();
      // Evaluated, same result: no row written, only the digest stored.
      expect(again.skipped).toBe(COUNT - 1);
      expect(again.rowsWritten).toBe(0);
      expect((await scan()).skipped).toBe(COUNT);
    });

    it('re-evaluates an entity whose facts changed', async () => {
      const { store, scan } = await setup();
      const check = async () =>
        (await store.getResult('nimbus', ref('svc-04')))!.checks.find(
          c => c.id === 'metrics-evidence',
        )!.outcome;
      expect(await check()).toBe('pass');
      const now = new Date();
      await store.putFacts(
        ref('svc-04'),
        'probe',
        { ok: false },
        now,
        new Date(now.getTime() + 3600_000),
      );
      const again = await scan();
      expect(again.skipped).toBe(COUNT - 1);
      expect(await check()).toBe('fail');
    });

    it('re-evaluates an entity whose related Resource or API changed, and only it', async () => {
      const { store, scan, edit } = await setup();
      edit('svc-05', e => {
        e.relations!.push({ type: 'dependsOn', targetRef: 'resource:default/store' });
      });
      edit('svc-06', e => {
        e.relations!.push({ type: 'providesApi', targetRef: 'api:default/pay' });
      });
      const complexity = async (name: string) =>
        (await store.getResult('nimbus', ref(name)))!.complexity;
      await scan(segmented);
      expect((await scan(segmented)).skipped).toBe(COUNT);
      // A bucket is coupling (+1), below the threshold of 2.
      expect(await complexity('svc-05')).toBe('low');
      expect(await complexity('svc-06')).toBe('low');

      // The Resource now holds data: gravity, +2. Only svc-05 reads it.
      edit('store', e => {
        (e.spec as { type: string }).type = 'database';
      });
      let again = await scan(segmented);
      expect(again.skipped).toBe(COUNT - 1);
      expect(await complexity('svc-05')).toBe('high');

      // A second consumer of svc-06's API: fan-in 2. Only svc-06 reads it.
      edit('pay', e => {
        e.relations!.push({ type: 'apiConsumedBy', targetRef: ref('svc-08') });
      });
      again = await scan(segmented);
      expect(again.skipped).toBe(COUNT - 1);
      expect(await complexity('svc-06')).toBe('high');
      expect((await scan(segmented)).skipped).toBe(COUNT);
    });

    it('re-evaluates every entity when a rule changes', async () => {
      const { store, scan } = await setup();
      const stricter = migrationOf(m => {
        const item = m.creed.find((c: any) => c.id === 'cost-center');
        item.rule = { label: 'cost-center', matches: '^cc-9[0-9]{3}$' };
      });
      const again = await scan(stricter);
      expect(again.skipped).toBe(0);
      expect(again.ruleEvaluations).toBe(COUNT * (nimbus.creed.length + 1));
      expect(
        (await store.getResult('nimbus', ref('svc-00')))!.checks.find(
          c => c.id === 'cost-center',
        )!.outcome,
      ).toBe('fail');
      expect((await scan(stricter)).skipped).toBe(COUNT);
    });

    it('re-evaluates every entity when the config outside the rules changes', async () => {
      const { scan } = await setup();
      const otherSunset = migrationOf(m => {
        m.window = { ...m.window, sunset: '2031-06-30' };
      });
      expect((await scan(otherSunset)).skipped).toBe(0);
      const otherLiveWhen = migrationOf(m => {
        m.liveWhen = { annotation: 'nimbus.io/cluster', equals: 'eu-2' };
      });
      const again = await scan(otherLiveWhen);
      expect(again.skipped).toBe(0);
      expect(again.rowsWritten).toBeGreaterThan(0);
    });

    it('re-evaluates an entity whose stage was set through the API', async () => {
      const { store, scan } = await setup();
      const now = new Date();
      await store.updateState('nimbus', ref('svc-01'), ({ result }) => ({
        state: { apiStage: 'planning', apiStageAt: now },
        result: {
          ...result,
          stage: 'planning',
          stageSource: 'api',
          resultHash: 'rewritten by the API',
        },
      }));
      const again = await scan();
      expect(again.skipped).toBe(COUNT - 1);
      const stored = await store.getResult('nimbus', ref('svc-01'));
      // The scan decided on the row the API wrote, from the state it set.
      expect(stored).toMatchObject({ stage: 'planning', stageSource: 'api' });
      expect(stored!.resultHash).not.toBe('rewritten by the API');
      expect((await scan()).skipped).toBe(COUNT);
    });

    it('evaluates rows stored without a digest (before the migration) once, writing no result', async () => {
      const { knex, scan } = await setup();
      await knex('entity_results').update({ input_digest: null });
      const again = await scan();
      expect(again).toMatchObject({ skipped: 0, rowsWritten: 0 });
      expect((await scan()).skipped).toBe(COUNT);
    });

    it('needs no re-evaluation for a waiver: the card applies it to the stored outcome', async () => {
      const { store, scan } = await setup();
      const now = new Date();
      await store.createWaiver({
        id: '5b0c0d0e-0000-4000-8000-000000000001',
        migrationId: 'nimbus',
        entityRef: ref('svc-01'),
        creedId: 'encryption-at-rest',
        reason: 'Probe arrives next sprint',
        expiresAt: new Date(now.getTime() + 7 * 86400_000),
        createdBy: 'user:default/alice',
        createdAt: now,
      });
      expect((await scan()).skipped).toBe(COUNT);
      const inputs = await store.getCardInputs('nimbus', ref('svc-01'));
      const card = buildCard({
        migration: nimbus,
        result: inputs.result!,
        state: inputs.state,
        waivers: await store.listActiveWaivers('nimbus', ref('svc-01'), now),
        history: inputs.history,
        trackHistory: inputs.trackHistory,
        scan: inputs.scan,
        now,
      });
      expect(card.checks.find(c => c.id === 'encryption-at-rest')!.status).toBe(
        'waived',
      );
    });
  },
);
