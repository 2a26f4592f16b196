import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import request from 'supertest';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import { startSoloTrekBackend } from '../__testUtils__/testBackend';
import { spec } from '../schema/openapi.generated';

jest.setTimeout(60_000);

const principals = {
  anonymous: mockCredentials.none.header(),
  nonOwner: mockCredentials.user.header('user:default/bob'),
  owner: mockCredentials.user.header('user:default/ada'),
  platform: mockCredentials.user.header('user:default/pat'),
  pipeline: mockCredentials.service.header({
    onBehalfOf: mockCredentials.service('external:ci-pipeline'),
    targetPluginId: 'solo-trek',
  }),
  otherService: mockCredentials.service.header({
    onBehalfOf: mockCredentials.service('external:backup-job'),
    targetPluginId: 'solo-trek',
  }),
};
type Principal = keyof typeof principals;

const e = '/api/solo-trek/migrations/nimbus/entities/component/default';
const m = '/api/solo-trek/migrations/nimbus';
const future = new Date(Date.now() + 20 * 86_400_000)
  .toISOString()
  .slice(0, 10);
const WAIVER_ID = '00000000-0000-4000-8000-0000000000aa';
const REQUEST_ID = '00000000-0000-4000-8000-0000000000bb';
/** Deciding: the platform team gets past the permission check to a missing request. */
const DECIDE = {
  anonymous: 401,
  nonOwner: 403,
  owner: 403,
  platform: 404,
  pipeline: 403,
  otherService: 403,
};

type Route = {
  name: string;
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  body?: object;
  write?: boolean;
  expect: Record<Principal, number>;
};

const READ = {
  anonymous: 401,
  nonOwner: 200,
  owner: 200,
  platform: 200,
  pipeline: 200,
  otherService: 200,
};

