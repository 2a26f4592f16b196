import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { nimbusConfig, service } from '../../__testUtils__/fixtures';
import { readSoloTrekConfig } from '../../config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from '../../database/DatabaseSoloTrekStore';
import { AggregatesService } from '../AggregatesService';
import { CatalogReadAccess } from '../CatalogReadAccess';
import { EvaluationScanner } from '../EvaluationScanner';
import { FactCollector } from '../FactCollector';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

function group(name: string, members: string[] = []): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default', uid: `group-${name}` },
    spec: { type: 'team', children: [] },
    relations: members.map(m => ({ type: 'hasMember', targetRef: m })),
  };
}

function user(name: string, teams: string[]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default', uid: `user-${name}` },
    spec: { memberOf: teams },
    relations: teams.map(t => ({ type: 'memberOf', targetRef: t })),
  };
}

const entities = [
  service('ledger'),
  service('search-api', { owner: 'group:default/search' }),
  group('payments'),
  group('search'),
  group('logistics'),
  user('ada', ['group:default/payments']),
  user('bob', ['group:default/search']),
  user('cy', ['group:default/logistics']),
];

const nominator = (ref: string, teams: string[] = []) => ({
  userEntityRef: ref,
  ownershipEntityRefs: [ref, ...teams],
});

describe.each(databases.eachSupportedId())(
  'HeroesService on %p',
  databaseId => {
    async function start(timeZone = 'UTC') {
      const knex = await databases.init(databaseId);
      const store = await DatabaseSoloTrekStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      const config = readSoloTrekConfig(
        new ConfigReader({ soloTrek: { ...nimbusConfig, timeZone } }),
      );
      const catalog = catalogServiceMock({ entities });
      const logger = mockServices.logger.mock();
      await new EvaluationScanner({
        catalog,
        auth: mockServices.auth(),
        store,
        facts: new FactCollector([], store, logger),
        logger,
      }).scan(config.migrations[0]);
      const clock = { now: new Date('2026-11-20T10:00:00Z') };
      const make = () =>
        new AggregatesService({
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
          now: () => clock.now,
        });
      const aggregates = make();
      const scope = await new CatalogReadAccess({
        permissions: mockServices.permissions(),
        catalog,
      }).scope(mockCredentials.user('user:default/bob'));
      return { store, aggregates, clock, scope, make };
    }

    it('refuses nominating yourself or your own team, by sign-in claims or catalog membership', async () => {
      const { aggregates, scope } = await start();
      const heroes = aggregates.heroes;
      const reason = { reason: 'moved the rails' };
      await expect(
        heroes.nominate(
          'nimbus',
          { nominee: 'user:default/ada', ...reason },
          nominator('user:default/ada'),
          scope,
        ),
      ).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringContaining('cannot nominate yourself'),
      });
      // Claimed at sign-in.
      await expect(
        heroes.nominate(
          'nimbus',
          { nominee: 'group:default/payments', ...reason },
          nominator('user:default/ada', ['group:default/payments']),
          scope,
        ),
      ).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringContaining(
          'cannot nominate your own team group:default/payments',
        ),
      });
      // Only the catalog knows: the sign-in claims name no group.
      await expect(
        heroes.nominate(
          'nimbus',
          { nominee: 'payments', ...reason },
          nominator('user:default/ada'),
          scope,
        ),
      ).rejects.toMatchObject({ name: 'InputError' });
      // Another team, or a teammate, is a peer.
      await expect(
        heroes.nominate(
          'nimbus',
          { nominee: 'group:default/search', ...reason },
          nominator('user:default/ada', ['group:default/payments']),
          scope,
        ),
      ).resolves.toMatchObject({ nominee: 'group:default/search' });
    });

    it('closes each month at its end in the zone, records the winner for good and shows the hall of heroes', async () => {
      const { store, aggregates, clock, scope, make } = await start(
        'Europe/Berlin',
      );
      const nominate = (who: string, team: string, nominee: string) =>
        aggregates.heroes.nominate(
          'nimbus',
          { nominee, reason: `${who} says thanks` },
          nominator(who, [team]),
          scope,
        );
      await nominate('user:default/ada', 'group:default/payments', 'search');
      await nominate('user:default/cy', 'group:default/logistics', 'search');
      await nominate('user:default/bob', 'group:default/search', 'payments');

      let list = await aggregates.heroes.list('nimbus', undefined, scope);
      expect(list.timeZone).toBe('Europe/Berlin');
      expect(list.current).toMatchObject({
        month: '2026-11',
        nominee: 'group:default/search',
        nominations: 2,
        closed: false,
      });
      expect(list.past).toEqual([]);
      // No badge yet: the month is still running.
      let board = await aggregates.leaderboard.ranked('nimbus', 'all');
      expect(board.entries.flatMap(e => e.badges)).not.toContain(
        'migration-hero',
      );

      // 23:30 UTC on 30 November is already December in Berlin.
      clock.now = new Date('2026-11-30T23:30:00Z');
      list = await aggregates.heroes.list('nimbus', 'user:default/ada', scope);
      expect(list.current).toMatchObject({
        month: '2026-12',
        nominee: null,
        closed: false,
      });
      expect(list.mine).toBeUndefined();
      expect(list.past).toEqual([
        {
          month: '2026-11',
          nominee: 'group:default/search',
          title: 'search',
          nominations: 2,
          reasons: [
            'user:default/ada says thanks',
            'user:default/cy says thanks',
          ],
          closed: true,
          closedAt: '2026-11-30T23:00:00.000Z',
        },
      ]);
      board = await aggregates.leaderboard.ranked('nimbus', 'all');
      expect(
        board.entries.find(e => e.team === 'group:default/search')!.badges,
      ).toContain('migration-hero');
      expect(
        board.entries.find(e => e.team === 'group:default/payments')?.badges ??
          [],
      ).not.toContain('migration-hero');

      // The record is kept whatever happens to the nominations later, and
      // another replica (a fresh service) records nothing twice.
      await store.recordHeroMonths([
        {
          migrationId: 'nimbus',
          month: '2026-11',
          nominee: 'group:default/payments',
          nominations: 9,
          reasons: [],
          timeZone: 'UTC',
          closedAt: new Date(),
          recordedAt: new Date(),
        },
      ]);
      const again = await make().heroes.list('nimbus', undefined, scope);
      expect(again.past.map(p => p.nominee)).toEqual(['group:default/search']);
      expect(await store.listHeroMonths('nimbus')).toHaveLength(1);

      // One month, as asked.
      expect(
        (await aggregates.heroes.list('nimbus', undefined, scope, '2026-11'))
          .past,
      ).toHaveLength(1);
      expect(
        (await aggregates.heroes.list('nimbus', undefined, scope, '2026-10'))
          .past,
      ).toEqual([]);
      await expect(
        aggregates.heroes.list('nimbus', undefined, scope, '2027-01'),
      ).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringContaining('has not begun'),
      });

      // The badge is last month's: it goes when the next month ends without one.
      clock.now = new Date('2027-01-02T12:00:00Z');
      board = await aggregates.leaderboard.ranked('nimbus', 'all');
      expect(board.entries.flatMap(e => e.badges)).not.toContain(
        'migration-hero',
      );
    });
  },
);
