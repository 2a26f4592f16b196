import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import { nimbusConfig, service } from '../../__testUtils__/fixtures';
import { startServices } from '../../__testUtils__/services';
import { readSoloTrekConfig } from '../../config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from '../../database/DatabaseSoloTrekStore';
import { ScanTask } from '../ScanTask';
import { NudgeSweep, scopeOf } from './NudgeSweep';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const DAY = 86_400_000;
// 20 days before the sunset (2027-01-31): the 30-day reminder is due.
const now = new Date('2027-01-11T10:00:00Z');

const team = (name: string, fields: object = {}): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
  relations: [],
  ...fields,
});

function configWith(nudges: object = {}) {
  return readSoloTrekConfig(
    new ConfigReader({
      soloTrek: {
        ...nimbusConfig,
        nudges: { enabled: true, ...nudges },
        migrations: [
          {
            ...nimbusConfig.migrations[0],
            window: { start: '2026-01-01', sunset: '2027-01-31' },
          },
        ],
      },
    }),
  );
}

/** A service of low criticality (production ones are critical). */
function minor(name: string): Entity {
  const entity = service(name);
  return { ...entity, spec: { ...entity.spec, lifecycle: 'experimental' } };
}

/** Notifications as a fake backend takes them; it can be made to fail. */
class FakeNotifications implements NotificationService {
  sent: NotificationSendOptions[] = [];
  attempts = 0;
  failing = false;
  async send(options: NotificationSendOptions) {
    this.attempts++;
    if (this.failing) throw new Error('503 from the notifications backend');
    this.sent.push(options);
  }
}

async function setUp(
  databaseId: (typeof databases.eachSupportedId extends () => Array<infer T>
    ? T
    : never)[0],
  entities: Entity[],
  config = configWith(),
) {
  const knex = await databases.init(databaseId);
  const store = await DatabaseSoloTrekStore.create({
    database: mockServices.database({ knex }),
  });
  const { scanner, aggregates } = startServices({ store, config, entities });
  const notifications = new FakeNotifications();
  const logger = mockServices.logger.mock();
  const sweep = new NudgeSweep({
    config,
    store,
    notifications,
    catalog: catalogServiceMock({ entities }),
    auth: mockServices.auth(),
    logger,
    leaderboard: async id =>
      (await aggregates.leaderboard.ranked(id, 'all')).entries,
    hero: id => aggregates.heroes.reigning(id),
    now: () => now,
  });
  const scanTask = new ScanTask({
    config,
    store,
    scanner,
    logger,
    afterScan: async () => {
      await sweep.run();
    },
    now: () => now,
  });
  return { knex, store, sweep, notifications, scanTask, logger };
}

