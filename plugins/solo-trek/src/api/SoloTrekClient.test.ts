import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { LeaderboardQuery } from '@internal/plugin-solo-trek-common';
import {
  filenameFromContentDisposition,
  queryString,
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
    expect(fake.requests[0].search).toBe('?period=month');
  });

  it('pages the leaderboard and pins the teams asked for, repeating team', async () => {
    const board = await client.getLeaderboard('nimbus', 'all', {
      limit: 5,
      offset: 5,
      teams: ['group:default/payments', 'group:default/warehouse'],
    });
    expect(fake.requests[0].search).toBe(
      '?period=all&limit=5&offset=5&team=group%3Adefault%2Fpayments&team=group%3Adefault%2Fwarehouse',
    );
    expect(board.total).toBe(30);
    expect(board.offset).toBe(5);
    expect(board.entries.map(e => e.rank)).toEqual([6, 7, 8, 9, 10]);
    // Pinned wherever they rank: first, and last of thirty.
    expect(board.pinned.map(e => [e.rank, e.team])).toEqual([
      [1, 'group:default/payments'],
      [30, 'group:default/warehouse'],
    ]);
  });

  it('searches the leaderboard, keeping the overall ranks', async () => {
    const board = await client.getLeaderboard('nimbus', 'all', {
      q: 'LOGIST',
    });
    expect(board.total).toBe(1);
    expect(board.entries).toEqual([
      expect.objectContaining({ rank: 3, title: 'Logistics' }),
    ]);
    expect(board.pinned).toEqual([]);
  });

  it('refuses what the backend refuses on the leaderboard, with its message', async () => {
    const refused = (query: LeaderboardQuery) =>
      client.getLeaderboard('nimbus', 'all', query).catch(e => e);
    const cases: Array<[LeaderboardQuery, RegExp]> = [
      [{ limit: 0 }, /limit must be between 1 and 1000, got 0/],
      [{ limit: 1001 }, /limit must be between 1 and 1000/],
      [{ offset: -1 }, /offset must be a whole number/],
      [{ teams: ['component:default/x'] }, /must be a group/],
      [
        { teams: Array.from({ length: 21 }, (_, i) => `group:default/t${i}`) },
        /at most 20 teams/,
      ],
      [{ q: 'x'.repeat(101) }, /q must be at most 100 characters/],
    ];
    for (const [query, message] of cases) {
      const error = await refused(query);
      expect(error.statusCode).toBe(400);
      expect(error.cause.name).toBe('InputError');
      expect(error.cause.message).toMatch(message);
    }
  });

  it('pages, sorts and searches the adoption per team', async () => {
    const first = await client.getTeamAdoption('nimbus', {
      limit: 10,
      sort: 'adoption',
      order: 'asc',
    });
    expect(fake.requests[0].pathname).toBe(
      '/api/solo-trek/migrations/nimbus/adoption/teams',
    );
    expect(fake.requests[0].search).toBe('?limit=10&sort=adoption&order=asc');
    expect(first.total).toBe(30);
    expect(first.items).toHaveLength(10);
    const adoption = first.items.map(t => t.adoption);
    expect(adoption).toEqual([...adoption].sort((a, b) => a - b));
    // Ties (every fifth generated team has done nothing) go by team ref.
    const zero = first.items.filter(t => t.adoption === 0).map(t => t.team);
    expect(zero.length).toBeGreaterThan(1);
    expect(zero).toEqual([...zero].sort());

    // The next page carries on where the first stopped, without overlap.
    const second = await client.getTeamAdoption('nimbus', {
      limit: 10,
      offset: 10,
      sort: 'adoption',
      order: 'asc',
    });
    expect(second.offset).toBe(10);
    expect(second.items[0].adoption).toBeGreaterThanOrEqual(
      first.items[9].adoption,
    );
    const seen = [...first.items, ...second.items].map(t => t.team);
    expect(new Set(seen).size).toBe(20);

    const byName = await client.getTeamAdoption('nimbus', {
      sort: 'title',
      order: 'asc',
      limit: 3,
    });
    expect(byName.items.map(t => t.title)).toEqual([
      'Accounts',
      'Analytics',
      'Billing',
    ]);

    // Defaults: adoption, furthest along first, 100 a page.
    const all = await client.getTeamAdoption('nimbus');
    expect(all.items).toHaveLength(30);
    expect(all.items.slice(0, 2).map(t => t.title)).toEqual([
      'Partners',
      'Payments',
    ]);

    const found = await client.getTeamAdoption('nimbus', { q: 'default/pay' });
    expect(found.total).toBe(1);
    expect(found.items[0].title).toBe('Payments');
  });

  it('refuses unknown sorts of the adoption per team', async () => {
    const error = await client
      .getTeamAdoption('nimbus', { sort: 'score' as any })
      .catch(e => e);
    expect(error.statusCode).toBe(400);
    expect(error.cause.message).toMatch(/sort must be one of/);
  });

  it('counts teams in the adoption report instead of listing them', async () => {
    const report = await client.getAdoption('nimbus');
    expect(report.teamCount).toBe(30);
    expect(report).not.toHaveProperty('byTeam');
  });

  it('pages and filters the long tail, counting every quadrant', async () => {
    const whole = await client.getLongTail('nimbus', { limit: 20 });
    expect(whole.total).toBe(45);
    expect(whole.items).toHaveLength(20);
    const counts = Object.fromEntries(
      whole.quadrants.map(q => [`${q.criticality}/${q.complexity}`, q.total]),
    );
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(45);
    // Riskiest first: critical services lead.
    expect(whole.items[0].criticality).toBe('high');

    const crown = await client.getLongTail('nimbus', {
      limit: 5,
      offset: 5,
      criticality: 'high',
      complexity: 'high',
    });
    expect(fake.requests[1].search).toBe(
      '?limit=5&offset=5&criticality=high&complexity=high',
    );
    expect(crown.total).toBe(counts['high/high']);
    expect(crown.offset).toBe(5);
    expect(
      crown.items.every(
        i => i.criticality === 'high' && i.complexity === 'high',
      ),
    ).toBe(true);
    // The quadrant counts are the whole tail's, whatever the filter.
    expect(crown.quadrants).toEqual(whole.quadrants);

    const error = await client
      .getLongTail('nimbus', { criticality: 'medium' as any })
      .catch(e => e);
    expect(error.statusCode).toBe(400);
    expect(error.cause.message).toMatch(/criticality must be one of high, low/);
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

describe('queryString', () => {
  it('leaves out unset and empty values and repeats lists', () => {
    expect(queryString({})).toBe('');
    expect(queryString({ a: undefined, q: '' })).toBe('');
    expect(queryString({ limit: 0, team: ['group:a/b', 'c d'] })).toBe(
      '?limit=0&team=group%3Aa%2Fb&team=c+d',
    );
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
