import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { DateTime } from 'luxon';
import request from 'supertest';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import { startServices } from '../__testUtils__/services';
import { startSoloTrekBackend } from '../__testUtils__/testBackend';
import { readSoloTrekConfig } from '../config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from '../database/DatabaseSoloTrekStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const ids = databases.eachSupportedId();
const ALL = { kind: 'all' } as const;
const daysAgo = (n: number) => DateTime.utc().minus({ days: n }).toISODate()!;

/** Live on Nimbus since `days` ago; decommissioned when said so. */
const live = (name: string, days: number, decommissioned = false) =>
  service(name, {
    annotations: {
      'nimbus.io/cluster': 'eu-1',
      'solo-trek.io/migrated-at': daysAgo(days),
      ...(decommissioned ? { 'solo-trek.io/stage': 'decommissioned' } : {}),
    },
  });

const entities = [
  live('old-and-running', 200),
  live('running-a-while', 100),
  live('just-moved', 30),
  live('switched-off', 300, true),
  service('not-moved'),
];

function configWith(graceDays?: number) {
  const data = JSON.parse(JSON.stringify(nimbusConfig));
  if (graceDays) data.decommission = { graceDays };
  return readSoloTrekConfig(new ConfigReader({ soloTrek: data }));
}

describe.each(ids)('the decommission tail on %p', databaseId => {
  it('lists services migrated longer than the grace period and not decommissioned, the longest-running first', async () => {
    const knex = await databases.init(databaseId);
    const store = await DatabaseSoloTrekStore.create({
      database: mockServices.database({ knex, migrations: { skip: false } }),
    });
    const config = configWith();
    const app = startServices({ store, config, entities });
    await app.scanner.scan(config.migrations[0]);
    const tail = await app.aggregates.decommissionTail.page(
      'nimbus',
      { limit: 10, offset: 0 },
      ALL,
    );
    expect(tail.graceDays).toBe(60);
    expect(tail.total).toBe(2);
    expect(tail.items.map(i => [i.entityRef, i.daysSinceMigrated])).toEqual([
      ['component:default/old-and-running', 200],
      ['component:default/running-a-while', 100],
    ]);
    const second = await app.aggregates.decommissionTail.page(
      'nimbus',
      { limit: 1, offset: 1 },
      ALL,
    );
    expect(second.items.map(i => i.entityRef)).toEqual([
      'component:default/running-a-while',
    ]);

    // A shorter grace period takes in the service that moved a month ago.
    const strict = startServices({ store, config: configWith(20), entities });
    const wider = await strict.aggregates.decommissionTail.page(
      'nimbus',
      { limit: 10, offset: 0 },
      ALL,
    );
    expect(wider.total).toBe(3);
  });
});

describe('the decommission tail over HTTP', () => {
  it('exports the whole tail as CSV', async () => {
    const { server } = await startSoloTrekBackend({
      entities,
      soloTrek: nimbusConfig,
    });
    const bob = mockCredentials.user.header('user:default/bob');
    // The scan has not run: the cards evaluate each service on demand.
    for (const e of entities) {
      await request(server)
        .get(
          `/api/solo-trek/migrations/nimbus/entities/component/default/${e.metadata.name}`,
        )
        .set('authorization', bob);
    }
    const csv = await request(server)
      .get('/api/solo-trek/migrations/nimbus/decommission-tail?format=csv')
      .set('authorization', bob);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="nimbus-decommission-tail.csv"',
    );
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'entity_ref,title,owner,owner_title,migrated_at,days_since_migrated,track,criticality,complexity',
    );
    expect(lines.slice(1, 3).map(l => l.split(',')[0])).toEqual([
      'component:default/old-and-running',
      'component:default/running-a-while',
    ]);
  });
});
