import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import {
  filenameFromContentDisposition,
  SoloTrekClient,
} from './SoloTrekClient';
import { SoloTrekFake, soloTrekHandlers } from '../__testUtils__/handlers';
import { BASE_URL } from '../__testUtils__/render';

describe('SoloTrekClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);
  let fake: SoloTrekFake;
  const fetchApi = new MockFetchApi({ injectIdentityAuth: { token: 'tok' } });
  const client = new SoloTrekClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
    fetchApi,
  });

  beforeEach(() => {
    fake = new SoloTrekFake();
    server.use(...soloTrekHandlers(fake));
  });

  it('lists migrations', async () => {
    await expect(client.getMigrations()).resolves.toEqual([
      expect.objectContaining({ id: 'nimbus' }),
    ]);
  });

  it('reads a card by string or compound ref, lower-casing the kind', async () => {
    const card = await client.getEntityCard(
      'nimbus',
      'Component:default/ledger-service',
    );
    expect(card.entityRef).toBe('component:default/ledger-service');
    await client.getEntityCard('nimbus', {
      kind: 'Component',
      namespace: 'default',
      name: 'ledger-service',
    });
    expect(fake.requests.map(u => u.pathname)).toEqual([
      '/api/solo-trek/migrations/nimbus/entities/component/default/ledger-service',
      '/api/solo-trek/migrations/nimbus/entities/component/default/ledger-service',
    ]);
  });

  it('encodes path segments', async () => {
    let seen: string | undefined;
    server.use(
      http.get(
        `${BASE_URL}/migrations/:id/entities/:kind/:ns/:name`,
        ({ request }) => {
          seen = new URL(request.url).pathname;
          return HttpResponse.json({});
        },
      ),
    );
    await client.getEntityCard('nimbus', 'component:default/a b?c#d');
    expect(seen).toBe(
      '/api/solo-trek/migrations/nimbus/entities/component/default/a%20b%3Fc%23d',
    );
  });

  it('throws a ResponseError with the server message, and 404 for out-of-scope entities', async () => {
    const error = await client
      .getEntityCard('nimbus', 'component:default/unknown')
      .catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(404);
    expect(error.cause.name).toBe('NotFoundError');
    expect(error.cause.message).toMatch(/not in the scope/);
  });

  it('posts a stage update as JSON with the auth header', async () => {
    let auth: string | null = null;
    server.events.on('request:start', ({ request }) => {
      auth = request.headers.get('authorization');
    });
    const card = await client.updateStage(
      'nimbus',
      'component:default/ledger-service',
      { stage: 'migrated', note: 'live in eu-1' },
    );
    expect(card.stage).toBe('migrated');
    expect(card.history[card.history.length - 1].note).toBe('live in eu-1');
    expect(auth).toBe('Bearer tok');
    server.events.removeAllListeners();
  });

  it('creates and deletes waivers', async () => {
    const waiver = await client.createWaiver(
      'nimbus',
      'component:default/ledger-service',
      {
        creedId: 'docs',
        reason: 'Docs move with the cut-over',
        expiresAt: '2027-01-31',
      },
    );
    expect(waiver.creedId).toBe('docs');
    await expect(
      client.deleteWaiver(
        'nimbus',
        'component:default/ledger-service',
        waiver.id,
      ),
    ).resolves.toBeUndefined();
  });

  it('sends the leaderboard period as a query parameter', async () => {
    await client.getLeaderboard('nimbus', 'month');
    expect(fake.requests[0].pathname).toBe(
      '/api/solo-trek/migrations/nimbus/leaderboard',
    );
    expect(fake.requests[0].searchParams.get('period')).toBe('month');
  });

  it('reads team services by the group ref', async () => {
    const services = await client.getTeamServices(
      'nimbus',
      'group:default/payments',
    );
    expect(services.items).toHaveLength(3);
  });

  it('builds CSV URLs and fetches CSV through the fetch API', async () => {
    await expect(client.csvUrl('nimbus', 'long-tail')).resolves.toBe(
      `${BASE_URL}/migrations/nimbus/long-tail?format=csv`,
    );
    const { blob, filename } = await client.fetchCsv('nimbus', 'adoption');
    expect(filename).toBe('nimbus-adoption.csv');
    await expect(blob.text()).resolves.toMatch(/^team,total,done,adoption/);
  });

  it('downloads CSV as a file via an object URL', async () => {
    const createObjectURL = jest.fn(() => 'blob:csv');
    const revokeObjectURL = jest.fn();
    const originalCreate = URL.createObjectURL;
    const originalRevoke = URL.revokeObjectURL;
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function fakeClick(this: HTMLAnchorElement) {
        expect(this.download).toBe('nimbus-long-tail.csv');
        expect(this.href).toBe('blob:csv');
      });
    try {
      jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
      await client.downloadCsv('nimbus', 'long-tail');
      expect(click).toHaveBeenCalledTimes(1);
      expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
      jest.runAllTimers();
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:csv');
    } finally {
      jest.useRealTimers();
      click.mockRestore();
      URL.createObjectURL = originalCreate;
      URL.revokeObjectURL = originalRevoke;
    }
  });

  it('fails CSV downloads with a ResponseError', async () => {
    server.use(
      http.get(`${BASE_URL}/migrations/:id/adoption`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotAllowedError', message: 'Platform team only' },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );
    const error = await client.fetchCsv('nimbus', 'adoption').catch(e => e);
    expect(error.statusCode).toBe(403);
    expect(error.cause.message).toBe('Platform team only');
  });
});

describe('filenameFromContentDisposition', () => {
  it('reads plain and RFC 5987 file names', () => {
    expect(filenameFromContentDisposition('attachment; filename="a.csv"')).toBe(
      'a.csv',
    );
    expect(
      filenameFromContentDisposition("attachment; filename*=UTF-8''b%20c.csv"),
    ).toBe('b c.csv');
    expect(filenameFromContentDisposition(null)).toBeUndefined();
  });
});
