import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import { specProblems } from '../__testUtils__/specResponses';
import { startSoloTrekBackend } from '../__testUtils__/testBackend';

jest.setTimeout(60_000);

const ada = mockCredentials.user.header('user:default/ada'); // owns ledger
const pat = mockCredentials.user.header('user:default/pat'); // platform team
const bob = mockCredentials.user.header('user:default/bob');

const entities = [
  service('ledger', { annotations: { 'prometheus.io/scrape': 'true' } }),
  service('jewel', {
    labels: { tier: 'tier-0' },
    dependsOn: [
      'component:default/a',
      'component:default/b',
      'component:default/c',
      'component:default/d',
    ],
  }),
  service('live-one', { annotations: { 'nimbus.io/cluster': 'eu-1' } }),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments', namespace: 'default', uid: 'g1' },
    spec: { type: 'team', children: [] },
  },
];

const m = '/api/solo-trek/migrations/nimbus';
const e = `${m}/entities/component/default`;
const future = new Date(Date.now() + 20 * 86_400_000)
  .toISOString()
  .slice(0, 10);

type Call = {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  as: string;
  body?: object;
};

describe('responses conform to the OpenAPI spec', () => {
  it('for every route, successes and errors alike', async () => {
    const { server } = await startSoloTrekBackend({
      entities,
      soloTrek: nimbusConfig,
    });
    const calls: Call[] = [
      { method: 'get', path: '/api/solo-trek/health', as: bob },
      { method: 'get', path: '/api/solo-trek/migrations', as: bob },
      { method: 'get', path: m, as: bob },
      { method: 'get', path: `${e}/ledger`, as: bob },
      { method: 'get', path: `${e}/jewel`, as: bob },
      { method: 'get', path: `${e}/live-one`, as: bob },
      {
        method: 'post',
        path: `${e}/ledger/stage`,
        as: ada,
        body: { stage: 'in-progress', note: 'started' },
      },
      {
        method: 'post',
        path: `${e}/ledger/waivers`,
        as: pat,
        body: {
          creedId: 'encryption-at-rest',
          reason: 'HSM rollout',
          expiresAt: future,
        },
      },
      {
        method: 'put',
        path: `${e}/jewel/wave`,
        as: pat,
        body: { wave: 'wave-1' },
      },
      {
        method: 'put',
        path: `${e}/ledger/track`,
        as: pat,
        body: { track: 'caravan', note: 'Decided upfront with the team' },
      },
      { method: 'get', path: `${m}/track-drift`, as: bob },
      { method: 'get', path: `${m}/rollbacks?limit=5`, as: bob },
      { method: 'get', path: `${m}/waves`, as: bob },
      { method: 'get', path: `${m}/tracks`, as: bob },
      { method: 'get', path: `${m}/decommission-tail?limit=5`, as: bob },
      {
        method: 'post',
        path: `${m}/waves`,
        as: pat,
        body: {
          id: 'wave-0',
          title: 'Shakeout',
          order: 0,
          plannedStart: '2026-11-02',
          plannedEnd: '2026-11-27',
        },
      },
      {
        method: 'put',
        path: `${m}/waves/wave-0`,
        as: pat,
        body: {
          title: 'Shakeout',
          plannedStart: '2026-11-02',
          plannedEnd: '2026-11-27',
          status: 'done',
        },
      },
      {
        method: 'post',
        path: `${m}/waves`,
        as: pat,
        body: {
          id: 'wave-x',
          title: 'Backwards',
          plannedStart: '2027-02-01',
          plannedEnd: '2027-01-01',
        },
      },
      { method: 'put', path: `${m}/waves/wave-7`, as: pat, body: { title: 'x', plannedStart: '2027-01-01', plannedEnd: '2027-01-02' } },
      // A 204 has no body to check: an unknown wave's 404 does.
      { method: 'delete', path: `${m}/waves/wave-9`, as: pat },
      {
        method: 'put',
        path: `${e}/ledger/track`,
        as: ada,
        body: { track: 'caravan', note: 'Not mine to decide' },
      },
      { method: 'post', path: `${e}/live-one/refresh`, as: pat },
      { method: 'post', path: `${e}/live-one/refresh`, as: pat }, // 429
      { method: 'get', path: `${m}/adoption`, as: bob },
      { method: 'get', path: `${m}/adoption/teams?limit=5`, as: bob },
      { method: 'get', path: `${m}/adoption/history`, as: bob },
      { method: 'get', path: `${m}/long-tail?limit=5`, as: bob },
      {
        method: 'get',
        path: `${m}/leaderboard?team=group:default/payments`,
        as: bob,
      },
      {
        method: 'post',
        path: `${m}/heroes/nominations`,
        as: bob,
        body: { nominee: 'group:default/payments', reason: 'first to move' },
      },
      { method: 'get', path: `${m}/heroes`, as: bob },
      { method: 'get', path: `${m}/teams/default/payments/services`, as: bob },
      // Errors follow the spec too.
      { method: 'get', path: `${e}/no-such-service`, as: bob },
      {
        method: 'post',
        path: `${e}/ledger/stage`,
        as: bob,
        body: { stage: 'planning' },
      },
      {
        method: 'post',
        path: `${e}/ledger/stage`,
        as: ada,
        body: { stage: 'sideways' },
      },
      {
        method: 'delete',
        path: `${e}/ledger/waivers/00000000-0000-4000-8000-0000000000aa`,
        as: pat,
      },
    ];
    const problems: string[] = [];
    const statuses: number[] = [];
    for (const call of calls) {
      const req = request(server)
        [call.method](call.path)
        .set('authorization', call.as);
      const res = call.body ? await req.send(call.body) : await req;
      statuses.push(res.status);
      problems.push(
        ...specProblems(call.method, call.path, res.status, res.body),
      );
    }
    expect(statuses).toEqual([
      200, 200, 200, 200, 200, 200, 200, 201, 200, 200, 200, 200, 200, 200, 200,
      201, 200, 400, 404, 404, 403, 200, 429, 200, 200, 200, 200, 200, 201, 200, 200,
      404, 403, 400, 404,
    ]);
    expect(problems).toEqual([]);
  });

  it('for the nudge preview and the card’s next reminder (issue 14)', async () => {
    // 20 days before the sunset: every service not done has a reminder due.
    const sunset = new Date(Date.now() + 20 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const { server } = await startSoloTrekBackend({
      entities,
      soloTrek: {
        ...nimbusConfig,
        nudges: { enabled: true },
        migrations: [
          {
            ...nimbusConfig.migrations[0],
            window: { start: '2026-01-01', sunset },
          },
        ],
      },
    });
    const card = await request(server)
      .get(`${e}/ledger`)
      .set('authorization', bob);
    expect(card.body.nextNudge).toMatchObject({ title: '7 days to sunset' });
    // Opening a card stores the service's result: jewel's reminder is due too.
    await request(server).get(`${e}/jewel`).set('authorization', bob);
    const calls: Call[] = [
      { method: 'get', path: `${e}/ledger`, as: bob },
      { method: 'get', path: `${m}/nudges/preview?limit=2`, as: pat },
      { method: 'get', path: `${m}/nudges/preview`, as: bob },
      { method: 'get', path: `${m}/nudges/preview?limit=0`, as: pat },
    ];
    const problems: string[] = [];
    const statuses: number[] = [];
    const sizes: Array<number | undefined> = [];
    for (const call of calls) {
      const res = await request(server)
        [call.method](call.path)
        .set('authorization', call.as);
      statuses.push(res.status);
      problems.push(
        ...specProblems(call.method, call.path, res.status, res.body),
      );
      sizes.push(res.body.items?.length);
    }
    expect(statuses).toEqual([200, 200, 403, 400]);
    // The preview lists the reminders due, a page at a time.
    expect(sizes).toEqual([undefined, 2, undefined, undefined]);
    expect(problems).toEqual([]);
  });

  it('reports a response that leaves the spec', () => {
    expect(
      specProblems('get', '/api/solo-trek/migrations', 200, { items: 'no' }),
    ).toEqual([expect.stringContaining('/items must be array')]);
  });
});
