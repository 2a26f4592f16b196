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
  },
);
