import { randomBytes } from 'node:crypto';
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import knexFactory from 'knex';
import request from 'supertest';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import {
  ReadRule,
  startWithRealCatalog,
} from '../__testUtils__/realCatalogBackend';

jest.setTimeout(180_000);

const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

// Idle since the window opened: both are in the long tail.
const entities: Entity[] = [
  service('ledger', {
    owner: 'group:default/payments',
    annotations: { 'owner-secret': 'ledger-evidence' },
  }),
  service('search-api', { owner: 'group:default/search' }),
  group('payments'),
  group('search'),
];

const ada = mockCredentials.user.header('user:default/ada'); // reads all
const bob = mockCredentials.user.header('user:default/bob'); // search's own
const eve = mockCredentials.user.header('user:default/eve'); // reads nothing
// The platform team manages waivers and waves, but reads only its own.
const pat = mockCredentials.user.header('user:default/pat');
const readRules: Record<string, ReadRule> = {
  'user:default/ada': 'all',
  'user:default/bob': 'own',
  'user:default/eve': 'none',
  'user:default/pat': 'own',
};

const m = '/api/solo-trek/migrations/nimbus';
const card = (name: string) => `${m}/entities/component/default/${name}`;

const PG = process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const databases: Array<['SQLITE_3' | 'POSTGRES_15']> = PG
  ? [['SQLITE_3'], ['POSTGRES_15']]
  : [['SQLITE_3']];
const prefix = `st_read_${randomBytes(4).toString('hex')}_`;

