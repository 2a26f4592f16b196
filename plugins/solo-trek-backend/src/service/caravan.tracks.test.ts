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
const config = readSoloTrekConfig(new ConfigReader({ soloTrek: nimbusConfig }));
const nimbus = config.migrations[0];
const pat = mockCredentials.user('user:default/pat');
const ALL = { kind: 'all' } as const;
const JEWEL = 'component:default/jewel';

/** A tier-0 service with `deps` dependencies: four make it complex. */
function jewel(deps: number, annotations: Record<string, string> = {}) {
  return service('jewel', {
    labels: { tier: 'tier-0' },
    annotations,
    dependsOn: ['a', 'b', 'c', 'd', 'e']
      .slice(0, deps)
      .map(n => `component:default/${n}`),
  });
}

async function storeOn(databaseId: (typeof ids)[number][0]) {
  const knex = await databases.init(databaseId);
  return DatabaseSoloTrekStore.create({
    database: mockServices.database({ knex, migrations: { skip: false } }),
  });
}
const ids = databases.eachSupportedId();

/** The plugin over `store` with this catalog, as a restarted backend has it. */
function backend(store: DatabaseSoloTrekStore, entities: Entity[]) {
  return startServices({ store, config, entities });
}

describe.each(ids)('pinned tracks on %p', databaseId => {
  it('keeps the track when a fourth dependency changes the quadrant, flags the drift with its reason, and changes it only by a decision', async () => {
    const store = await storeOn(databaseId);
    const before = backend(store, [jewel(3)]);
    await before.scanner.scan(nimbus);
    const first = await before.service.getCard('nimbus', JEWEL, pat);
    expect(first.track).toBe('solo-trek');
    expect(first.trackDrift).toBeNull();
    expect(first.trackDecision).toMatchObject({
      fromTrack: null,
      toTrack: 'solo-trek',
      source: 'first-evaluation',
      actor: null,
    });
    expect(first.trackDecision!.note).toContain('criticality high');
    expect(first.segmentation?.complexity).toMatchObject({
      level: 'low',
      score: 3,
      threshold: 4,
    });

    // The case: a fourth dependsOn makes it a crown jewel.
    const after = backend(store, [jewel(4)]);
    await after.scanner.scan(nimbus);
    const drifted = await after.service.getCard('nimbus', JEWEL, pat);
    expect(drifted.track).toBe('solo-trek');
    expect(drifted.quadrant).toEqual({
      criticality: 'high',
      complexity: 'high',
    });
    expect(drifted.trackHistory).toHaveLength(1);
    expect(drifted.trackDrift?.computedTrack).toBe('caravan');
    expect(drifted.trackDrift?.reason).toContain('tier label "tier" is tier-0');
    expect(drifted.trackDrift?.reason).toContain('score 4 ≥ 4');
    const list = await after.aggregates.trackDrift.page(
      'nimbus',
      { limit: 10, offset: 0 },
      ALL,
    );
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      entityRef: JEWEL,
      track: 'solo-trek',
      computedTrack: 'caravan',
      pinnedBy: null,
    });

    // The platform team decides; the decision is kept and the drift ends.
    const moved = await after.service.setTrack(
      'nimbus',
      JEWEL,
      { track: 'caravan', note: 'Payments core: planned with wave 2' },
      pat,
    );
    expect(moved.track).toBe('caravan');
    expect(moved.trackDrift).toBeNull();
    expect(moved.trackHistory.map(d => [d.fromTrack, d.toTrack])).toEqual([
      ['solo-trek', 'caravan'],
      [null, 'solo-trek'],
    ]);
    expect(moved.trackDecision).toMatchObject({
      source: 'platform-team',
      actor: 'user:default/pat',
      note: 'Payments core: planned with wave 2',
    });
    expect(
      (
        await after.aggregates.trackDrift.page(
          'nimbus',
          { limit: 10, offset: 0 },
          ALL,
        )
      ).total,
    ).toBe(0);

    // Back to three dependencies: the quadrant drifts the other way, the
    // decision holds.
    const again = backend(store, [jewel(3)]);
    await again.scanner.scan(nimbus);
    const held = await again.service.getCard('nimbus', JEWEL, pat);
    expect(held.track).toBe('caravan');
    expect(held.trackDrift?.computedTrack).toBe('solo-trek');
    expect(held.trackHistory).toHaveLength(2);
  });

  it('pins solo-trek.io/track at the first evaluation and ignores later changes of it', async () => {
    const store = await storeOn(databaseId);
    const upfront = backend(store, [
      jewel(0, { 'solo-trek.io/track': 'caravan' }),
    ]);
    await upfront.scanner.scan(nimbus);
    const card = await upfront.service.getCard('nimbus', JEWEL, pat);
    expect(card.track).toBe('caravan');
    expect(card.trackDecision).toMatchObject({
      source: 'annotation',
      toTrack: 'caravan',
    });
    // Decided upfront against the quadrant: flagged from the start.
    expect(card.trackDrift?.computedTrack).toBe('solo-trek');

    const edited = backend(store, [
      jewel(0, { 'solo-trek.io/track': 'solo-trek' }),
    ]);
    await edited.scanner.scan(nimbus);
    const still = await edited.service.getCard('nimbus', JEWEL, pat);
    expect(still.track).toBe('caravan');
    expect(still.trackHistory).toHaveLength(1);
  });

  it('keeps a decided track for a service that leaves the scope and comes back', async () => {
    const store = await storeOn(databaseId);
    const app = backend(store, [jewel(3)]);
    await app.scanner.scan(nimbus);
    await app.service.setTrack(
      'nimbus',
      JEWEL,
      { track: 'caravan', note: 'Moves with the ledger' },
      pat,
    );
    const gone = backend(store, [service('other')]);
    await gone.scanner.scan(nimbus);
    expect(await store.getResult('nimbus', JEWEL)).toBeUndefined();

    const back = backend(store, [jewel(3)]);
    await back.scanner.scan(nimbus);
    const card = await back.service.getCard('nimbus', JEWEL, pat);
    expect(card.track).toBe('caravan');
    expect(card.trackHistory).toHaveLength(2);
  });

  it('refuses a decision without a note and leaves the track alone', async () => {
    const store = await storeOn(databaseId);
    const app = backend(store, [jewel(3)]);
    await app.scanner.scan(nimbus);
    await expect(
      app.service.setTrack(
        'nimbus',
        JEWEL,
        { track: 'caravan', note: '  ' },
        pat,
      ),
    ).rejects.toThrow('A track decision needs a note saying why');
    const card = await app.service.getCard('nimbus', JEWEL, pat);
    expect(card.track).toBe('solo-trek');
    expect(card.trackHistory).toHaveLength(1);
  });

  it('records restating the current track as a confirmation', async () => {
    const store = await storeOn(databaseId);
    const app = backend(store, [jewel(3)]);
    await app.scanner.scan(nimbus);
    const card = await app.service.setTrack(
      'nimbus',
      JEWEL,
      { track: 'solo-trek', note: 'Reviewed: the team moves it alone' },
      pat,
    );
    expect(card.track).toBe('solo-trek');
    expect(card.trackDecision).toMatchObject({
      fromTrack: 'solo-trek',
      toTrack: 'solo-trek',
      note: 'Kept on the Solo Trek track: Reviewed: the team moves it alone',
    });
  });
});
