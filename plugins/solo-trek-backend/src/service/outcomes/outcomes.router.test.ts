import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import fc from 'fast-check';
import request from 'supertest';
import { nimbusConfig, service } from '../../__testUtils__/fixtures';
import { specProblems } from '../../__testUtils__/specResponses';
import { startSoloTrekBackend } from '../../__testUtils__/testBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

const ada = mockCredentials.user.header('user:default/ada'); // payments
const bob = mockCredentials.user.header('user:default/bob'); // search
const pat = mockCredentials.user.header('user:default/pat'); // platform team
const pipeline = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('external:ci-pipeline'),
  targetPluginId: 'solo-trek',
});
const backupJob = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('external:backup-job'),
  targetPluginId: 'solo-trek',
});

const live = (name: string, wentLiveDaysAgo: number, owner?: string) =>
  service(name, {
    owner,
    annotations: {
      'nimbus.io/cluster': 'eu-1',
      'solo-trek.io/migrated-at': isoDay(daysAgo(wentLiveDaysAgo)),
    },
  });

const entities = [
  service('ledger', { annotations: { 'solo-trek.io/stage': 'planning' } }),
  live('veteran', 40),
  live('fresh', 3),
  live('search-svc', 40, 'group:default/search'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments', namespace: 'default', uid: 'g1' },
    spec: { type: 'team', children: [] },
  },
];

const soloTrek = {
  ...nimbusConfig,
  factReporters: ['ci-pipeline'],
  outcomes: { comparisonDays: 30 },
};

const m = '/api/solo-trek/migrations/nimbus';
const e = `${m}/entities/component/default`;
const FACTS = '/api/solo-trek/facts';

/** Daily deployments: `before` a day for the 30 days before go-live, `after` after. */
function deployments(
  name: string,
  wentLiveDaysAgo: number,
  before: number,
  after: number,
) {
  return Array.from({ length: 60 }, (_, i) => {
    const day = wentLiveDaysAgo + 30 - i; // days ago
    return {
      entityRef: `component:default/${name}`,
      metric: 'deployments',
      value: day > wentLiveDaysAgo ? before : after,
      at: new Date(daysAgo(day).setUTCHours(12, 0, 0, 0)).toISOString(),
    };
  }).filter(p => new Date(p.at) < new Date());
}

