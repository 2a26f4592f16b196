import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { MIGRATION_STAGES } from '@internal/plugin-solo-trek-common';
import request from 'supertest';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import { startSoloTrekBackend } from '../__testUtils__/testBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const owner = mockCredentials.user.header('user:default/ada');
const platform = mockCredentials.user.header('user:default/pat');
const card =
  '/api/solo-trek/migrations/nimbus/entities/component/default/ledger';

describe.each(databases.eachSupportedId())(
  '50 concurrent stage updates on %p',
  databaseId => {
    it('leave a complete, ordered history and the last committed write', async () => {
      const knex = await databases.init(databaseId);
      const { server } = await startSoloTrekBackend({
        entities: [service('ledger')],
        soloTrek: nimbusConfig,
        extraFeatures: [mockServices.database.factory({ knex })],
      });
      const stages = MIGRATION_STAGES.filter(s => s !== 'retired');
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          request(server)
            .post(`${card}/stage`)
            .set('authorization', owner)
            .send({ stage: stages[i % stages.length], note: `update ${i}` }),
        ),
      );
      for (const [i, res] of responses.entries()) {
        expect(res.status).toBe(200);
        expect(res.body.stage).toBe(stages[i % stages.length]);
      }

      const final = await request(server).get(card).set('authorization', owner);
      const history = [...final.body.history].reverse(); // oldest first
      // The first entry is the first evaluation; every API entry follows on.
      expect(history[0]).toMatchObject({ fromStage: null, source: 'default' });
      for (let i = 1; i < history.length; i++) {
        expect(history[i].fromStage).toBe(history[i - 1].toStage);
        expect(history[i].id).toBeGreaterThan(history[i - 1].id);
        expect(history[i].toStage).not.toBe(history[i].fromStage);
      }
      const notes = history.slice(1).map(h => h.note);
      expect(new Set(notes).size).toBe(notes.length);
      // Most updates change the stage; only re-reports of the current one add nothing.
      expect(history.length).toBeGreaterThan(25);
      expect(final.body.stage).toBe(history[history.length - 1].toStage);
      expect(final.body.stageSource).toBe('api');
    });

    it('50 mixed stage updates, refreshes and waiver creations leave a chained history, one active waiver and the last committed stage', async () => {
      const knex = await databases.init(databaseId);
      const { server } = await startSoloTrekBackend({
        entities: [service('ledger')],
        soloTrek: {
          ...nimbusConfig,
          // Every refresh runs: no cooldown, room for all of them.
          refresh: { cooldownSeconds: 0, concurrency: 8, queueSize: 64 },
        },
        extraFeatures: [mockServices.database.factory({ knex })],
      });
      const expiresAt = new Date(Date.now() + 30 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const stages = MIGRATION_STAGES.filter(s => s !== 'retired');
      const kinds = ['stage', 'refresh', 'waiver'] as const;
      const requests = Array.from({ length: 50 }, (_, i) => {
        const kind = kinds[i % 3];
        if (kind === 'stage') {
          return request(server)
            .post(`${card}/stage`)
            .set('authorization', owner)
            .send({ stage: stages[i % stages.length], note: `update ${i}` });
        }
        if (kind === 'refresh') {
          return request(server)
            .post(`${card}/refresh`)
            .set('authorization', owner);
        }
        return request(server)
          .post(`${card}/waivers`)
          .set('authorization', platform)
          .send({
            creedId: 'encryption-at-rest',
            reason: `rollout ${i}`,
            expiresAt,
          });
      });
      const responses = await Promise.all(requests);
      const statuses = (kind: (typeof kinds)[number]) =>
        responses.filter((_, i) => kinds[i % 3] === kind).map(r => r.status);
      expect(new Set(statuses('stage'))).toEqual(new Set([200]));
      expect(new Set(statuses('refresh'))).toEqual(new Set([200]));
      // The database lets exactly one creation win; the others are told why.
      const waivers = statuses('waiver');
      expect(waivers.filter(s => s === 201)).toHaveLength(1);
      expect(waivers.filter(s => s === 409)).toHaveLength(waivers.length - 1);
      const refused = responses.find(
        (r, i) => kinds[i % 3] === 'waiver' && r.status === 409,
      )!;
      expect(refused.body.error.message).toBe(
        'component:default/ledger already has an active waiver for "encryption-at-rest"; remove it before adding another',
      );
      expect(
        await knex('waivers')
          .whereNull('revoked_at')
          .count({ n: '*' })
          .then(([{ n }]) => Number(n)),
      ).toBe(1);

      const final = await request(server).get(card).set('authorization', owner);
      const history = [...final.body.history].reverse(); // oldest first
      expect(history[0]).toMatchObject({
        fromStage: null,
        source: 'default',
        actor: null,
      });
      for (let i = 1; i < history.length; i++) {
        expect(history[i].fromStage).toBe(history[i - 1].toStage);
        expect(history[i].id).toBeGreaterThan(history[i - 1].id);
        // A refresh read before an update never writes over it: every later
        // entry is a person's, with their name.
        expect(history[i]).toMatchObject({
          source: 'api',
          actor: 'user:default/ada',
        });
      }
      expect(history.length).toBeGreaterThan(5);
      // The last committed stage update is the stage, and the last entry.
      expect(final.body.stage).toBe(history[history.length - 1].toStage);
      expect(final.body.stageSource).toBe('api');
      expect(history[history.length - 1].note).toMatch(/^update \d+$/);
    });
  },
);
