import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import notificationsPlugin from '@backstage/plugin-notifications-backend';
import knexFactory from 'knex';
import { DateTime } from 'luxon';
import request from 'supertest';
import { nimbusConfig, service } from '../../__testUtils__/fixtures';
import { startWithRealCatalog } from '../../__testUtils__/realCatalogBackend';

/*
 * Nudges through the real notifications backend, beside the real catalog
 * (which resolves a group to its members) and the real Solo Trek plugin, on
 * SQLite files and on PostgreSQL: who gets what, no duplicates over three
 * sweeps and a restart, escalation targets, muted topics; and, on
 * PostgreSQL, two replicas sweeping at once.
 */

jest.setTimeout(300_000);

const PG = process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const databases: Array<'SQLITE_3' | 'POSTGRES_15'> = PG
  ? ['SQLITE_3', 'POSTGRES_15']
  : ['SQLITE_3'];
const prefix = `st_nudge_${randomBytes(4).toString('hex')}_`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'solo-trek-nudges-'));

const group = (
  name: string,
  parent: string | undefined,
  members: string[],
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [], members, ...(parent && { parent }) },
});
const user = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf: [] },
});

/** A service of low criticality (production ones are critical). */
const minor = (...args: Parameters<typeof service>): Entity => {
  const entity = service(...args);
  return { ...entity, spec: { ...entity.spec, lifecycle: 'experimental' } };
};

// The director is the only person above the teams: commerce has no members
// of its own, so escalations climb to engineering.
const entities: Entity[] = [
  group('engineering', undefined, ['director']),
  group('commerce', 'engineering', []),
  group('payments', 'commerce', ['ada', 'guest']),
  group('logistics', 'commerce', ['lin']),
  group('platform-team', 'engineering', ['pat']),
  ...['ada', 'guest', 'lin', 'pat', 'director'].map(user),
  minor('ledger', {
    owner: 'group:default/payments',
    annotations: { 'prometheus.io/scrape': 'true' },
  }),
  minor('wallet', {
    owner: 'group:default/payments',
    annotations: {
      'nimbus.io/cluster': 'eu-1',
      'prometheus.io/scrape': 'true',
    },
    labels: { 'cost-center': 'cc-1234' },
  }),
  // Critical (tier-0) and never started: in the long tail.
  service('shipment', {
    owner: 'group:default/logistics',
    labels: { tier: 'tier-0' },
  }),
  minor('label-printer', { owner: 'group:default/logistics' }),
];

const manual = { frequency: { trigger: 'manual' }, timeout: { minutes: 2 } };
// 20 days before the sunset: the 30-day reminder is due.
const sunset = DateTime.utc().plus({ days: 20 }).toISODate()!;
const soloTrek = {
  ...nimbusConfig,
  schedule: manual,
  nudges: { enabled: true, schedule: manual },
  migrations: [
    {
      ...nimbusConfig.migrations[0],
      window: { start: '2026-01-01', sunset },
    },
  ],
};

const as = (name: string) =>
  mockCredentials.user.header(`user:default/${name}`);
const ci = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('external:ci-pipeline'),
  targetPluginId: 'solo-trek',
});

type Received = {
  id: string;
  user: string | null;
  origin: string;
  payload: {
    title: string;
    description?: string;
    link?: string;
    severity: string;
    topic?: string;
    scope?: string;
  };
};

function databaseConfig(id: 'SQLITE_3' | 'POSTGRES_15', name: string) {
  if (id === 'POSTGRES_15') {
    return {
      client: 'pg',
      connection: PG,
      prefix: `${prefix}${name}_`,
    };
  }
  // Files, so a restarted backend finds what the last one wrote.
  const directory = path.join(tmp, name);
  fs.mkdirSync(directory, { recursive: true });
  return { client: 'better-sqlite3', connection: { directory } };
}

async function start(id: 'SQLITE_3' | 'POSTGRES_15', name: string) {
  // One scheduler instance that the test triggers; it runs nothing by itself.
  const scheduler = mockServices.scheduler();
  const backend = await startWithRealCatalog({
    entities,
    soloTrek,
    readRules: {},
    extraFeatures: [
      notificationsPlugin,
      databaseServiceFactory,
      createServiceFactory({
        service: coreServices.scheduler,
        deps: {},
        factory: () => scheduler,
      }),
    ],
    config: {
      app: { baseUrl: 'http://localhost:3000' },
      backend: { database: databaseConfig(id, name) },
    },
  });
  return {
    backend,
    server: backend.server,
    /** A scan, which triggers the sweep after it (inline with this scheduler). */
    scan: () => scheduler.triggerTask('solo-trek-scan'),
  };
}

async function inbox(server: any, name: string): Promise<Received[]> {
  const res = await request(server)
    .get('/api/notifications/notifications?limit=100')
    .set('authorization', as(name));
  expect(res.status).toBe(200);
  return res.body.notifications;
}

/** Each person's notifications as `topic title`, sorted. */
async function inboxes(server: any) {
  const out: Record<string, string[]> = {};
  for (const name of ['ada', 'guest', 'lin', 'pat', 'director']) {
    out[name] = (await inbox(server, name))
      .map(n => `${n.payload.topic} ${n.payload.title}`)
      .sort();
  }
  return out;
}

afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
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
  'nudges through the notifications backend, on %s',
  id => {
    it('reach the owners, escalate, respect muted topics, never repeat, and survive a restart', async () => {
      let { backend, server, scan } = await start(id, 'single');
      const days = DateTime.fromISO(sunset, { zone: 'utc' })
        .diff(DateTime.utc().startOf('day'), 'days')
        .days.toFixed(0);

      // The platform team previews before the first sweep; owners may not.
      const preview = await request(server)
        .get('/api/solo-trek/migrations/nimbus/nudges/preview')
        .set('authorization', as('pat'));
      expect(preview.status).toBe(200);
      expect(preview.body.items).toEqual([]); // nothing scanned yet
      expect(
        (
          await request(server)
            .get('/api/solo-trek/migrations/nimbus/nudges/preview')
            .set('authorization', as('ada'))
        ).status,
      ).toBe(403);

      // The guest mutes the sunset topic in their notification settings.
      const muted = await request(server)
        .post('/api/notifications/settings')
        .set('authorization', as('guest'))
        .send({
          channels: [
            {
              id: 'Web',
              origins: [
                {
                  id: 'plugin:solo-trek',
                  enabled: true,
                  topics: [{ id: 'solo-trek.sunset', enabled: false }],
                },
              ],
            },
          ],
        });
      expect(muted.status).toBe(200);

      await scan();
      const sunsetTitle = (svc: string) =>
        `solo-trek.sunset ${days} days to sunset: ${svc} is not on nimbus yet`;
      const first = await inboxes(server);
      expect(first).toEqual({
        ada: [sunsetTitle('ledger')],
        guest: [],
        lin: [sunsetTitle('label-printer'), sunsetTitle('shipment')],
        pat: [],
        director: [
          expect.stringMatching(
            /^solo-trek\.sunset Escalation: shipment of logistics is critical and in the long tail/,
          ),
        ],
      });
      // The first sweep celebrates nothing reached before (25% adoption).
      const [ledger] = await inbox(server, 'ada');
      expect(ledger.payload).toMatchObject({
        severity: 'high',
        link: '/catalog/default/component/ledger/migration?migration=nimbus',
        scope: `solo-trek:nimbus:sunset:${sunset}:30:component:default/ledger`,
      });
      expect(ledger.payload.description).toContain(
        'Failing must items: Cost-centre tag.',
      );
      expect(ledger.origin).toBe('plugin:solo-trek');

      // The card shows what comes next: the 7-day reminder.
      const card = await request(server)
        .get(
          '/api/solo-trek/migrations/nimbus/entities/component/default/ledger',
        )
        .set('authorization', as('ada'));
      expect(card.body.nextNudge).toMatchObject({
        title: '7 days to sunset',
        inDays: Number(days) - 7,
        topic: 'solo-trek.sunset',
      });

      // Two more sweeps send nothing again.
      await scan();
      await scan();
      expect(await inboxes(server)).toEqual(first);

      // A pipeline moves a Logistics service: its owners hear of it. The
      // owners' own move is no news to them, but finishing the team is
      // news to everyone, and so is 50% adoption.
      expect(
        (
          await request(server)
            .post(
              '/api/solo-trek/migrations/nimbus/entities/component/default/label-printer/stage',
            )
            .set('authorization', ci)
            .send({ stage: 'planning' })
        ).status,
      ).toBe(200);
      expect(
        (
          await request(server)
            .post(
              '/api/solo-trek/migrations/nimbus/entities/component/default/ledger/stage',
            )
            .set('authorization', as('ada'))
            .send({ stage: 'migrated' })
        ).status,
      ).toBe(200);
      await scan();
      const later = await inboxes(server);
      const celebrations = [
        'solo-trek.milestone Move to the Nimbus platform: adoption passed 50%',
        'solo-trek.milestone payments has moved all 2 services to nimbus',
      ];
      expect(later).toEqual({
        ada: [...celebrations, sunsetTitle('ledger')].sort(),
        guest: celebrations,
        lin: [
          ...celebrations,
          sunsetTitle('label-printer'),
          sunsetTitle('shipment'),
          'solo-trek.stage label-printer moved to Planning',
        ].sort(),
        pat: celebrations,
        director: [...celebrations, ...first.director].sort(),
      });

      // A restarted backend on the same database sends nothing again.
      await backend.stop();
      ({ backend, server, scan } = await start(id, 'single'));
      await scan();
      expect(await inboxes(server)).toEqual(later);
      await backend.stop();
    });
  },
);

if (PG) {
  describe('two replicas on one PostgreSQL database', () => {
    it('sweeping at the same moment send each nudge once', async () => {
      const a = await start('POSTGRES_15', 'replicas');
      const b = await start('POSTGRES_15', 'replicas');
      await Promise.all([a.scan(), b.scan(), a.scan(), b.scan()]);
      const seen = await inboxes(a.server);
      expect(seen.ada).toHaveLength(1);
      expect(seen.lin).toHaveLength(2);
      expect(seen.director).toHaveLength(1);
      expect(await inboxes(b.server)).toEqual(seen);
      // Each person has each notification once: the scopes are distinct.
      for (const name of ['ada', 'lin', 'director']) {
        const scopes = (await inbox(a.server, name)).map(n => n.payload.scope);
        expect(new Set(scopes).size).toBe(scopes.length);
      }
      await a.backend.stop();
      await b.backend.stop();
    });
  });
}
