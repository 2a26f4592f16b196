import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import { nimbusConfig, service } from '../../__testUtils__/fixtures';
import { startWithRealCatalog } from '../../__testUtils__/realCatalogBackend';
import { specProblems } from '../../__testUtils__/specResponses';
import { startSoloTrekBackend } from '../../__testUtils__/testBackend';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const ada = mockCredentials.user.header('user:default/ada'); // payments
const bob = mockCredentials.user.header('user:default/bob'); // search

const m = '/api/solo-trek/migrations/nimbus';
const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});
const live = (day: string) => ({
  'nimbus.io/cluster': 'eu-1',
  'solo-trek.io/migrated-at': day,
  'prometheus.io/scrape': 'true',
});
const entities: Entity[] = [
  service('ledger', {
    annotations: live('2026-01-20'),
    labels: { 'cost-center': 'cc-1234' },
  }),
  service('billing', { annotations: live('2026-02-10') }),
  service('refunds'),
  service('search-api', {
    owner: 'group:default/search',
    annotations: live('2026-03-01'),
  }),
  group('payments'),
  group('search'),
];

async function seed(server: any) {
  for (const name of ['ledger', 'billing', 'refunds', 'search-api']) {
    const res = await request(server)
      .get(`${m}/entities/component/default/${name}`)
      .set('authorization', ada);
    if (res.status !== 200) throw new Error(`seeding ${name}: ${res.status}`);
  }
}

describe.each(databases.eachSupportedId())(
  'why a team has its score, on %p',
  databaseId => {
    it('breaks the score down by the rule that ranked it', async () => {
      const { server } = await startSoloTrekBackend({
        entities,
        soloTrek: nimbusConfig,
        extraFeatures: [
          mockServices.database.factory({
            knex: await databases.init(databaseId),
            migrations: { skip: false },
          }),
        ],
      });
      await seed(server);
      const board = await request(server)
        .get(`${m}/leaderboard`)
        .set('authorization', bob);
      expect(board.body.scoring).toMatchObject({
        earlinessWeight: 1,
        complianceWeight: 0.5,
        priorStrength: 5,
        maxPoints: 3,
      });
      const payments = board.body.entries.find(
        (e: any) => e.team === 'group:default/payments',
      );

      const path = `${m}/leaderboard/teams/default/payments`;
      const res = await request(server).get(path).set('authorization', bob);
      expect(res.status).toBe(200);
      expect(specProblems('get', path, res.status, res.body)).toEqual([]);
      const e = res.body;
      expect(e).toMatchObject({
        team: 'group:default/payments',
        rank: payments.rank,
        score: payments.score,
        migrated: 2,
        total: 3,
        hiddenServices: { count: 0, points: 0 },
      });
      expect(e.scoring).toEqual(board.body.scoring);
      expect(e.priorEffect).toBeCloseTo(e.score - e.rawScore, 5);
      // The raw score is the services' points over the most they could earn.
      const points = e.services.reduce((s: number, x: any) => s + x.points, 0);
      expect(e.rawScore).toBeCloseTo((100 * points) / (3 * 3), 1);
      expect(
        e.services.map((s: any) => [
          s.entityRef,
          s.stage,
          s.earlinessBasis,
          s.counted,
        ]),
      ).toEqual([
        ['component:default/ledger', 'migrated', 'window', true],
        ['component:default/billing', 'migrated', 'window', true],
        ['component:default/refunds', 'not-started', null, false],
      ]);
      // Ledger passes both must items and fails the should item: 2 of 3.
      expect(e.services[0].compliance).toBeCloseTo(2 / 3, 3);
      expect(e.services[0].earliness).toBeGreaterThan(e.services[1].earliness);

      const month = await request(server)
        .get(`${path}?period=month`)
        .set('authorization', bob);
      expect(month.body.period).toBe('month');
      expect(month.body.services.every((s: any) => !s.counted)).toBe(true);

      const missing = await request(server)
        .get(`${m}/leaderboard/teams/default/nobody`)
        .set('authorization', bob);
      expect(missing.status).toBe(404);
      expect(missing.body.error.message).toBe(
        'group:default/nobody owns no service in the scope of migration "nimbus"',
      );
    });
  },
);

describe('why a team has its score, with the Caravan’s waves', () => {
  it('measures a Caravan service against its wave’s planned end, and neutrally without a wave', async () => {
    const pat = mockCredentials.user.header('user:default/pat');
    const jewel = (name: string, day: string) =>
      service(name, {
        annotations: live(day),
        labels: { tier: 'tier-0' },
        dependsOn: ['a', 'b', 'c', 'd'].map(x => `component:default/${x}`),
      });
    const { server } = await startSoloTrekBackend({
      entities: [
        jewel('vault', '2026-06-20'),
        jewel('ledger-core', '2026-06-20'),
        group('payments'),
      ],
      soloTrek: nimbusConfig,
    });
    for (const name of ['vault', 'ledger-core']) {
      await request(server)
        .get(`${m}/entities/component/default/${name}`)
        .set('authorization', ada);
    }
    const wave = await request(server)
      .post(`${m}/waves`)
      .set('authorization', pat)
      .send({
        id: 'wave-june',
        title: 'June',
        plannedStart: '2026-06-01',
        plannedEnd: '2026-06-30',
      });
    expect(wave.status).toBe(201);
    const placed = await request(server)
      .put(`${m}/entities/component/default/vault/wave`)
      .set('authorization', pat)
      .send({ wave: 'wave-june' });
    expect(placed.status).toBe(200);

    const res = await request(server)
      .get(`${m}/leaderboard/teams/default/payments`)
      .set('authorization', ada);
    const byRef = Object.fromEntries(
      res.body.services.map((x: any) => [x.entityRef, x]),
    );
    // Live ten days before its wave's planned end: on schedule.
    expect(byRef['component:default/vault']).toMatchObject({
      track: 'caravan',
      earlinessBasis: 'wave',
      earliness: 1,
    });
    expect(byRef['component:default/vault'].plannedEnd).toMatch(/^2026-06-30/);
    // In no wave: neither early nor late.
    expect(byRef['component:default/ledger-core']).toMatchObject({
      track: 'caravan',
      earlinessBasis: 'no-wave',
      earliness: 0.5,
      plannedEnd: null,
    });
  });
});

describe('why a team has its score, with the caller’s catalog read permission', () => {
  it('counts the services the caller may not read without naming them', async () => {
    const { server } = await startWithRealCatalog({
      entities,
      soloTrek: nimbusConfig,
      // bob reads groups, people and his own team's services only.
      readRules: { 'user:default/ada': 'all', 'user:default/bob': 'own' },
    });
    await seed(server);
    const path = `${m}/leaderboard/teams/default/payments`;
    const all = await request(server).get(path).set('authorization', ada);
    const own = await request(server).get(path).set('authorization', bob);
    expect(own.status).toBe(200);
    expect(own.body.score).toBe(all.body.score);
    expect(own.body.services).toEqual([]);
    expect(own.body.hiddenServices.count).toBe(3);
    expect(own.body.hiddenServices.points).toBeCloseTo(
      all.body.services.reduce((s: number, x: any) => s + x.points, 0),
      2,
    );
  });
});
