import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseSoloTrekStore } from './DatabaseSoloTrekStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const now = new Date('2027-01-11T10:00:00Z');

describe.each(databases.eachSupportedId())(
  'the nudge store, on %s',
  databaseId => {
    async function open() {
      const knex = await databases.init(databaseId);
      const store = await DatabaseSoloTrekStore.create({
        database: mockServices.database({ knex }),
      });
      return { knex, nudges: store.nudges };
    }

    it('lets one claim a key: concurrent claims of the same keys split them, never share them', async () => {
      const { nudges, knex } = await open();
      const keys = Array.from({ length: 900 }, (_, i) => ({
        key: `sunset:2027-01-31:30:component:default/s${i}`,
        kind: 'sunset',
        entityRef: `component:default/s${i}`,
      }));
      const claims = await Promise.all(
        [0, 1, 2].map(() => nudges.claimNudges('nimbus', keys, now)),
      );
      const all = claims.flatMap(c => [...c]);
      expect(all).toHaveLength(900);
      expect(new Set(all).size).toBe(900);

      // Marked sent (or digest, when claimed for one); released only if still claimed.
      await nudges.claimNudges(
        'nimbus',
        [
          {
            key: 'stage:7',
            kind: 'stage',
            via: 'digest:group:default/x:2027-W02',
          },
        ],
        now,
      );
      await nudges.completeNudges('nimbus', [keys[0].key, 'stage:7'], now);
      await nudges.releaseNudges('nimbus', [keys[0].key, keys[1].key]);
      const rows = await knex('nudges_sent')
        .whereIn('nudge_key', [keys[0].key, keys[1].key, 'stage:7'])
        .orderBy('nudge_key')
        .select('nudge_key', 'status', 'via');
      expect(rows).toEqual([
        {
          nudge_key: 'stage:7',
          status: 'digest',
          via: 'digest:group:default/x:2027-W02',
        },
        { nudge_key: keys[0].key, status: 'sent', via: null },
      ]);
      expect(
        await nudges.recordedNudges('nimbus', [
          keys[0].key,
          keys[1].key,
          keys[2].key,
        ]),
      ).toEqual(new Set([keys[0].key, keys[2].key]));
      // Above 2,000 keys the lookup reads the migration's keys at once.
      const many = [
        ...keys.map(k => k.key),
        ...Array.from({ length: 2000 }, (_, i) => `x${i}`),
      ];
      expect((await nudges.recordedNudges('nimbus', many)).size).toBe(899);
      expect(await nudges.recordedNudges('other', [keys[0].key])).toEqual(
        new Set(),
      );

      // Stale claims go; fresh ones stay.
      expect(
        await nudges.releaseStaleClaims('nimbus', new Date(now.getTime() + 1)),
      ).toBe(898);
    });

    it('records a digest again in place, and a baseline once with its skipped milestones', async () => {
      const { nudges, knex } = await open();
      const digest = { key: 'digest:group:default/x:2027-W02', kind: 'digest' };
      await nudges.recordSent('nimbus', [digest], now);
      await nudges.recordSent(
        'nimbus',
        [digest],
        new Date(now.getTime() + 1000),
      );
      expect(
        await knex('nudges_sent').where('nudge_key', digest.key),
      ).toHaveLength(1);

      expect(
        await nudges.createBaseline('nimbus', now, [
          { key: 'adoption:25', kind: 'adoption' },
        ]),
      ).toBe(true);
      expect(
        await nudges.createBaseline('nimbus', now, [
          { key: 'adoption:50', kind: 'adoption' },
        ]),
      ).toBe(false);
      expect((await nudges.getBaseline('nimbus'))?.getTime()).toBe(
        now.getTime(),
      );
      expect(
        await nudges.recordedNudges('nimbus', ['adoption:25', 'adoption:50']),
      ).toEqual(new Set(['adoption:25']));
    });

    it('keeps what live services passed', async () => {
      const { nudges } = await open();
      await nudges.saveObservations(
        'nimbus',
        {
          upserts: [
            { entityRef: 'component:default/a', passing: ['m1', 'm2'] },
            { entityRef: 'component:default/b', passing: [] },
          ],
          deletes: [],
        },
        now,
      );
      await nudges.saveObservations(
        'nimbus',
        {
          upserts: [{ entityRef: 'component:default/a', passing: ['m2'] }],
          deletes: ['component:default/b'],
        },
        new Date(now.getTime() + 1000),
      );
      expect(await nudges.listObservations('nimbus')).toEqual(
        new Map([
          [
            'component:default/a',
            { passing: ['m2'], observedAt: new Date(now.getTime() + 1000) },
          ],
        ]),
      );
    });
  },
);
