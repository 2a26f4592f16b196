import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  DONE_STAGES,
  LIVE_STAGES,
  MIGRATION_STAGES,
} from '@internal/plugin-solo-trek-common';
import { nimbusConfig } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from '../config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from '../database/DatabaseSoloTrekStore';
import { startServices } from '../__testUtils__/services';

import { generateCatalog, withCatalogRelations } from '@internal/demo-catalog';
import { allScoredRows } from '../__testUtils__/storeHelpers';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const reader = mockCredentials.user('user:default/bob');
const ALL = { kind: 'all' } as const;

/**
 * Every aggregate must equal the sum of the entity cards it summarises:
 * the dashboard and the cards can never disagree.
 */
describe('aggregates agree with the entity cards', () => {
  it('over a generated catalog', async () => {
    const config = readSoloTrekConfig(
      new ConfigReader({ soloTrek: nimbusConfig }),
    );
    const [nimbus] = config.migrations;
    const entities = withCatalogRelations(
      generateCatalog({ services: 400, groups: 12, seed: 42 }),
    );
    const knex = await databases.init('SQLITE_3');
    const store = await DatabaseSoloTrekStore.create({
      database: mockServices.database({ knex, migrations: { skip: false } }),
    });
    const { scanner, service, aggregates } = startServices({
      store,
      config,
      entities,
    });
    await scanner.scan(nimbus);

    // Some services get waivers, which the cards and the Creed stats must both apply.
    const scanned = await allScoredRows(store, 'nimbus');
    const refs = scanned.map(r => r.entityRef).sort();
    expect(refs.length).toBeGreaterThan(300);
    for (const ref of refs.slice(0, 15)) {
      const card = await service.getCard('nimbus', ref, reader);
      if (card.checks[2].status === 'fail') {
        await store.createWaiver({
          id: `00000000-0000-4000-8000-${String(refs.indexOf(ref)).padStart(
            12,
            '0',
          )}`,
          migrationId: 'nimbus',
          entityRef: ref,
          creedId: 'encryption-at-rest',
          reason: 'test',
          expiresAt: new Date(Date.now() + 86_400_000),
          createdBy: 'user:default/pat',
          createdAt: new Date(),
        });
      }
    }

    const cards = await Promise.all(
      refs.map(ref => service.getCard('nimbus', ref, reader)),
    );
    const report = await aggregates.adoption.report('nimbus');
    const byTeam = await aggregates.adoption.byTeam('nimbus', ALL);
    const board = await aggregates.leaderboard.ranked('nimbus', 'all');

    // Totals and stages.
    expect(report.totals.total).toBe(cards.length);
    for (const stage of MIGRATION_STAGES) {
      expect(report.totals.stages[stage]).toBe(
        cards.filter(c => c.stage === stage).length,
      );
    }
    const mustPasses = (c: (typeof cards)[number]) =>
      c.checks
        .filter(x => x.severity === 'must')
        .every(x => x.status === 'pass');
    const compliantDone = (c: (typeof cards)[number]) =>
      c.stage === 'retired' || (LIVE_STAGES.includes(c.stage) && mustPasses(c));
    expect(report.totals.done).toBe(
      cards.filter(c => DONE_STAGES.includes(c.stage)).length,
    );
    expect(report.totals.compliantDone).toBe(
      cards.filter(compliantDone).length,
    );

    // Per team.
    const teams = new Set(cards.map(c => c.owner));
    expect(byTeam.map(t => t.team).sort()).toEqual([...teams].sort());
    expect(report.teamCount).toBe(teams.size);
    for (const team of byTeam) {
      const mine = cards.filter(c => c.owner === team.team);
      expect(team.total).toBe(mine.length);
      expect(team.done).toBe(
        mine.filter(c => DONE_STAGES.includes(c.stage)).length,
      );
      expect(team.compliantDone).toBe(mine.filter(compliantDone).length);
      const entry = board.entries.find(e => e.team === team.team)!;
      expect(entry.migrated).toBe(team.done);
      expect(entry.total).toBe(team.total);
      expect(entry.compliant).toBe(team.compliantDone);
    }

    // Per track and quadrant.
    for (const t of report.byTrack) {
      expect(t.total).toBe(cards.filter(c => c.track === t.track).length);
    }
    for (const q of report.byQuadrant) {
      expect(q.total).toBe(
        cards.filter(
          c =>
            c.quadrant.criticality === q.criticality &&
            c.quadrant.complexity === q.complexity,
        ).length,
      );
    }

    // Per Creed item, waivers included.
    for (const item of report.creed) {
      const statuses = cards.map(
        c => c.checks.find(x => x.id === item.id)!.status,
      );
      expect(item.pass).toBe(statuses.filter(s => s === 'pass').length);
      expect(item.fail).toBe(statuses.filter(s => s === 'fail').length);
      expect(item.waived).toBe(statuses.filter(s => s === 'waived').length);
      expect(item.unknown).toBe(statuses.filter(s => s === 'unknown').length);
    }
    expect(
      report.creed.find(i => i.id === 'encryption-at-rest')!.waived,
    ).toBeGreaterThan(0);

    // The team card lists the same services as the cards.
    const [firstTeam] = byTeam;
    const teamServices = await aggregates.teamServices.list(
      'nimbus',
      firstTeam.team,
      ALL,
    );
    expect(teamServices.items).toHaveLength(firstTeam.total);
  });
});
