import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
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

  it('schedules its tasks with Backstage’s scheduler, as configured', async () => {
    const { server } = await startTestBackend({
      features: [
        soloTrekPlugin,
        schedulerServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            soloTrek: {
              migrations: [],
              schedule: { frequency: { minutes: 30 }, timeout: 'PT5M' },
              outcomes: {
                schedule: {
                  frequency: { cron: '15 * * * *' },
                  timeout: 'PT10M',
                  initialDelay: { minutes: 5 },
                },
              },
            },
          },
        }),
      ],
    });
    // The scheduler's own listing, as an operator reads it.
    const res = await request(server)
      .get('/api/solo-trek/.backstage/scheduler/v1/tasks')
      .set('authorization', mockCredentials.service.header());
    expect(res.status).toBe(200);
    const settings = Object.fromEntries(
      res.body.tasks.map((t: any) => [t.taskId, t.settings]),
    );
    expect(settings['solo-trek-outcomes']).toMatchObject({
      cadence: '15 * * * *',
      timeoutAfterDuration: 'PT10M',
      initialDelayDuration: 'PT5M',
    });
    expect(settings['solo-trek-scan']).toMatchObject({
      cadence: 'PT30M',
      timeoutAfterDuration: 'PT5M',
    });
  });
});
