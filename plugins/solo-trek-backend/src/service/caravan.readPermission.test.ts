import { randomBytes } from 'node:crypto';
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { DateTime } from 'luxon';
import knexFactory from 'knex';
import request from 'supertest';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import {
  ReadRule,
  startWithRealCatalog,
} from '../__testUtils__/realCatalogBackend';

jest.setTimeout(180_000);

/*
 * The Caravan's lists name services: each shows only what the caller may
 * read in the catalog (the real catalog backend decides), while the counts
 * that name nothing (rollbacks per month, a wave's size) stay org-wide.
 */

const daysAgo = (n: number) => DateTime.utc().minus({ days: n }).toISODate()!;
const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

/**
 * Per team: a service live for 200 days and never decommissioned, decided
 * upfront as Caravan against its quadrant (drift) and in wave 1; and one
 * rolled back before Solo Trek watched.
 */
function teamServices(prefix: string, owner: string): Entity[] {
  return [
    service(`${prefix}-core`, {
      owner,
      annotations: {
        'nimbus.io/cluster': 'eu-1',
        'solo-trek.io/migrated-at': daysAgo(200),
        'solo-trek.io/track': 'caravan',
        'solo-trek.io/wave': 'wave-1',
      },
    }),
    service(`${prefix}-edge`, {
      owner,
      annotations: {
        'solo-trek.io/stage': 'in-progress',
        'solo-trek.io/migrated-at': '2026-08-10',
        'solo-trek.io/rolled-back-at': '2026-10-02',
      },
    }),
  ];
}

const entities = [
  ...teamServices('ledger', 'group:default/payments'),
  ...teamServices('search', 'group:default/search'),
  group('payments'),
  group('search'),
];

const ada = mockCredentials.user.header('user:default/ada'); // reads all
const bob = mockCredentials.user.header('user:default/bob'); // search's own
const eve = mockCredentials.user.header('user:default/eve'); // reads nothing
const readRules: Record<string, ReadRule> = {
  'user:default/ada': 'all',
  'user:default/bob': 'own',
  'user:default/eve': 'none',
};
const m = '/api/solo-trek/migrations/nimbus';

const PG = process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const databases: Array<['SQLITE_3' | 'POSTGRES_15']> = PG
  ? [['SQLITE_3'], ['POSTGRES_15']]
  : [['SQLITE_3']];
const prefix = `st_caravan_${randomBytes(4).toString('hex')}_`;

/** On PostgreSQL the catalog and Solo Trek get a database each, as in production. */
function onDatabase(id: 'SQLITE_3' | 'POSTGRES_15') {
  if (id === 'SQLITE_3') return {};
  return {
    extraFeatures: [databaseServiceFactory],
    config: { backend: { database: { client: 'pg', connection: PG, prefix } } },
  };
}

afterAll(async () => {
  if (!PG) return;
  const admin = knexFactory({ client: 'pg', connection: PG });
  const { rows } = await admin.raw(
    'SELECT datname FROM pg_database WHERE datname LIKE ?',
    [`${prefix}%`],
  );
  for (const { datname } of rows) {
    await admin.raw(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
  await admin.destroy();
});

describe.each(databases)(
  "the Caravan's lists and the caller's catalog read permission, on %s",
  databaseId => {
    let server: any;
    const get = (path: string, as: string) =>
      request(server).get(`${m}${path}`).set('authorization', as);

    beforeAll(async () => {
      ({ server } = await startWithRealCatalog({
        entities,
        soloTrek: nimbusConfig,
        readRules,
        ...onDatabase(databaseId),
      }));
      for (const e of entities.filter(x => x.kind === 'Component')) {
        const res = await get(
          `/entities/component/default/${e.metadata.name}`,
          ada,
        );
        if (res.status !== 200) {
          throw new Error(`Seeding ${e.metadata.name} answered ${res.status}`);
        }
      }
    });

    it('lists track drift, the decommission tail and rollbacks only of services the caller may read', async () => {
      const refsOf = (body: any) =>
        body.items.map((i: any) => i.entityRef).sort();
      const cases: Array<[typeof ada, string[]]> = [
        [ada, ['ledger', 'search']],
        [bob, ['search']],
        [eve, []],
      ];
      for (const [as, expected] of cases) {
        const drift = await get('/track-drift', as);
        expect(refsOf(drift.body)).toEqual(
          expected.map(p => `component:default/${p}-core`),
        );
        expect(drift.body.total).toBe(expected.length);
        const tail = await get('/decommission-tail', as);
        expect(refsOf(tail.body)).toEqual(
          expected.map(p => `component:default/${p}-core`),
        );
        const csv = await get('/decommission-tail?format=csv', as);
        expect(csv.text.includes('ledger-core')).toBe(
          expected.includes('ledger'),
        );
        const rollbacks = await get('/rollbacks', as);
        expect(refsOf(rollbacks.body)).toEqual(
          expected.map(p => `component:default/${p}-edge`),
        );
        // How many rolled back names no service: the same for everyone.
        expect(
          rollbacks.body.byMonth.find((x: any) => x.month === '2026-10').count,
        ).toBe(2);
      }
    });

    it("shows a wave's members only to who may read them, its size to all", async () => {
      for (const [as, members] of [
        [ada, ['ledger-core', 'search-core']],
        [bob, ['search-core']],
        [eve, []],
      ] as const) {
        const plan = await get('/waves', as);
        const wave = plan.body.waves.find((w: any) => w.id === 'wave-1');
        expect(wave.total).toBe(2);
        expect(wave.members.map((x: any) => x.entityRef).sort()).toEqual(
          members.map(n => `component:default/${n}`),
        );
      }
    });
  },
);