const routes: Route[] = [
  {
    name: 'list migrations',
    method: 'get',
    path: '/api/solo-trek/migrations',
    expect: READ,
  },
  { name: 'get migration', method: 'get', path: m, expect: READ },
  { name: 'card', method: 'get', path: `${e}/ledger`, expect: READ },
  { name: 'adoption', method: 'get', path: `${m}/adoption`, expect: READ },
  {
    name: 'adoption csv',
    method: 'get',
    path: `${m}/adoption?format=csv`,
    expect: READ,
  },
  {
    name: 'adoption by team',
    method: 'get',
    path: `${m}/adoption/teams?limit=10&order=asc`,
    expect: READ,
  },
  {
    name: 'history',
    method: 'get',
    path: `${m}/adoption/history`,
    expect: READ,
  },
  { name: 'long tail', method: 'get', path: `${m}/long-tail`, expect: READ },
  {
    name: 'leaderboard',
    method: 'get',
    path: `${m}/leaderboard`,
    expect: READ,
  },
  { name: 'heroes', method: 'get', path: `${m}/heroes`, expect: READ },
  {
    name: 'score breakdown',
    method: 'get',
    path: `${m}/leaderboard/teams/default/payments`,
    // Read like the leaderboard; the card's fetch first puts payments on it.
    expect: READ,
  },
  {
    name: 'team services',
    method: 'get',
    path: `${m}/teams/default/payments/services`,
    expect: READ,
  },
  {
    name: 'stage update',
    method: 'post',
    path: `${e}/ledger/stage`,
    body: { stage: 'in-progress' },
    write: true,
    expect: {
      anonymous: 401,
      nonOwner: 403,
      owner: 200,
      platform: 403,
      pipeline: 200,
      otherService: 403,
    },
  },
  {
    name: 'create waiver',
    method: 'post',
    path: `${e}/ledger/waivers`,
    body: {
      creedId: 'encryption-at-rest',
      reason: 'HSM rollout',
      expiresAt: future,
    },
    write: true,
    expect: {
      anonymous: 401,
      nonOwner: 403,
      owner: 403,
      platform: 201,
      pipeline: 403,
      otherService: 403,
    },
  },
  {
    name: 'delete waiver',
    method: 'delete',
    path: `${e}/ledger/waivers/${WAIVER_ID}`,
    write: true,
    // The platform team gets past the permission check to a missing waiver.
    expect: {
      anonymous: 401,
      nonOwner: 403,
      owner: 403,
      platform: 404,
      pipeline: 403,
      otherService: 403,
    },
  },
  {
    name: 'set wave',
    method: 'put',
    path: `${e}/jewel/wave`,
    body: { wave: 'wave-1' },
    write: true,
    expect: {
      anonymous: 401,
      nonOwner: 403,
      owner: 403,
      platform: 200,
      pipeline: 403,
      otherService: 403,
    },
  },
  {
    name: 'set track',
    method: 'put',
    path: `${e}/jewel/track`,
    body: { track: 'caravan', note: 'Crown jewel after all' },
    write: true,
    expect: {
      anonymous: 401,
      nonOwner: 403,
      owner: 403,
      platform: 200,
      pipeline: 403,
      otherService: 403,
    },
  },
  {
    name: 'track drift',
    method: 'get',
    path: `${m}/track-drift`,
    expect: READ,
  },
  { name: 'rollbacks', method: 'get', path: `${m}/rollbacks`, expect: READ },
  { name: 'wave plan', method: 'get', path: `${m}/waves`, expect: READ },
  {
    name: 'decommission tail',
    method: 'get',
    path: `${m}/decommission-tail`,
    expect: READ,
  },
  {
    name: 'decommission tail csv',
    method: 'get',
    path: `${m}/decommission-tail?format=csv`,
    expect: READ,
  },
  { name: 'track progress', method: 'get', path: `${m}/tracks`, expect: READ },
  {
    name: 'plan a wave',
    method: 'post',
    path: `${m}/waves`,
    body: {
      id: 'wave-9',
      title: 'Wave 9',
      plannedStart: '2027-01-04',
      plannedEnd: '2027-02-26',
    },
    write: true,
    expect: {
      anonymous: 401,
      nonOwner: 403,
      owner: 403,
      platform: 201,
      pipeline: 403,
      otherService: 403,
    },
  },
  {
    name: 'change a wave',
    method: 'put',
    path: `${m}/waves/wave-1`,
    body: {
      title: 'Wave 1',
      plannedStart: '2026-09-01',
      plannedEnd: '2027-04-30',
      status: 'active',
    },
    write: true,
    expect: {
      anonymous: 401,
      nonOwner: 403,
      owner: 403,
      platform: 200,
      pipeline: 403,
      otherService: 403,
    },
  },
  {
    name: 'delete a wave',
    method: 'delete',
    path: `${m}/waves/wave-2`,
    write: true,
    expect: {
      anonymous: 401,
      nonOwner: 403,
      owner: 403,
      platform: 204,
      pipeline: 403,
      otherService: 403,
    },
  },
  {
    name: 'nudge preview',
    method: 'get',
    path: `${m}/nudges/preview`,
    // What would be sent to everyone: for the platform team, before enabling.
    expect: {
      anonymous: 401,
      nonOwner: 403,
      owner: 403,
      platform: 200,
      pipeline: 403,
      otherService: 403,
    },
  },
  {
    name: 'request waiver',
    method: 'post',
    path: `${e}/ledger/waiver-requests`,
    body: {
      creedId: 'encryption-at-rest',
      reason: 'HSM rollout in Q2',
      expiresAt: future,
    },
    write: true,
    // Owners ask for their services (solo-trek.waiver.request); so may the platform team.
    expect: {
      anonymous: 401,
      nonOwner: 403,
      owner: 201,
      platform: 201,
      pipeline: 403,
      otherService: 403,
    },
  },
  {
    name: 'entity waiver requests',
    method: 'get',
    path: `${e}/ledger/waiver-requests`,
    expect: READ,
  },
  {
    name: 'waiver request queue',
    method: 'get',
    path: `${m}/waiver-requests?status=all`,
    expect: READ,
  },
  {
    name: 'approve waiver request',
    method: 'post',
    path: `${m}/waiver-requests/${REQUEST_ID}/approve`,
    body: {},
    write: true,
    expect: DECIDE,
  },
  {
    name: 'deny waiver request',
    method: 'post',
    path: `${m}/waiver-requests/${REQUEST_ID}/deny`,
    body: { reason: 'Use the encrypted storage class' },
    write: true,
    expect: DECIDE,
  },
  {
    name: 'withdraw waiver request',
    method: 'post',
    path: `${m}/waiver-requests/${REQUEST_ID}/withdraw`,
    write: true,
    // People get past the principal check to a missing request.
    expect: {
      anonymous: 401,
      nonOwner: 404,
      owner: 404,
      platform: 404,
      pipeline: 403,
      otherService: 403,
    },
  },
  {
    name: 'refresh',
    method: 'post',
    path: `${e}/ledger/refresh`,
    write: true,
    // Owners, the platform team and the listed pipeline; probes are not for everyone.
    expect: {
      anonymous: 401,
      nonOwner: 403,
      owner: 200,
      platform: 200,
      pipeline: 200,
      otherService: 403,
    },
  },
  {
    name: 'nominate',
    method: 'post',
    path: `${m}/heroes/nominations`,
    // Nobody's own team: nominating one's own is refused (400).
    body: { nominee: 'group:default/logistics', reason: 'first to move' },
    write: true,
    expect: {
      anonymous: 401,
      nonOwner: 201,
      owner: 201,
      platform: 201,
      pipeline: 403,
      otherService: 403,
    },
  },
  {
    name: 'report outcome points',
    method: 'post',
    path: '/api/solo-trek/facts',
    body: {
      points: [
        {
          entityRef: 'component:default/ledger',
          metric: 'deployments',
          value: 1,
          at: new Date().toISOString(),
        },
      ],
    },
    write: true,
    // Owners for their own services; pipelines listed in factReporters.
    expect: {
      anonymous: 401,
      nonOwner: 403,
      owner: 200,
      platform: 403,
      pipeline: 200,
      otherService: 403,
    },
  },
  { name: 'outcomes', method: 'get', path: `${m}/outcomes`, expect: READ },
  {
    name: 'outcomes csv',
    method: 'get',
    path: `${m}/outcomes?format=csv`,
    expect: READ,
  },
  {
    name: 'outcomes by team',
    method: 'get',
    path: `${m}/outcomes/teams?limit=10`,
    expect: READ,
  },
  {
    name: 'pulse comments',
    method: 'get',
    path: `${m}/outcomes/comments`,
    // Comments are for the platform team; everyone sees the distributions.
    expect: {
      anonymous: 401,
      nonOwner: 403,
      owner: 403,
      platform: 200,
      pipeline: 403,
      otherService: 403,
    },
  },
  {
    name: 'entity outcomes',
    method: 'get',
    path: `${e}/ledger/outcomes`,
    expect: READ,
  },
  {
    name: 'answer the pulse',
    method: 'put',
    path: `${e}/veteran/pulse`,
    body: { score: 4, comment: 'Faster deploys' },
    write: true,
    expect: {
      anonymous: 401,
      nonOwner: 403,
      owner: 200,
      platform: 403,
      pipeline: 403,
      otherService: 403,
    },
  },
];

