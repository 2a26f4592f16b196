import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import { startServices } from '../__testUtils__/services';
import { readSoloTrekConfig } from '../config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from '../database/DatabaseSoloTrekStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const ids = databases.eachSupportedId();
const config = readSoloTrekConfig(new ConfigReader({ soloTrek: nimbusConfig }));
const nimbus = config.migrations[0];
const ALL = { kind: 'all' } as const;
const bob = mockCredentials.user('user:default/bob');
const ci = mockCredentials.service('external:ci-pipeline');
const LEDGER = 'component:default/ledger';

async function storeOn(databaseId: (typeof ids)[number][0]) {
  const knex = await databases.init(databaseId);
  return DatabaseSoloTrekStore.create({
    database: mockServices.database({ knex, migrations: { skip: false } }),
  });
}
const backend = (store: DatabaseSoloTrekStore, entities: Entity[]) =>
  startServices({ store, config, entities });

describe.each(ids)('rollbacks on %p', databaseId => {
  it('records a lost live signal as a rollback by "live signal", shows it apart in the long tail and the team view, and counts it per month', async () => {
    const store = await storeOn(databaseId);
    const live = backend(store, [
      service('ledger', { annotations: { 'nimbus.io/cluster': 'eu-1' } }),
      service('idle'),
    ]);
    await live.scanner.scan(nimbus);
    const wentLive = (await store.getResult('nimbus', LEDGER))!.migratedAt!;

    const lost = backend(store, [service('ledger'), service('idle')]);
    await lost.scanner.scan(nimbus);
    const card = await lost.service.getCard('nimbus', LEDGER, bob);
    expect(card.stage).toBe('not-started');
    expect(card.history[0]).toMatchObject({
      fromStage: 'migrated',
      toStage: 'not-started',
      actor: 'live signal',
      rollback: {
        wentLiveAt: wentLive.toISOString(),
        postMortemUrl: null,
      },
    });

    const tail = await lost.aggregates.longTail.report(
      'nimbus',
      { limit: 10, offset: 0 },
      ALL,
    );
    // The never-started one first; the rolled-back one is idle since its rollback.
    expect(tail.items.map(i => [i.entityRef, i.rolledBackAt !== null])).toEqual(
      [
        ['component:default/idle', false],
        [LEDGER, true],
      ],
    );
    expect(tail.items[1].daysIdle).toBe(0);
    expect(tail.items[0].daysIdle).toBeGreaterThan(30);

    const team = await lost.aggregates.teamServices.list(
      'nimbus',
      'group:default/payments',
      ALL,
    );
    expect(team.items.find(i => i.entityRef === LEDGER)?.rolledBackAt).toEqual(
      expect.any(String),
    );
    expect(
      team.items.find(i => i.entityRef === 'component:default/idle')
        ?.rolledBackAt,
    ).toBeNull();

    const report = await lost.aggregates.rollbacks.page(
      'nimbus',
      { limit: 10, offset: 0 },
      ALL,
    );
    expect(report.total).toBe(1);
    expect(report.items[0]).toMatchObject({
      entityRef: LEDGER,
      actor: 'live signal',
      fromStage: 'migrated',
      toStage: 'not-started',
      wentLiveAt: wentLive.toISOString(),
      track: 'solo-trek',
    });
    const thisMonth = new Date().toISOString().slice(0, 7);
    expect(report.byMonth[0].month).toBe('2026-01');
    expect(report.byMonth.at(-1)).toEqual({ month: thisMonth, count: 1 });
    expect(report.byMonth.reduce((n, m) => n + m.count, 0)).toBe(1);
  });

  it('records a rollback reported by a pipeline with its actor, reason and post-mortem link', async () => {
    const store = await storeOn(databaseId);
    const app = backend(store, [
      service('ledger', {
        annotations: { 'solo-trek.io/stage': 'migrated' },
      }),
    ]);
    await app.scanner.scan(nimbus);
    await expect(
      app.service.updateStage('nimbus', LEDGER, { stage: 'in-progress' }, ci),
    ).rejects.toThrow('is a rollback: it needs a note saying why');
    await expect(
      app.service.updateStage(
        'nimbus',
        LEDGER,
        {
          stage: 'in-progress',
          note: 'Latency doubled',
          postMortemUrl: 'ftp://files.example.com/pm.txt',
        },
        ci,
      ),
    ).rejects.toThrow('is not an http or https URL');
    const card = await app.service.updateStage(
      'nimbus',
      LEDGER,
      {
        stage: 'in-progress',
        note: 'Latency doubled after cut-over',
        postMortemUrl: 'https://wiki.example.com/pm/7',
      },
      ci,
    );
    expect(card.history[0]).toMatchObject({
      fromStage: 'migrated',
      toStage: 'in-progress',
      source: 'api',
      actor: 'external:ci-pipeline',
      note: 'Latency doubled after cut-over',
      rollback: {
        wentLiveAt: expect.any(String),
        postMortemUrl: 'https://wiki.example.com/pm/7',
      },
    });
    await expect(
      app.service.updateStage(
        'nimbus',
        LEDGER,
        {
          stage: 'migrated',
          postMortemUrl: 'https://wiki.example.com/pm/8',
        },
        ci,
      ),
    ).rejects.toThrow('A post-mortem link belongs to a rollback');
    const report = await app.aggregates.rollbacks.page(
      'nimbus',
      { limit: 10, offset: 0 },
      ALL,
    );
    expect(report.items[0]).toMatchObject({
      actor: 'external:ci-pipeline',
      reason: 'Latency doubled after cut-over',
      postMortemUrl: 'https://wiki.example.com/pm/7',
    });
  });
});