/**
 * On PostgreSQL the real database service gives the catalog and Solo Trek a
 * database each, as in production; on SQLite both get an in-memory one.
 */
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
  "the caller's catalog read permission, on %s",
  databaseId => {
    let server: any;

    beforeAll(async () => {
      ({ server } = await startWithRealCatalog({
        entities,
        soloTrek: nimbusConfig,
        readRules,
        ...onDatabase(databaseId),
      }));
      // Someone who may read everything opens both cards: both are stored.
      for (const name of ['ledger', 'search-api']) {
        const res = await request(server)
          .get(card(name))
          .set('authorization', ada);
        if (res.status !== 200) {
          throw new Error(`Seeding the card of ${name} answered ${res.status}`);
        }
      }
    });

    it('serves a card only to who may read the entity, with the same 404 as a missing one', async () => {
      const own = await request(server)
        .get(card('search-api'))
        .set('authorization', bob);
      expect(own.status).toBe(200);
      const hidden = await request(server)
        .get(card('ledger'))
        .set('authorization', bob);
      const missing = await request(server)
        .get(card('no-such-service'))
        .set('authorization', bob);
      expect(hidden.status).toBe(404);
      expect(missing.status).toBe(404);
      expect(hidden.body.error.message).toBe(
        missing.body.error.message.replace('no-such-service', 'ledger'),
      );
      expect(JSON.stringify(hidden.body)).not.toContain('ledger-evidence');
      expect(JSON.stringify(hidden.body)).not.toContain('payments');
      for (const name of ['ledger', 'search-api']) {
        expect(
          (await request(server).get(card(name)).set('authorization', eve))
            .status,
        ).toBe(404);
      }
    });

    it('refuses writes and refreshes on an entity the caller may not read with the same 404', async () => {
      const future = new Date(Date.now() + 20 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const attempts = [
        request(server)
          .post(`${card('ledger')}/waivers`)
          .set('authorization', pat)
          .send({
            creedId: 'encryption-at-rest',
            reason: 'HSM rollout',
            expiresAt: future,
          }),
        request(server)
          .delete(
            `${card('ledger')}/waivers/00000000-0000-4000-8000-0000000000aa`,
          )
          .set('authorization', pat),
        request(server)
          .put(`${card('ledger')}/wave`)
          .set('authorization', pat)
          .send({ wave: 'wave-1' }),
        request(server)
          .post(`${card('ledger')}/stage`)
          .set('authorization', bob)
          .send({ stage: 'planning' }),
        request(server)
          .post(`${card('ledger')}/refresh`)
          .set('authorization', bob),
      ];
      for (const res of await Promise.all(attempts)) {
        expect(res.status).toBe(404);
        expect(res.body.error.message).toBe(
          'No catalog entity component:default/ledger',
        );
      }
    });

    it('lists in the long tail and its CSV only what the caller may read', async () => {
      const mine = await request(server)
        .get(`${m}/long-tail`)
        .set('authorization', bob);
      expect(mine.status).toBe(200);
      expect(mine.body.items.map((i: any) => i.entityRef)).toEqual([
        'component:default/search-api',
      ]);
      expect(mine.body.total).toBe(1);
      expect(
        mine.body.quadrants.reduce((n: number, q: any) => n + q.total, 0),
      ).toBe(1);
      const everything = await request(server)
        .get(`${m}/long-tail`)
        .set('authorization', ada);
      expect(everything.body.total).toBe(2);
      const csv = await request(server)
        .get(`${m}/long-tail?format=csv`)
        .set('authorization', bob);
      expect(csv.text).toContain('search-api');
      expect(csv.text).not.toContain('ledger');
      const none = await request(server)
        .get(`${m}/long-tail`)
        .set('authorization', eve);
      expect(none.body).toMatchObject({ total: 0, items: [] });
    });

    it("lists a team's services only when the caller may read the team, and only those it may read", async () => {
      const payments = await request(server)
        .get(`${m}/teams/default/payments/services`)
        .set('authorization', bob);
      expect(payments.status).toBe(200);
      expect(payments.body.items).toEqual([]);
      const search = await request(server)
        .get(`${m}/teams/default/search/services`)
        .set('authorization', bob);
      expect(search.body.items.map((i: any) => i.entityRef)).toEqual([
        'component:default/search-api',
      ]);
      const hiddenTeam = await request(server)
        .get(`${m}/teams/default/search/services`)
        .set('authorization', eve);
      const missingTeam = await request(server)
        .get(`${m}/teams/default/no-such-team/services`)
        .set('authorization', eve);
      expect(hiddenTeam.body.items).toEqual([]);
      expect({ ...hiddenTeam.body, team: undefined }).toEqual({
        ...missingTeam.body,
        team: undefined,
      });
    });

    it('names on the leaderboard and in the per-team adoption only teams the caller may read, and keeps org-wide totals', async () => {
      const full = await request(server)
        .get(`${m}/leaderboard`)
        .set('authorization', ada);
      expect(full.body.entries.map((e: any) => e.team).sort()).toEqual([
        'group:default/payments',
        'group:default/search',
      ]);
      const hidden = await request(server)
        .get(`${m}/leaderboard?team=group:default/payments`)
        .set('authorization', eve);
      expect(hidden.body).toMatchObject({ total: 0, entries: [], pinned: [] });
      const teams = await request(server)
        .get(`${m}/adoption/teams`)
        .set('authorization', eve);
      expect(teams.body).toMatchObject({ total: 0, items: [] });
      const csv = await request(server)
        .get(`${m}/adoption?format=csv`)
        .set('authorization', eve);
      expect(csv.text).not.toContain('payments');
      // Org-wide figures are counts, not entity data: the same for everyone.
      const [all, nothing] = await Promise.all(
        [ada, eve].map(h =>
          request(server).get(`${m}/adoption`).set('authorization', h),
        ),
      );
      expect(nothing.status).toBe(200);
      expect(nothing.body.totals).toEqual(all.body.totals);
    });

    it('names as Migration Hero only whom the caller may read, and refuses to nominate whom it may not', async () => {
      const nominated = await request(server)
        .post(`${m}/heroes/nominations`)
        .set('authorization', bob)
        .send({ nominee: 'group:default/payments', reason: 'first to move' });
      expect(nominated.status).toBe(201);
      const seen = await request(server)
        .get(`${m}/heroes`)
        .set('authorization', ada);
      expect(seen.body.current.nominee).toBe('group:default/payments');
      const hidden = await request(server)
        .get(`${m}/heroes`)
        .set('authorization', eve);
      expect(hidden.status).toBe(200);
      expect(hidden.body.current.nominee).toBeNull();
      expect(JSON.stringify(hidden.body)).not.toContain('payments');
      const refused = await request(server)
        .post(`${m}/heroes/nominations`)
        .set('authorization', eve)
        .send({ nominee: 'group:default/payments', reason: 'first to move' });
      expect(refused.status).toBe(404);
      expect(refused.body.error.message).toBe(
        'No catalog entity group:default/payments',
      );
    });
  },
);
