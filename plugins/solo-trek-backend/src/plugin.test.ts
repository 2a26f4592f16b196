import { startTestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import { soloTrekPlugin } from './plugin';

describe('soloTrekPlugin', () => {
  it('answers the health probe without credentials', async () => {
    const { server } = await startTestBackend({ features: [soloTrekPlugin] });
    // No Authorization header: the health probe is the one open route.
    const res = await request(server).get('/api/solo-trek/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });
});
