import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { DateTime } from 'luxon';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import { startServices } from '../__testUtils__/services';
import { readSoloTrekConfig } from '../config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from '../database/DatabaseSoloTrekStore';
import { seedWavePlans } from './waves/seedWavePlans';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const ids = databases.eachSupportedId();
const pat = mockCredentials.user('user:default/pat');
const ALL = { kind: 'all' } as const;
const day = (offset: number) =>
  DateTime.utc().plus({ days: offset }).toISODate()!;

// Wave 1 ended five days ago with a member still moving: late.
const data = JSON.parse(JSON.stringify(nimbusConfig));
data.migrations[0].waves = [
  {
    id: 'wave-1',
    title: 'Wave 1',
    plannedStart: day(-60),
    plannedEnd: day(-5),
  },
  {
    id: 'wave-2',
    title: 'Wave 2',
    plannedStart: day(10),
    plannedEnd: day(120),
  },
];
const config = readSoloTrekConfig(new ConfigReader({ soloTrek: data }));
const nimbus = config.migrations[0];
const ref = (name: string) => `component:default/${name}`;

/** A crown jewel (tier-0, four dependencies): on the Caravan track. */
const jewel = (
  name: string,
  dependsOn: string[],
  annotations: Record<string, string> = {},
) =>
  service(name, {
    labels: { tier: 'tier-0' },
    annotations,
    dependsOn: [
      ...dependsOn.map(ref),
      'resource:default/a',
      'resource:default/b',
      'resource:default/c',
      'resource:default/d',
    ].slice(0, Math.max(4, dependsOn.length)),
  });

const entities: Entity[] = [
  jewel('order-engine', ['ledger', 'helper', 'x', 'y'], {
    'solo-trek.io/wave': 'Wave 1',
  }),
  jewel('ledger', ['a1', 'a2', 'a3', 'a4']),
  jewel('unplaced-one', ['b1', 'b2', 'b3', 'b4']),
  // Solo Trek: tier-3, no dependencies.
  service('helper', { labels: { tier: 'tier-3' } }),
];

async function start(databaseId: (typeof ids)[number][0]) {
  const knex = await databases.init(databaseId);
  const store = await DatabaseSoloTrekStore.create({
    database: mockServices.database({ knex, migrations: { skip: false } }),
  });
  const logger = mockServices.logger.mock();
  await seedWavePlans(store, config, logger);
  const app = startServices({ store, config, entities });
  await app.scanner.scan(nimbus);
  return { store, logger, ...app };
}

