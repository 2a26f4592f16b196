import { mockCredentials } from '@backstage/backend-test-utils';
import fc from 'fast-check';
import request from 'supertest';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import { startSoloTrekBackend } from '../__testUtils__/testBackend';

jest.setTimeout(300_000);

const owner = mockCredentials.user.header('user:default/ada');
const platform = mockCredentials.user.header('user:default/pat');
const e = '/api/solo-trek/migrations/nimbus/entities/component/default';

/**
 * Generated bodies and paths never get a 500 or an unhandled rejection, and
 * every 4xx says what is wrong.
 */
describe('router under generated input', () => {
  let server: any;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    ({ server } = await startSoloTrekBackend({
      entities: [service('ledger'), service('jewel')],
      soloTrek: nimbusConfig,
    }));
  });

  afterAll(() => {
    process.off('unhandledRejection', onRejection);
  });

  let checked = 0;
  function expectClean(res: request.Response) {
    checked++;
    expect(res.status).toBeLessThan(500);
    if (res.status >= 400) {
      expect(typeof res.body?.error?.message).toBe('string');
      expect(res.body.error.message.length).toBeGreaterThan(0);
    }
  }

  const stageLike = fc.oneof(
    fc.constantFrom(
      'not-started',
      'planning',
      'in-progress',
      'migrated',
      'decommissioned',
      'retired',
    ),
    fc.string(),
  );
  const value = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.double(),
  );
  const anyJson = fc.jsonValue({ maxDepth: 3 });

  it('stage bodies', async () => {
    const start = checked;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record(
            { stage: stageLike, note: fc.option(value, { nil: undefined }) },
            { requiredKeys: [] },
          ),
          fc.dictionary(fc.string(), value),
          anyJson,
        ),
        async body => {
          const res = await request(server)
            .post(`${e}/ledger/stage`)
            .set('authorization', owner)
            .set('content-type', 'application/json')
            .send(JSON.stringify(body));
          expectClean(res);
        },
      ),
      { numRuns: 1500 },
    );
    expect(checked - start).toBe(1500);
  });

  it('waiver bodies', async () => {
    const start = checked;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record(
            {
              creedId: fc.oneof(
                fc.constantFrom('encryption-at-rest', 'cost-center'),
                fc.string(),
              ),
              reason: fc.oneof(fc.string(), value),
              expiresAt: fc.oneof(
                fc.date({ noInvalidDate: true }).map(d => d.toISOString()),
                fc
                  .date({ noInvalidDate: true })
                  .map(d => d.toISOString().slice(0, 10)),
                fc.string(),
              ),
            },
            { requiredKeys: [] },
          ),
          anyJson,
        ),
        async body => {
          const res = await request(server)
            .post(`${e}/jewel/waivers`)
            .set('authorization', platform)
            .set('content-type', 'application/json')
            .send(JSON.stringify(body));
          expectClean(res);
        },
      ),
      { numRuns: 1500 },
    );
    expect(checked - start).toBe(1500);
  });

  it('paths and query strings', async () => {
    const segment = fc.oneof(
      fc.string({ minLength: 1 }),
      fc.constantFrom(
        'nimbus',
        'component',
        'default',
        'ledger',
        'adoption',
        'teams',
        'leaderboard',
        'long-tail',
        '..',
        '%',
        '%00',
        'a%2Fb',
      ),
    );
    const start = checked;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('get', 'post', 'put', 'delete'),
        fc.array(segment, { minLength: 1, maxLength: 8 }),
        fc.option(
          fc.dictionary(
            fc.constantFrom(
              'format',
              'period',
              'limit',
              'offset',
              'team',
              'q',
              'sort',
              'order',
              'criticality',
              'complexity',
              'x',
            ),
            fc.oneof(
              fc.string(),
              fc.constantFrom('group:default/payments', 'user:x/y', '5', 'asc'),
            ),
          ),
          {
            nil: undefined,
          },
        ),
        async (method, segments, query) => {
          const path = `/api/solo-trek/migrations/${segments
            .map(encodeURIComponent)
            .join('/')}`;
          const res = await (request(server) as any)
            [method](path)
            .query(query ?? {})
            .set('authorization', platform)
            .send({});
          expectClean(res);
        },
      ),
      { numRuns: 1500 },
    );
    expect(checked - start).toBe(1500);
  });

  it('wave and nomination bodies', async () => {
    const start = checked;
    await fc.assert(
      fc.asyncProperty(fc.boolean(), anyJson, async (wave, body) => {
        const res = await request(server)
          [wave ? 'put' : 'post'](
            wave
              ? `${e}/jewel/wave`
              : '/api/solo-trek/migrations/nimbus/heroes/nominations',
          )
          .set('authorization', platform)
          .set('content-type', 'application/json')
          .send(JSON.stringify(body));
        expectClean(res);
      }),
      { numRuns: 600 },
    );
    expect(checked - start).toBe(600);
  });

  it('left no unhandled rejections behind', () => {
    expect(rejections).toEqual([]);
  });

  it('refuses bodies over the limit with 413', async () => {
    const res = await request(server)
      .post(`${e}/ledger/stage`)
      .set('authorization', owner)
      .send({ stage: 'planning', note: 'x'.repeat(70 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body.error.message).toBe(
      'The request body is larger than 64kb; send a smaller JSON document',
    );
    const broken = await request(server)
      .post(`${e}/ledger/stage`)
      .set('authorization', owner)
      .set('content-type', 'application/json')
      .send('{"stage": ');
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toMatch(
      /^The request body is not valid JSON/,
    );
  });
});
