import { AddressInfo } from 'node:net';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import request from 'supertest';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import {
  ReadRule,
  startWithRealCatalog,
} from '../__testUtils__/realCatalogBackend';

jest.setTimeout(120_000);

const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

// Idle since the window opened: both are in the long tail.
const entities: Entity[] = [
  service('payments-api', {
    owner: 'group:default/payments',
    labels: { 'cost-center': 'cc-1234' },
  }),
  service('search-api', {
    owner: 'group:default/search',
    annotations: { 'prometheus.io/scrape': 'true' },
  }),
  group('payments'),
  group('search'),
];

// ada (payments) owns payments-api and reads everything; bob (search) reads
// only his team's; pat (platform team) reads everything and owns neither.
const readRules: Record<string, ReadRule> = {
  'user:default/ada': 'all',
  'user:default/bob': 'own',
  'user:default/pat': 'all',
};

const soloTrek = JSON.parse(JSON.stringify(nimbusConfig));
soloTrek.migrations[0].creed[0].remediation.template =
  'template:default/add-prometheus-metrics';

const TOOLS = [
  'solo-trek.get-adoption',
  'solo-trek.get-migration-status',
  'solo-trek.get-team-progress',
  'solo-trek.list-long-tail',
  'solo-trek.set-stage',
];

/**
 * An AI assistant's view: the official MCP client over streamable HTTP to
 * the real MCP actions backend, which calls Solo Trek's actions with the
 * assistant's user credentials. Each tool answers what the HTTP route
 * answers the same user.
 */
