import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import { startSoloTrekBackend } from '../__testUtils__/testBackend';

jest.setTimeout(30_000);

describe("the tracks' contracts", () => {
  it('come with the migration, for the cards to show each service its own', async () => {
    const soloTrek = JSON.parse(JSON.stringify(nimbusConfig));
    soloTrek.migrations[0].tracks = {
      soloTrek: {
        docsUrl: 'https://docs.example.com/self-service',
        supportChannelUrl: 'https://chat.example.com/c/nimbus',
        officeHours: 'Thursdays 14:00–15:00 CET',
      },
      caravan: {
        docsUrl: 'https://docs.example.com/caravan-plan',
        liaison: 'user:default/pat',
      },
    };
    const { server } = await startSoloTrekBackend({
      entities: [service('ledger')],
      soloTrek,
    });
    const res = await request(server)
      .get('/api/solo-trek/migrations/nimbus')
      .set('authorization', mockCredentials.user.header('user:default/bob'));
    expect(res.status).toBe(200);
    expect(res.body.tracks).toEqual(soloTrek.migrations[0].tracks);
    expect(res.body.description).toBe(nimbusConfig.migrations[0].description);
  });
});
