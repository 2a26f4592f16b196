import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  NotificationSendOptions,
  notificationService,
} from '@backstage/plugin-notifications-node';
import request from 'supertest';
import { nimbusConfig, service } from '../../__testUtils__/fixtures';
import { specProblems } from '../../__testUtils__/specResponses';
import { startSoloTrekBackend } from '../../__testUtils__/testBackend';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const ada = mockCredentials.user.header('user:default/ada'); // payments: owns ledger
const bob = mockCredentials.user.header('user:default/bob'); // search
const pat = mockCredentials.user.header('user:default/pat'); // platform team
const ci = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('external:ci-pipeline'),
  targetPluginId: 'solo-trek',
});

const m = '/api/solo-trek/migrations/nimbus';
const e = `${m}/entities/component/default`;
const day = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const entities = [
  // Fails encryption-at-rest (should, waivable) and cost-center (must).
  service('ledger', { annotations: { 'prometheus.io/scrape': 'true' } }),
  // Passes encryption-at-rest.
  service('vault', { tags: ['stateless'] }),
];

describe.each(databases.eachSupportedId())(
  'waiver requests on %p',
  databaseId => {
    let server: any;
    let auditor: ReturnType<typeof mockServices.auditor.mock>;
    let sent: NotificationSendOptions[];

    beforeEach(async () => {
      sent = [];
      auditor = mockServices.auditor.mock();
      ({ server } = await startSoloTrekBackend({
        entities,
        soloTrek: nimbusConfig,
        extraFeatures: [
          auditor.factory,
          mockServices.database.factory({
            knex: await databases.init(databaseId),
            migrations: { skip: false },
          }),
          createServiceFactory({
            service: notificationService,
            deps: {},
            factory: () => ({
              send: async (options: NotificationSendOptions) => {
                sent.push(options);
              },
            }),
          }),
        ],
      }));
    });

    const call = async (
      method: 'get' | 'post',
      path: string,
      as: string,
      body?: object,
    ) => {
      const req = request(server)[method](path).set('authorization', as);
      const res = body ? await req.send(body) : await req;
      expect(specProblems(method, path, res.status, res.body)).toEqual([]);
      return res;
    };
    const ask = (as: string, body: object, name = 'ledger') =>
      call('post', `${e}/${name}/waiver-requests`, as, body);
    const wanted = {
      creedId: 'encryption-at-rest',
      reason: 'HSM keys arrive with the Q2 platform release',
      expiresAt: day(60),
    };

    it('an owner asks, the platform team approves, and the item is waived on the card', async () => {
      const asked = await ask(ada, wanted);
      expect(asked.status).toBe(201);
      expect(asked.body).toMatchObject({
        entityRef: 'component:default/ledger',
        owner: 'group:default/payments',
        creedId: 'encryption-at-rest',
        creedTitle: 'Data encrypted at rest',
        requestedBy: 'user:default/ada',
        status: 'pending',
        decidedBy: null,
        waiverId: null,
      });
      // The platform team hears of it.
      expect(sent).toEqual([
        expect.objectContaining({
          recipients: {
            type: 'entity',
            entityRef: 'group:default/platform-team',
          },
          payload: expect.objectContaining({
            title: 'Waiver requested: Data encrypted at rest on ledger',
            topic: 'solo-trek.waiver',
            link: '/solo-trek',
          }),
        }),
      ]);

      const queue = await call('get', `${m}/waiver-requests`, pat);
      expect(queue.body.total).toBe(1);
      expect(queue.body.items[0].id).toBe(asked.body.id);

      // Only shortening is allowed.
      const longer = await call(
        'post',
        `${m}/waiver-requests/${asked.body.id}/approve`,
        pat,
        { expiresAt: day(90) },
      );
      expect(longer.status).toBe(400);
      expect(longer.body.error.message).toMatch(/may only shorten a waiver/);

      // Owners ask; they do not decide.
      const self = await call(
        'post',
        `${m}/waiver-requests/${asked.body.id}/approve`,
        ada,
        {},
      );
      expect(self.status).toBe(403);
      expect(self.body.error.message).toMatch(
        /may not decide waiver requests; ask a member of group:default\/platform-team/,
      );

      const approved = await call(
        'post',
        `${m}/waiver-requests/${asked.body.id}/approve`,
        pat,
        { expiresAt: day(30), note: 'Shorter: Q2 starts sooner' },
      );
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        status: 'approved',
        decidedBy: 'user:default/pat',
        decisionNote: 'Shorter: Q2 starts sooner',
        waiverId: expect.any(String),
      });
      expect(approved.body.grantedExpiresAt.slice(0, 10)).toBe(day(30));

      const card = await call('get', `${e}/ledger`, ada);
      const check = card.body.checks.find(
        (c: any) => c.id === 'encryption-at-rest',
      );
      expect(check.status).toBe('waived');
      expect(check.waiver).toMatchObject({
        id: approved.body.waiverId,
        createdBy: 'user:default/pat',
        reason: wanted.reason,
      });

      // The requester is told, with a link to the service's Migration tab.
      expect(sent[1]).toEqual({
        recipients: { type: 'entity', entityRef: 'user:default/ada' },
        payload: expect.objectContaining({
          title: 'Waiver approved: Data encrypted at rest on ledger',
          link: '/catalog/default/component/ledger/migration',
          topic: 'solo-trek.waiver',
        }),
      });

      // Decided once.
      const again = await call(
        'post',
        `${m}/waiver-requests/${asked.body.id}/deny`,
        pat,
        { reason: 'changed my mind' },
      );
      expect(again.status).toBe(409);
      expect(again.body.error.message).toMatch(/already approved/);
      // The item is waived now: nothing more to ask for.
      const twice = await ask(ada, wanted);
      expect(twice.status).toBe(409);
      expect(twice.body.error.message).toMatch(/already waived/);

      const mine = await call('get', `${e}/ledger/waiver-requests`, bob);
      expect(mine.body.items.map((r: any) => r.status)).toEqual(['approved']);

      // Every step was audited.
      const events = auditor.createEvent.mock.calls.map(
        ([options]) => options.eventId,
      );
      expect(events).toEqual(
        expect.arrayContaining([
          'waiver-request-create',
          'waiver-request-approve',
          'waiver-request-deny',
        ]),
      );
    });

    it('the platform team denies with a reason the requester reads', async () => {
      const asked = await ask(ada, wanted);
      const noReason = await call(
        'post',
        `${m}/waiver-requests/${asked.body.id}/deny`,
        pat,
        { reason: '  ' },
      );
      expect(noReason.status).toBe(400);
      const denied = await call(
        'post',
        `${m}/waiver-requests/${asked.body.id}/deny`,
        pat,
        { reason: 'Use the encrypted storage class instead' },
      );
      expect(denied.status).toBe(200);
      expect(denied.body).toMatchObject({
        status: 'denied',
        decisionNote: 'Use the encrypted storage class instead',
        waiverId: null,
      });
      expect(sent.pop()).toEqual({
        recipients: { type: 'entity', entityRef: 'user:default/ada' },
        payload: expect.objectContaining({
          title: 'Waiver denied: Data encrypted at rest on ledger',
          description:
            'user:default/pat: Use the encrypted storage class instead',
        }),
      });
      const card = await call('get', `${e}/ledger`, ada);
      expect(
        card.body.checks.find((c: any) => c.id === 'encryption-at-rest').status,
      ).toBe('fail');
      // Denied is closed: the owner may ask again.
      expect((await ask(ada, wanted)).status).toBe(201);
    });

    it('applies the waivers’ rules and who may ask', async () => {
      const cases: Array<[string, object, number, RegExp, string?]> = [
        [
          ada,
          { ...wanted, creedId: 'cost-center' },
          409,
          /a must item and cannot be waived/,
        ],
        [ada, { ...wanted, creedId: 'nope' }, 400, /has no Creed item "nope"/],
        [
          ada,
          { ...wanted, expiresAt: day(400) },
          400,
          /waivers last at most 180 days/,
        ],
        [ada, { ...wanted, expiresAt: day(-1) }, 400, /in the past/],
        [ada, { ...wanted, expiresAt: 'soon' }, 400, /is not a date/],
        [
          ada,
          wanted,
          409,
          /passes on component:default\/vault: there is nothing to waive/,
          'vault',
        ],
        [
          bob,
          wanted,
          403,
          /user:default\/bob may not ask for waivers of component:default\/ledger; only its owners can/,
        ],
        [ci, wanted, 403, /Only people ask for waivers/],
      ];
      for (const [as, body, status, message, name] of cases) {
        const res = await ask(as, body, name);
        expect([res.status, res.body.error?.message]).toEqual([
          status,
          expect.stringMatching(message),
        ]);
      }
      expect((await ask(ada, wanted)).status).toBe(201);
      const duplicate = await ask(ada, { ...wanted, reason: 'again please' });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.error.message).toMatch(
        /already has a pending waiver request/,
      );
      // The platform team may ask too (and decide).
      expect(
        (await call('get', `${m}/waiver-requests?status=all`, pat)).body.total,
      ).toBe(1);
    });

    it('only the requester withdraws, and only while pending', async () => {
      const asked = await ask(ada, wanted);
      const path = `${m}/waiver-requests/${asked.body.id}/withdraw`;
      const other = await call('post', path, bob);
      expect(other.status).toBe(403);
      expect(other.body.error.message).toMatch(
        /Only user:default\/ada, who asked, can withdraw/,
      );
      const withdrawn = await call('post', path, ada);
      expect(withdrawn.body).toMatchObject({
        status: 'withdrawn',
        decidedBy: 'user:default/ada',
      });
      expect((await call('post', path, ada)).status).toBe(409);
      expect((await call('get', `${m}/waiver-requests`, pat)).body.total).toBe(
        0,
      );
      const missing = await call(
        'post',
        `${m}/waiver-requests/00000000-0000-4000-8000-000000000abc/approve`,
        pat,
        {},
      );
      expect(missing.status).toBe(404);
      const malformed = await request(server)
        .get(`${m}/waiver-requests?status=maybe`)
        .set('authorization', pat);
      expect(malformed.status).toBe(400);
    });
  },
);