const entities = [
  service('ledger', { annotations: { 'solo-trek.io/stage': 'planning' } }),
  // Live for 40 days: its satisfaction pulse is open.
  service('veteran', {
    annotations: {
      'nimbus.io/cluster': 'eu-1',
      'solo-trek.io/migrated-at': new Date(Date.now() - 40 * 86_400_000)
        .toISOString()
        .slice(0, 10),
    },
  }),
  service('jewel', {
    labels: { tier: 'tier-0' },
    dependsOn: [
      'component:default/a',
      'component:default/b',
      'component:default/c',
      'component:default/d',
    ],
  }),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments', namespace: 'default', uid: 'g1' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'logistics', namespace: 'default', uid: 'g2' },
    spec: { type: 'team', children: [] },
  },
];

async function run(route: Route, principal: Principal) {
  const auditor = mockServices.auditor.mock();
  const { server } = await startSoloTrekBackend({
    entities,
    soloTrek: nimbusConfig,
    extraFeatures: [auditor.factory],
  });
  const state = () =>
    request(server).get(`${e}/ledger`).set('authorization', principals.owner);
  const before = await state();
  const req = request(server)
    [route.method](route.path)
    .set('authorization', principals[principal]);
  const res = route.body ? await req.send(route.body) : await req;
  const after = await state();
  return { res, auditor, before, after };
}