describe.each(ids)('waves as plans on %p', databaseId => {
  it('plans from the config, checks the order of dependencies, and shows each wave with its dates on the plan and the card', async () => {
    const { service: migrations, aggregates } = await start(databaseId);
    await migrations.setWave('nimbus', ref('ledger'), 'wave-2', pat);
    const plan = await aggregates.wavePlan.plan('nimbus', ALL);
    expect(plan.waves.map(w => [w.id, w.schedule, w.total])).toEqual([
      ['wave-1', 'late', 1],
      ['wave-2', 'on-schedule', 1],
    ]);
    const member = plan.waves[0].members[0];
    expect(member.entityRef).toBe(ref('order-engine'));
    expect(member.warnings.map(w => [w.dependency, w.reason])).toEqual([
      [ref('ledger'), 'later-wave'],
      [ref('helper'), 'solo-trek-not-done'],
    ]);
    expect(plan.waves[0].warnings).toBe(2);
    expect(plan.completion).toMatchObject({ total: 2, late: 1, onSchedule: 1 });
    expect(plan.unplaced).toBe(1);
    expect(plan.unplacedServices.map(u => u.entityRef)).toEqual([
      ref('unplaced-one'),
    ]);
    expect(plan.forecast).toMatchObject({
      status: 'late',
      lateWaves: 1,
      unplaced: 1,
    });

    const card = await migrations.getCard('nimbus', ref('order-engine'), pat);
    expect(card.wave).toBe('wave-1');
    expect(card.waveDetail).toMatchObject({
      id: 'wave-1',
      title: 'Wave 1',
      plannedStart: day(-60),
      plannedEnd: day(-5),
      status: 'planned',
      schedule: 'late',
      total: 1,
      done: 0,
    });
    expect(card.waveDetail?.warnings).toHaveLength(2);
    const soloTrek = await migrations.getCard('nimbus', ref('helper'), pat);
    expect(soloTrek.waveDetail).toBeNull();
  });

  it('refuses a wave the plan has not, takes a service out of its annotated wave, and keeps each track apart', async () => {
    const { service: migrations, aggregates } = await start(databaseId);
    await expect(
      migrations.setWave('nimbus', ref('ledger'), 'wave-9', pat),
    ).rejects.toThrow(
      'Migration "nimbus" has no wave "wave-9"; its waves are wave-1, wave-2',
    );
    const out = await migrations.setWave(
      'nimbus',
      ref('order-engine'),
      null,
      pat,
    );
    expect(out.wave).toBeNull();
    expect(out.waveDetail).toBeNull();
    const plan = await aggregates.wavePlan.plan('nimbus', ALL);
    expect(plan.waves[0].total).toBe(0);
    expect(plan.unplaced).toBe(3);

    const tracks = await aggregates.wavePlan.tracks('nimbus');
    expect(tracks.soloTrek.figures.total).toBe(1);
    expect(tracks.caravan.figures.total).toBe(3);
    expect(tracks.caravan.completion).toEqual(plan.completion);
    expect(tracks.caravan.forecast.unplaced).toBe(3);
    expect(tracks.soloTrek.forecast.remaining).toBe(1);
  });

  it('lets the platform team plan, change and delete waves, with clear refusals', async () => {
    const {
      store,
      logger,
      service: migrations,
      aggregates,
    } = await start(databaseId);
    const waves = migrations.waves;
    const created = await waves.createWave(
      'nimbus',
      {
        id: 'wave-0',
        title: 'Shakeout cruise',
        order: 0,
        plannedStart: day(1),
        plannedEnd: day(30),
      },
      pat,
    );
    expect(created).toMatchObject({
      id: 'wave-0',
      order: 0,
      status: 'planned',
      schedule: 'on-schedule',
      updatedBy: 'user:default/pat',
    });
    await expect(
      waves.createWave(
        'nimbus',
        {
          id: 'wave-0',
          title: 'Again',
          plannedStart: day(1),
          plannedEnd: day(2),
        },
        pat,
      ),
    ).rejects.toThrow('already has or had a wave "wave-0"');
    await expect(
      waves.createWave(
        'nimbus',
        {
          id: 'wave-3',
          title: 'Back',
          plannedStart: day(9),
          plannedEnd: day(2),
        },
        pat,
      ),
    ).rejects.toThrow(
      `plannedEnd ${day(2)} comes before plannedStart ${day(9)}`,
    );
    await expect(
      waves.createWave(
        'nimbus',
        {
          id: 'wave-3',
          title: 'Feb 30',
          plannedStart: '2027-02-30',
          plannedEnd: '2027-03-10',
        },
        pat,
      ),
    ).rejects.toThrow('plannedStart "2027-02-30": not a real calendar date');

    await migrations.setWave('nimbus', ref('unplaced-one'), 'wave-0', pat);
    const done = await waves.updateWave(
      'nimbus',
      'wave-0',
      {
        title: 'Shakeout cruise',
        order: 0,
        plannedStart: day(1),
        plannedEnd: day(30),
        status: 'done',
      },
      pat,
    );
    expect(done).toMatchObject({ status: 'done', schedule: 'done', total: 1 });
    await expect(
      waves.updateWave(
        'nimbus',
        'wave-7',
        { title: 'x', plannedStart: day(1), plannedEnd: day(2) },
        pat,
      ),
    ).rejects.toThrow('Migration "nimbus" has no wave "wave-7"');

    await waves.deleteWave('nimbus', 'wave-1', pat);
    const card = await migrations.getCard('nimbus', ref('order-engine'), pat);
    // Its annotation names a wave no longer in the plan.
    expect(card.waveDetail).toBeNull();
    const plan = await aggregates.wavePlan.plan('nimbus', ALL);
    expect(plan.waves.map(w => w.id)).toEqual(['wave-0', 'wave-2']);
    // A restart does not bring a deleted wave back from the config.
    await seedWavePlans(store, config, logger);
    expect((await store.listWaves('nimbus')).map(w => w.id)).toEqual([
      'wave-0',
      'wave-2',
    ]);
    await expect(waves.deleteWave('nimbus', 'wave-1', pat)).rejects.toThrow(
      'has no wave "wave-1"',
    );
  });
});
