import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { startSoloTrek } from '../__testUtils__/soloTrekBackend';
import { createSoloTrekCreedCheckAction } from './checkCreed';

const ada = mockCredentials.user('user:default/ada');

describe('solo-trek:creed:check', () => {
  let soloTrek: Awaited<ReturnType<typeof startSoloTrek>>;
  const auth = mockServices.auth({ pluginId: 'scaffolder' });

  beforeAll(async () => {
    soloTrek = await startSoloTrek();
  });
  afterAll(() => soloTrek.backend.stop());

  function run(input: object, initiator: BackstageCredentials = ada) {
    const ctx = {
      ...createMockActionContext({ input: input as any }),
      getInitiatorCredentials: async () => initiator,
    };
    const action = createSoloTrekCreedCheckAction({
      discovery: soloTrek.discovery,
      auth,
    });
    return { ctx, done: action.handler(ctx) };
  }

  /** What the action output, by name. */
  const outputs = (ctx: { output: (...args: any[]) => void }) =>
    Object.fromEntries((ctx.output as jest.Mock).mock.calls);

  it('fails on a failing must item by default, naming it and how to fix it', async () => {
    const { ctx, done } = run({ entityRef: 'component:default/payments-api' });
    const error = await done.catch(e => e);
    expect(error.message).toBe(
      [
        'component:default/payments-api: 1 of 3 Creed items pass in migration nimbus; 1 must item to fix first (failOn: must):',
        '- prometheus-metrics (Emits Prometheus metrics, must) fails: Add the scrape annotation https://example.com/golden-path/metrics or run the template template:default/add-prometheus-metrics',
      ].join('\n'),
    );
    // The outputs are there for the task log even when the step fails.
    expect(outputs(ctx)).toMatchObject({
      passed: false,
      failing: ['prometheus-metrics', 'runbook'],
    });
  });

  it('reports without failing when failOn is none', async () => {
    const { ctx, done } = run({
      entityRef: 'component:default/payments-api',
      failOn: 'none',
    });
    await done;
    const out = outputs(ctx);
    expect(out.passed).toBe(false);
    expect(out.failing).toEqual(['prometheus-metrics', 'runbook']);
    expect(out.checks).toEqual([
      {
        id: 'prometheus-metrics',
        title: 'Emits Prometheus metrics',
        severity: 'must',
        status: 'fail',
        remediation: {
          text: 'Add the scrape annotation',
          url: 'https://example.com/golden-path/metrics',
          template: 'template:default/add-prometheus-metrics',
        },
      },
      {
        id: 'cost-center',
        title: 'Cost-centre tag',
        severity: 'must',
        status: 'pass',
        remediation: { text: 'Set metadata.labels.cost-center' },
      },
      {
        id: 'runbook',
        title: 'Has a runbook',
        severity: 'should',
        status: 'fail',
      },
    ]);
  });

  it('fails on a should item when failOn is should', async () => {
    const { done } = run({
      entityRef: 'component:default/payments-api',
      failOn: 'should',
    });
    await expect(done).rejects.toThrow(
      /2 items to fix first \(failOn: should\):\n- prometheus-metrics .*\n- runbook \(Has a runbook, should\) fails: no remediation given; ask the platform team$/,
    );
  });

  it('passes a service that meets every item, whatever failOn says', async () => {
    const { ctx, done } = run({
      entityRef: 'search-api',
      failOn: 'should',
    });
    await done;
    expect(outputs(ctx)).toMatchObject({ passed: true, failing: [] });
  });

  it("sees only what the initiator may read: eve gets the catalog's 404", async () => {
    const { ctx, done } = run(
      { entityRef: 'component:default/payments-api', failOn: 'none' },
      mockCredentials.user('user:default/eve'),
    );
    await expect(done).rejects.toMatchObject({
      name: 'NotFoundError',
      message: expect.stringContaining(
        'No catalog entity component:default/payments-api',
      ),
    });
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('runs in dry runs, since it only reads', () => {
    const action = createSoloTrekCreedCheckAction({
      discovery: soloTrek.discovery,
      auth,
    });
    expect(action.supportsDryRun).toBe(true);
  });
});