const cases = routes.flatMap(route =>
  (Object.keys(principals) as Principal[]).map(principal => ({
    route,
    principal,
    status: route.expect[principal],
    label: `${route.name} as ${principal}`,
  })),
);

/** Every operation of the OpenAPI spec, as "METHOD /path/{param}". */
const specOperations = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.keys(item as object)
    .filter(k => ['get', 'post', 'put', 'delete', 'patch'].includes(k))
    .map(method => `${method.toUpperCase()} ${path}`),
);

describe('authorization matrix', () => {
  it('covers every operation of the OpenAPI spec', () => {
    const covered = (operation: string) => {
      const [method, template] = operation.split(' ');
      const pattern = new RegExp(
        `^/api/solo-trek${template.replace(/\{[^}]+\}/g, '[^/?]+')}(\\?|$)`,
      );
      return routes.some(
        r => r.method.toUpperCase() === method && pattern.test(r.path),
      );
    };
    const open = ['GET /health'];
    expect(specOperations.length).toBeGreaterThan(15);
    expect(
      specOperations.filter(o => !open.includes(o) && !covered(o)),
    ).toEqual([]);
  });

  it.each(specOperations.filter(o => o !== 'GET /health'))(
    '%s refuses a request without credentials',
    async operation => {
      const [method, template] = operation.split(' ');
      const { server } = await startSoloTrekBackend({
        entities,
        soloTrek: nimbusConfig,
      });
      const path = `/api/solo-trek${template.replace(/\{[^}]+\}/g, 'x')}`;
      // Without this header the test backend's mock auth signs requests in.
      const res = await (request(server) as any)
        [method.toLowerCase()](path)
        .set('authorization', principals.anonymous);
      expect(res.status).toBe(401);
    },
  );

  it('leaves only /health open, the OpenAPI document included', async () => {
    const { server } = await startSoloTrekBackend({
      entities,
      soloTrek: nimbusConfig,
    });
    const anonymous = (path: string) =>
      request(server).get(path).set('authorization', principals.anonymous);
    expect((await anonymous('/api/solo-trek/health')).status).toBe(200);
    expect((await anonymous('/api/solo-trek/openapi.json')).status).toBe(401);
    expect(
      (
        await request(server)
          .get('/api/solo-trek/openapi.json')
          .set('authorization', principals.nonOwner)
      ).status,
    ).toBe(200);
  });

  it.each(cases)(
    '$label answers $status',
    async ({ route, principal, status }) => {
      const { res } = await run(route, principal);
      expect(res.status).toBe(status);
    },
  );

  it.each(cases.filter(c => c.status >= 400))(
    '$label says why and leaves nothing behind',
    async ({ route, principal }) => {
      const { res, before, after } = await run(route, principal);
      expect(res.body.error.message).toEqual(expect.any(String));
      expect(after.body.stage).toBe(before.body.stage);
      expect(after.body.history).toEqual(before.body.history);
      expect(after.body.waivers).toEqual(before.body.waivers);
    },
  );

  // Requests without credentials are refused by the backend's default auth
  // policy before they reach the plugin (deny by default), so the plugin
  // audits what authenticated callers attempt.
  it.each(cases.filter(c => c.route.write && c.principal !== 'anonymous'))(
    '$label is audited',
    async ({ route, principal }) => {
      const { auditor } = await run(route, principal);
      expect(auditor.createEvent).toHaveBeenCalledTimes(1);
    },
  );
});