describe('Solo Trek as MCP tools', () => {
  let backend: Awaited<ReturnType<typeof startWithRealCatalog>>;
  const clients: Client[] = [];
  const auditor = mockServices.auditor.mock();

  /** The stage-update audit events so far, with how each ended. */
  async function stageAudits() {
    const calls = auditor.createEvent.mock.calls;
    const events = await Promise.all(
      auditor.createEvent.mock.results.map(r => r.value),
    );
    return calls.flatMap(([options], i) =>
      options.eventId === 'stage-update'
        ? [
            {
              meta: options.meta,
              succeeded: events[i].success.mock.calls.length,
              failed: events[i].fail.mock.calls.length,
            },
          ]
        : [],
    );
  }

  beforeAll(async () => {
    backend = await startWithRealCatalog({
      entities,
      soloTrek,
      readRules,
      extraFeatures: [mcpActionsPlugin, auditor.factory],
      config: { backend: { actions: { pluginSources: ['solo-trek'] } } },
    });
    // Someone who may read everything opens both cards: both are stored,
    // as a scan would store them.
    for (const name of ['payments-api', 'search-api']) {
      await route('user:default/ada', `/entities/component/default/${name}`);
    }
  });
  afterAll(async () => {
    await Promise.all(clients.map(c => c.close()));
    await backend.stop();
  });

  /** An MCP session as `user`, as Claude Code or Cursor would open one. */
  async function connect(user: string) {
    const { port } = backend.server.address() as AddressInfo;
    const client = new Client({ name: 'solo-trek-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(
        new URL(`http://localhost:${port}/api/mcp-actions/v1`),
        {
          requestInit: {
            headers: { Authorization: mockCredentials.user.header(user) },
          },
        },
      ),
    );
    clients.push(client);
    return client;
  }

  /** A tool's structured result, failing the test on an error result. */
  async function call(client: Client, name: string, args: object) {
    const result = await client.callTool({
      name: `solo-trek.${name}`,
      arguments: args as Record<string, unknown>,
    });
    if (result.isError) {
      throw new Error(`${name} failed: ${JSON.stringify(result.content)}`);
    }
    return result.structuredContent as any;
  }

  /** What the HTTP route answers `user`. */
  async function route(user: string, path: string) {
    const res = await request(backend.server)
      .get(`/api/solo-trek/migrations/nimbus${path}`)
      .set('authorization', mockCredentials.user.header(user));
    expect(res.status).toBe(200);
    return res.body;
  }

  it('lists the five tools, described for a model, with their hints', async () => {
    const client = await connect('user:default/ada');
    const { tools } = await client.listTools();
    expect(tools.map(t => t.name).sort()).toEqual(TOOLS);
    for (const tool of tools) {
      expect(tool.description!.length).toBeGreaterThan(200);
      expect(tool.inputSchema.type).toBe('object');
    }
    const hints = Object.fromEntries(
      tools.map(t => [t.name, t.annotations]),
    );
    expect(hints['solo-trek.set-stage']).toMatchObject({
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: true,
    });
    for (const name of TOOLS.filter(n => n !== 'solo-trek.set-stage')) {
      expect(hints[name]).toMatchObject({
        readOnlyHint: true,
        destructiveHint: false,
      });
    }
  });

  it('get-migration-status: stage, track, sunset, failing checks with their fixes', async () => {
    const client = await connect('user:default/ada');
    const status = await call(client, 'get-migration-status', {
      entityRef: 'payments-api',
    });
    const card = await route(
      'user:default/ada',
      '/entities/component/default/payments-api',
    );
    expect(status).toMatchObject({
      migrationId: 'nimbus',
      entityRef: 'component:default/payments-api',
      owner: 'group:default/payments',
      stage: card.stage,
      track: card.track,
      wave: card.wave,
      sunset: '2027-12-31',
      daysToSunset: card.daysToSunset,
      compliance: card.compliance,
      waivers: [],
    });
    expect(status.failingChecks).toEqual([
      {
        id: 'prometheus-metrics',
        title: 'Emits Prometheus metrics',
        severity: 'must',
        status: 'fail',
        waivable: false,
        remediation: {
          text: 'Add the scrape annotation and the metrics middleware',
          url: 'https://example.com/golden-path/metrics',
          template: 'template:default/add-prometheus-metrics',
        },
      },
      {
        id: 'encryption-at-rest',
        title: 'Data encrypted at rest',
        severity: 'should',
        status: 'fail',
        waivable: true,
      },
    ]);
  });

  it("get-migration-status: a service the caller may not read is not found, as on the card", async () => {
    const client = await connect('user:default/bob');
    const result = await client.callTool({
      name: 'solo-trek.get-migration-status',
      arguments: { entityRef: 'component:default/payments-api' },
    });
    expect(result.isError).toBe(true);
    expect(result.content).toEqual([
      {
        type: 'text',
        text: 'NotFoundError: No catalog entity component:default/payments-api',
      },
    ]);
  });

  it('list-long-tail: the dashboard page with its filters, cut to what the caller reads', async () => {
    const ada = await connect('user:default/ada');
    const all = await call(ada, 'list-long-tail', {});
    // Everything the tool says, the route says (the route may say more).
    const page = await route('user:default/ada', '/long-tail?limit=25');
    expect(page).toMatchObject(all);
    expect(all.items).toHaveLength(page.items.length);
    expect(all.items.map((i: any) => i.entityRef).sort()).toEqual([
      'component:default/payments-api',
      'component:default/search-api',
    ]);
    const filtered = await call(ada, 'list-long-tail', {
      criticality: 'high',
      complexity: 'low',
      limit: 1,
    });
    const filteredPage = await route(
      'user:default/ada',
      '/long-tail?limit=1&criticality=high&complexity=low',
    );
    expect(filteredPage).toMatchObject(filtered);
    expect(filtered.items).toHaveLength(filteredPage.items.length);

    const bob = await connect('user:default/bob');
    const his = await call(bob, 'list-long-tail', {});
    expect(his.items.map((i: any) => i.entityRef)).toEqual([
      'component:default/search-api',
    ]);
  });

  it('get-adoption: adoption, compliant adoption, the forecast and the tracks', async () => {
    const client = await connect('user:default/bob');
    const adoption = await call(client, 'get-adoption', {});
    const report = await route('user:default/bob', '/adoption');
    expect(adoption).toMatchObject({
      migrationId: 'nimbus',
      total: report.totals.total,
      done: report.totals.done,
      adoption: report.totals.adoption,
      compliantAdoption: report.totals.compliantAdoption,
      stages: report.totals.stages,
      forecast: {
        status: report.forecast.status,
        projectedCompletion: report.forecast.projectedCompletion,
        remaining: report.forecast.remaining,
      },
    });
    expect(adoption.byTrack.map((t: any) => [t.track, t.total])).toEqual(
      report.byTrack.map((t: any) => [t.track, t.total]),
    );
  });

  it("get-team-progress: a team's services, rank and badges; only the services the caller may read", async () => {
    const ada = await connect('user:default/ada');
    const progress = await call(ada, 'get-team-progress', {
      team: 'payments',
    });
    const board = await route(
      'user:default/ada',
      '/leaderboard?team=group:default/payments&limit=1',
    );
    expect(progress).toMatchObject({
      team: 'group:default/payments',
      rank: board.pinned[0].rank,
      score: board.pinned[0].score,
      badges: board.pinned[0].badges,
      teamsRanked: 2,
    });
    expect(progress.services.map((s: any) => s.entityRef)).toEqual([
      'component:default/payments-api',
    ]);

    // bob reads teams but only his team's services: payments keeps its
    // place, and its services are left out, as the routes leave them out.
    const bob = await connect('user:default/bob');
    const his = await call(bob, 'get-team-progress', {
      team: 'group:default/payments',
    });
    const bobsBoard = await route(
      'user:default/bob',
      '/leaderboard?team=group:default/payments&limit=1',
    );
    expect(his).toMatchObject({
      rank: bobsBoard.pinned[0].rank,
      services: (await route('user:default/bob', '/teams/default/payments/services')).items,
    });
    expect(his.services).toEqual([]);

    const unknown = await call(ada, 'get-team-progress', {
      team: 'group:default/no-such-team',
    });
    expect(unknown).toMatchObject({ rank: null, services: [], badges: [] });
  });

  it("set-stage: the owner moves their service; the same stage again changes nothing", async () => {
    const client = await connect('user:default/ada');
    const moved = await call(client, 'set-stage', {
      entityRef: 'component:default/payments-api',
      stage: 'planning',
      note: 'Asked the assistant to start',
    });
    expect(moved).toEqual({
      migrationId: 'nimbus',
      entityRef: 'component:default/payments-api',
      stage: 'planning',
      previousStage: 'not-started',
      changed: true,
    });
    const again = await call(client, 'set-stage', {
      entityRef: 'payments-api',
      stage: 'planning',
    });
    expect(again).toMatchObject({ stage: 'planning', changed: false });

    const card = await route(
      'user:default/ada',
      '/entities/component/default/payments-api',
    );
    expect(card.history[0]).toMatchObject({
      toStage: 'planning',
      actor: 'user:default/ada',
      note: 'Asked the assistant to start',
    });
    // Audited as the route audits it, with the person behind the assistant.
    expect(await stageAudits()).toEqual([
      {
        meta: expect.objectContaining({
          entityRef: 'component:default/payments-api',
          stage: 'planning',
          actor: 'user:default/ada',
          via: 'action',
        }),
        succeeded: 1,
        failed: 0,
      },
      expect.objectContaining({ succeeded: 1, failed: 0 }),
    ]);
  });

  it('set-stage: refused to someone who does not own the service, and nothing changes', async () => {
    const client = await connect('user:default/pat');
    const result = await client.callTool({
      name: 'solo-trek.set-stage',
      arguments: {
        entityRef: 'component:default/payments-api',
        stage: 'in-progress',
      },
    });
    expect(result.isError).toBe(true);
    expect(result.content).toEqual([
      {
        type: 'text',
        text: 'NotAllowedError: user:default/pat may not update the stage of component:default/payments-api; only its owners can',
      },
    ]);
    const status = await call(client, 'get-migration-status', {
      entityRef: 'component:default/payments-api',
    });
    expect(status.stage).toBe('planning');
    // The refusal is audited too.
    expect((await stageAudits())[2]).toEqual({
      meta: expect.objectContaining({ actor: 'user:default/pat' }),
      succeeded: 0,
      failed: 1,
    });
  });

  it('refuses bad input with what to fix', async () => {
    const client = await connect('user:default/ada');
    const result = await client.callTool({
      name: 'solo-trek.set-stage',
      arguments: { entityRef: 'payments-api', stage: 'done' },
    });
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toContain(
      'Invalid input to action \\"solo-trek:set-stage\\"',
    );
  });
});
