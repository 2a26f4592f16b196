import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from '../config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from '../database/DatabaseSoloTrekStore';
import { startServices } from '../__testUtils__/services';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const ALL = { kind: 'all' } as const;
const reader = mockCredentials.user('user:default/bob');

// Both live on Nimbus and pass the must items; neither is encrypted at rest.
const entities = ['ledger', 'wallet'].map(name =>
  service(name, {
    annotations: {
      'nimbus.io/cluster': 'eu-1',
      'prometheus.io/scrape': 'true',
    },
    labels: { 'cost-center': 'cc-1234' },
  }),
);

function withEncryption(waivable: boolean, earlinessWeight = 1) {
  const data = JSON.parse(JSON.stringify(nimbusConfig));
  data.leaderboard = { earlinessWeight, complianceWeight: 0.5 };
  for (const item of data.migrations[0].creed) {
    if (item.id === 'encryption-at-rest') item.waivable = waivable;
  }
  return readSoloTrekConfig(new ConfigReader({ soloTrek: data }));
}

/** The plugin's services over one store, as a (re)started backend has them. */
function start(store: DatabaseSoloTrekStore, config = withEncryption(true)) {
  return { config, ...startServices({ store, config, entities }) };
}

/** What every view says of ledger's encryption item, and the team's score. */
async function views(app: ReturnType<typeof start>) {
  const ref = 'component:default/ledger';
  const card = await app.service.getCard('nimbus', ref, reader);
  const adoption = await app.aggregates.adoption.report('nimbus');
  const team = await app.aggregates.teamServices.list(
    'nimbus',
    'group:default/payments',
    ALL,
  );
  const board = await app.aggregates.leaderboard.ranked('nimbus', 'all');
  return {
    card: card.checks.find(c => c.id === 'encryption-at-rest')!.status,
    creed: adoption.creed.find(c => c.id === 'encryption-at-rest'),
    team: team.items.find(i => i.entityRef === ref),
    score: board.entries[0].score,
  };
}

describe('one truth per rule', () => {
  it.each(databases.eachSupportedId())(
    'a waiver counts the same in every view, and stops counting everywhere when its item becomes non-waivable, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const store = await DatabaseSoloTrekStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      const before = start(store);
      await before.scanner.scan(before.config.migrations[0]);
      const unwaived = await views(before);
      expect(unwaived.card).toBe('fail');
      expect(unwaived.creed).toMatchObject({ fail: 2, waived: 0 });

      await store.createWaiver({
        id: '00000000-0000-4000-8000-000000000001',
        migrationId: 'nimbus',
        entityRef: 'component:default/ledger',
        creedId: 'encryption-at-rest',
        reason: 'HSM rollout',
        expiresAt: new Date(Date.now() + 30 * 86_400_000),
        createdBy: 'user:default/pat',
        createdAt: new Date(),
      });
      const waived = await views(before);
      expect(waived.card).toBe('waived');
      expect(waived.creed).toMatchObject({ fail: 1, waived: 1 });
      expect(waived.team).toMatchObject({ waived: 1, failed: 0 });
      expect(waived.score).toBeGreaterThan(unwaived.score);

      // A restart with the item made non-waivable: no write happened, so the
      // results version is unchanged, and yet nothing cached under the old
      // config may be served.
      const after = start(store, withEncryption(false));
      const now = await views(after);
      expect(now.card).toBe('fail');
      expect(now.creed).toMatchObject({ fail: 2, waived: 0 });
      expect(now.team).toMatchObject({ waived: 0, failed: 1 });
      expect(now.score).toBe(unwaived.score);
    },
  );

  it.each(databases.eachSupportedId())(
    'serves scores made with the weights of the running config, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const store = await DatabaseSoloTrekStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      const first = start(store, withEncryption(true, 1));
      await first.scanner.scan(first.config.migrations[0]);
      const low = await views(first);
      const restarted = start(store, withEncryption(true, 3));
      const high = await views(restarted);
      expect(high.score).not.toBe(low.score);
      // And back: the first config's document is still valid for it.
      expect((await views(start(store, withEncryption(true, 1)))).score).toBe(
        low.score,
      );
    },
  );
});