describe.each(databases.eachSupportedId())(
  'outcomes over HTTP on %p',
  databaseId => {
    let server: any;

    beforeEach(async () => {
      const knex = await databases.init(databaseId);
      ({ server } = await startSoloTrekBackend({
        entities,
        soloTrek,
        extraFeatures: [
          mockServices.database.factory({ knex, migrations: { skip: false } }),
        ],
      }));
      // Opening each card evaluates and stores it, as the scan would.
      for (const name of ['ledger', 'veteran', 'fresh', 'search-svc']) {
        const res = await request(server)
          .get(`${e}/${name}`)
          .set('authorization', pat);
        if (res.status !== 200) {
          throw new Error(`Seeding the card of ${name} answered ${res.status}`);
        }
      }
    });

    const post = (as: string, points: unknown[]) =>
      request(server).post(FACTS).set('authorization', as).send({ points });
    const checked = (res: request.Response, method: string, path: string) => {
      expect(specProblems(method, path, res.status, res.body)).toEqual([]);
      return res;
    };

    it('stores the good points of a batch and refuses each bad one by its index', async () => {
      const good = {
        entityRef: 'component:default/veteran',
        metric: 'latencyP95Ms',
        value: 120,
        at: daysAgo(1).toISOString(),
      };
      const res = checked(
        await post(pipeline, [
          good,
          { ...good, metric: 'latency' },
          { ...good, value: 'fast' },
          { ...good, entityRef: 'component:default/not-in-catalog' },
          { ...good, at: new Date(Date.now() + DAY).toISOString() },
          { ...good, at: '2020-01-01T00:00:00Z' },
          { ...good, at: daysAgo(2).toISOString(), platform: 'old' },
        ]),
        'POST',
        FACTS,
      );
      expect(res.status).toBe(400);
      expect(res.body.accepted).toBe(2);
      expect(res.body.rejected.map((r: any) => r.index)).toEqual([
        1, 2, 3, 4, 5,
      ]);
      expect(res.body.rejected[0].message).toMatch(/unknown metric "latency"/);
      expect(res.body.rejected[2].message).toMatch(
        /not in the scope of any migration/,
      );
      expect(res.body.rejected[3].message).toMatch(/in the future/);
      expect(res.body.rejected[4].message).toMatch(
        /outside the migration window/,
      );
      expect(res.body.error.message).toMatch(
        /^5 of 7 points were refused \(the other 2 were stored\): points\[1\]/,
      );

      const outcomes = checked(
        await request(server)
          .get(`${e}/veteran/outcomes`)
          .set('authorization', ada),
        'GET',
        `${e}/veteran/outcomes`,
      );
      // The point marked old is kept off the new side; the other is after go-live.
      expect(outcomes.body.values).toEqual([
        {
          metric: 'latencyP95Ms',
          before: null,
          after: 120,
          changePercent: null,
          better: null,
        },
      ]);
    });

    it('is idempotent: a batch sent twice counts once', async () => {
      const batch = deployments('veteran', 40, 1, 3);
      expect((await post(pipeline, batch)).status).toBe(200);
      const first = await request(server)
        .get(`${e}/veteran/outcomes`)
        .set('authorization', ada);
      expect((await post(pipeline, batch)).body).toEqual({
        accepted: batch.length,
        rejected: [],
      });
      const second = await request(server)
        .get(`${e}/veteran/outcomes`)
        .set('authorization', ada);
      expect(second.body.values).toEqual(first.body.values);
      expect(first.body.values).toEqual([
        {
          metric: 'deployments',
          before: 30,
          after: 90,
          changePercent: 200,
          better: true,
        },
      ]);
    });

    it('takes reports from owners for their own services and from listed pipelines only', async () => {
      const point = (name: string) => ({
        entityRef: `component:default/${name}`,
        metric: 'incidents',
        value: 1,
        at: daysAgo(1).toISOString(),
      });
      expect((await post(ada, [point('veteran')])).status).toBe(200);
      const notOwner = checked(
        await post(bob, [point('veteran'), point('search-svc')]),
        'POST',
        FACTS,
      );
      expect(notOwner.status).toBe(403);
      expect(notOwner.body.error.message).toBe(
        'user:default/bob may not report outcomes of component:default/veteran; only their owners and the service principals in soloTrek.factReporters can. Nothing was stored',
      );
      const unlisted = await post(backupJob, [point('veteran')]);
      expect(unlisted.status).toBe(403);
      expect(unlisted.body.error.message).toMatch(
        /list it under soloTrek.factReporters/,
      );
      // Bob's own point was not stored either: the batch was refused whole.
      const search = await request(server)
        .get(`${e}/search-svc/outcomes`)
        .set('authorization', bob);
      expect(search.body.values).toEqual([]);
    });

    it('accepts a batch of 1,000 points, over the 64 kB other bodies are held to', async () => {
      const batch = Array.from({ length: 1000 }, (_, i) => ({
        entityRef: 'component:default/veteran',
        metric: 'leadTimeHours',
        value: (i % 48) + 1,
        at: new Date(daysAgo(20).getTime() + i * 60_000).toISOString(),
      }));
      expect(JSON.stringify({ points: batch }).length).toBeGreaterThan(
        64 * 1024,
      );
      const res = await post(pipeline, batch);
      expect(res.status).toBe(200);
      expect(res.body.accepted).toBe(1000);
      const tooMany = await post(pipeline, [...batch, batch[0]]);
      expect(tooMany.status).toBe(400);
    });

    it('shows the scorecard before and after, per track and team, and exports it as CSV', async () => {
      await post(pipeline, [
        ...deployments('veteran', 40, 1, 3),
        ...deployments('search-svc', 40, 2, 2),
      ]);
      const report = checked(
        await request(server).get(`${m}/outcomes`).set('authorization', bob),
        'GET',
        `${m}/outcomes`,
      );
      const deploys = report.body.overall.metrics.find(
        (x: any) => x.metric === 'deployments',
      );
      expect(deploys.paired).toEqual({
        services: 2,
        medianBefore: 45,
        medianAfter: 75,
        changePercent: 66.7,
        improved: 1,
        worsened: 0,
      });
      expect(report.body.overall.services).toBe(4);
      expect(report.body.reportingServices).toBe(2);
      expect(report.body.metrics.map((x: any) => x.id)).toEqual([
        'leadTimeHours',
        'incidents',
        'deployments',
        'latencyP95Ms',
        'costPerMonth',
      ]);
      expect(
        report.body.series.find((s: any) => s.metric === 'deployments').points
          .length,
      ).toBeGreaterThan(4);

      const teams = checked(
        await request(server)
          .get(`${m}/outcomes/teams?limit=1`)
          .set('authorization', bob),
        'GET',
        `${m}/outcomes/teams`,
      );
      expect(teams.body.total).toBe(2);
      expect(teams.body.items[0].team).toBe('group:default/payments');

      const csv = await request(server)
        .get(`${m}/outcomes?format=csv`)
        .set('authorization', pat);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-disposition']).toBe(
        'attachment; filename="nimbus-outcomes.csv"',
      );
      const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toMatch(/^group_type,group,title,services,metric,/);
      expect(lines).toContain(
        'overall,nimbus,Move to the Nimbus platform,4,deployments,technical,deployments per 30 days,higher,2,45,2,75,2,45,75,66.7,1,0,,,,,,,',
      );
      expect(
        lines.some(l =>
          l.startsWith('team,group:default/search,search,1,deployments'),
        ),
      ).toBe(true);
    });

    it('asks owners the pulse from 14 days after go-live, once each, and shows no person', async () => {
      const put = (as: string, name: string, body: object) =>
        request(server)
          .put(`${e}/${name}/pulse`)
          .set('authorization', as)
          .send(body);

      const notLive = checked(
        await put(ada, 'ledger', { score: 4 }),
        'PUT',
        `${e}/ledger/pulse`,
      );
      expect(notLive.status).toBe(409);
      expect(notLive.body.error.message).toMatch(
        /is not live on nimbus; its pulse opens 14 days after it goes live/,
      );
      const tooEarly = await put(ada, 'fresh', { score: 4 });
      expect(tooEarly.status).toBe(409);
      expect(tooEarly.body.error.message).toMatch(
        /opens on \d{4}-\d{2}-\d{2}, 14 days after it went live/,
      );
      expect((await put(bob, 'veteran', { score: 1 })).status).toBe(403);
      expect((await put(pipeline, 'veteran', { score: 5 })).status).toBe(403);
      expect((await put(ada, 'veteran', { score: 6 })).status).toBe(400);

      const answered = checked(
        await put(ada, 'veteran', { score: 2, comment: 'Builds are slow' }),
        'PUT',
        `${e}/veteran/pulse`,
      );
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({
        status: 'open',
        canAnswer: true,
        answer: { score: 2, comment: 'Builds are slow' },
      });
      const changed = await put(ada, 'veteran', { score: 4 });
      expect(changed.body.answer).toMatchObject({ score: 4, comment: null });
      expect(changed.body.answer.answeredAt).toBe(
        answered.body.answer.answeredAt,
      );

      // Others see the pulse, never Ada's answer.
      const asBob = await request(server)
        .get(`${e}/veteran/outcomes`)
        .set('authorization', bob);
      expect(asBob.body.pulse).toMatchObject({
        status: 'open',
        canAnswer: false,
        answer: null,
      });

      // One answer is below the smallest group: counted, but no scores.
      const report = await request(server)
        .get(`${m}/outcomes`)
        .set('authorization', pat);
      expect(report.body.overall.satisfaction).toEqual({
        responses: 1,
        services: 1,
        distribution: null,
        mean: null,
      });
    });

    it('never answers 500 to generated batches and pulse answers', async () => {
      const point = fc.record(
        {
          entityRef: fc.oneof(
            fc.constantFrom(
              'component:default/veteran',
              'component:default/ledger',
            ),
            fc.string({ unit: 'binary', maxLength: 300 }),
          ),
          metric: fc.oneof(
            fc.constantFrom('deployments', 'incidents'),
            fc.string(),
          ),
          value: fc.oneof(fc.double(), fc.string(), fc.constant(null)),
          at: fc.oneof(
            fc
              .date({
                min: daysAgo(400),
                max: new Date(Date.now() + 2 * DAY),
                noInvalidDate: true,
              })
              .map(d => d.toISOString()),
            fc.string({ unit: 'binary', maxLength: 60 }),
          ),
          platform: fc.oneof(fc.constantFrom('old', 'new'), fc.string()),
        },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.oneof(
              { weight: 5, arbitrary: point },
              { weight: 1, arbitrary: fc.anything() },
            ),
            {
              minLength: 1,
              maxLength: 20,
            },
          ),
          async points => {
            const res = await post(pipeline, points);
            expect([200, 400]).toContain(res.status);
            // A 400 says what to fix; a 200 stored every point.
            expect(
              res.status === 200 || typeof res.body.error.message === 'string',
            ).toBe(true);
          },
        ),
        { numRuns: 60 },
      );
      await fc.assert(
        fc.asyncProperty(
          fc.record(
            {
              score: fc.oneof(
                fc.integer({ min: -2, max: 8 }),
                fc.double(),
                fc.string(),
              ),
              comment: fc.string({ unit: 'binary', maxLength: 3000 }),
            },
            { requiredKeys: [] },
          ),
          async body => {
            const res = await request(server)
              .put(`${e}/veteran/pulse`)
              .set('authorization', ada)
              .send(body);
            expect([200, 400]).toContain(res.status);
            expect(
              res.status === 200 || typeof res.body.error.message === 'string',
            ).toBe(true);
          },
        ),
        { numRuns: 60 },
      );
    });

    it('shows comments to the platform team only, without who wrote them', async () => {
      await request(server)
        .put(`${e}/veteran/pulse`)
        .set('authorization', ada)
        .send({ score: 3, comment: 'Deploys take minutes now' });
      const comments = checked(
        await request(server)
          .get(`${m}/outcomes/comments`)
          .set('authorization', pat),
        'GET',
        `${m}/outcomes/comments`,
      );
      expect(comments.body.items).toEqual([
        {
          score: 3,
          comment: 'Deploys take minutes now',
          team: null,
          month: new Date().toISOString().slice(0, 7),
        },
      ]);
      expect(JSON.stringify(comments.body)).not.toContain('ada');
      const refused = checked(
        await request(server)
          .get(`${m}/outcomes/comments`)
          .set('authorization', ada),
        'GET',
        `${m}/outcomes/comments`,
      );
      expect(refused.status).toBe(403);
    });
  },
);