describe.each(databases.eachSupportedId())(
  'the nudge sweep, on %s',
  databaseId => {
    it('fails no scan when the notifications backend fails, and retries on the next sweep', async () => {
      const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
      const entities = names.map(n => service(n));
      const { store, notifications, scanTask, knex } = await setUp(
        databaseId,
        entities,
      );
      notifications.failing = true;
      await scanTask.run();
      expect((await store.getScan('nimbus'))?.error).toBeNull();
      // Three failures in a row stop the sweep (the backend is down): the
      // rest is not tried, besides the sends already under way (4 at once).
      expect(notifications.attempts).toBeGreaterThanOrEqual(3);
      expect(notifications.attempts).toBeLessThanOrEqual(6);
      const recorded = await knex('nudges_sent').whereNot('status', 'skipped');
      expect(recorded).toEqual([]);

      notifications.failing = false;
      await scanTask.run();
      expect(notifications.sent.map(n => n.payload.title).sort()).toEqual(
        names.map(n => `20 days to sunset: ${n} is not on nimbus yet`),
      );
      await scanTask.run();
      expect(notifications.sent).toHaveLength(10);
    });

    it('sends again what a sweep claimed but never marked (it died), with the same scope', async () => {
      const { notifications, sweep, knex, scanTask } = await setUp(databaseId, [
        service('a'),
      ]);
      notifications.failing = true;
      await scanTask.run(); // scans; nothing sent
      // A sweep that claimed the nudge and died before marking it.
      await knex('nudges_sent').insert({
        migration_id: 'nimbus',
        nudge_key: 'sunset:2027-01-31:30:component:default/a',
        kind: 'sunset',
        entity_ref: 'component:default/a',
        status: 'claimed',
        claimed_at: new Date(now.getTime() - DAY),
      });
      notifications.failing = false;
      await sweep.run();
      expect(notifications.sent).toHaveLength(1);
      expect(notifications.sent[0].payload.scope).toBe(
        'solo-trek:nimbus:sunset:2027-01-31:30:component:default/a',
      );
      // A claim younger than the sweep's timeout is another sweep's: left alone.
      await knex('nudges_sent')
        .where({ nudge_key: 'sunset:2027-01-31:30:component:default/a' })
        .update({ status: 'claimed', claimed_at: now });
      await sweep.run();
      expect(notifications.sent).toHaveLength(1);
    });

    it('sends one digest to a team with more than 10 reminders, and escalates to a configured group', async () => {
      const many = Array.from({ length: 12 }, (_, i) =>
        service(`svc-${i}`, {
          owner: 'group:default/logistics',
          labels: { tier: 'tier-0' },
        }),
      );
      const { notifications, scanTask, knex } = await setUp(
        databaseId,
        [...many, minor('ledger'), team('logistics'), team('payments')],
        configWith({ escalateTo: 'group:default/migration-office' }),
      );
      await scanTask.run();
      const byTopic = (topic: string) =>
        notifications.sent.filter(n => n.payload.topic === topic);
      // Payments: one service, one reminder. Logistics: one digest for 12.
      expect(byTopic('solo-trek.sunset').map(n => n.recipients)).toEqual([
        { type: 'entity', entityRef: ['group:default/payments'] },
      ]);
      const digests = byTopic('solo-trek.digest').sort((x, y) =>
        x.payload.title.localeCompare(y.payload.title),
      );
      expect(digests.map(d => d.recipients)).toEqual([
        { type: 'entity', entityRef: ['group:default/migration-office'] },
        { type: 'entity', entityRef: ['group:default/logistics'] },
      ]);
      // Never started and critical: all 12 are escalated, in one digest.
      expect(digests[0].payload.title).toBe(
        'Escalation: 12 services of logistics need attention',
      );
      expect(digests[1].payload.title).toBe(
        'Move to the Nimbus platform this week for logistics: 12 services left, 20 days to sunset',
      );
      const rows = await knex('nudges_sent')
        .where('status', 'digest')
        .count({ n: '*' });
      expect(Number(rows[0].n)).toBe(24);
      // A second sweep the same week: nothing new, nothing sent.
      await scanTask.run();
      expect(notifications.sent).toHaveLength(3);
    });

    it('sends nothing and records nothing when soloTrek.nudges.enabled is false', async () => {
      const { notifications, scanTask, knex } = await setUp(
        databaseId,
        [service('a')],
        configWith({ enabled: false }),
      );
      await scanTask.run();
      expect(notifications.attempts).toBe(0);
      expect(await knex('nudges_sent')).toEqual([]);
      expect(await knex('nudge_baselines')).toEqual([]);
    });

    it('keeps notification scopes within the notifications backend’s 255 characters', () => {
      const long = `component:default/${'x'.repeat(63)}`;
      const scope = scopeOf('a-migration-with-a-long-id', {
        key: `creed:${'y'.repeat(
          63,
        )}:2027-01-10T10:00:00.000Z:${long}:${'z'.repeat(120)}`,
        kind: 'creed',
      } as any);
      expect(scope.length).toBeLessThanOrEqual(255);
      expect(scope).toMatch(
        /^solo-trek:a-migration-with-a-long-id:creed:[0-9a-f]{64}$/,
      );
    });
  },
);
