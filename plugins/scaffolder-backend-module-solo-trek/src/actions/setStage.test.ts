import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  soloTrekConfig,
  startSoloTrek,
} from '../__testUtils__/soloTrekBackend';
import { createSoloTrekSetStageAction } from './setStage';

const ada = mockCredentials.user('user:default/ada'); // payments: owns payments-api
const bob = mockCredentials.user('user:default/bob'); // search: owns search-api

describe('solo-trek:stage:set', () => {
  let soloTrek: Awaited<ReturnType<typeof startSoloTrek>>;
  const auth = mockServices.auth({ pluginId: 'scaffolder' });

  beforeAll(async () => {
    soloTrek = await startSoloTrek();
  });
  afterAll(() => soloTrek.backend.stop());

  const action = () =>
    createSoloTrekSetStageAction({ discovery: soloTrek.discovery, auth });

  /** A task context run by `initiator`. */
  function contextFor(initiator: BackstageCredentials, input: object) {
    return {
      ...createMockActionContext({ input: input as any }),
      getInitiatorCredentials: async () => initiator,
    };
  }

  /** The card, as ada (who may read every service) sees it. */
  async function stageOf(entityRef: string) {
    const path = entityRef.replace(':', '/');
    const res = await fetch(
      `${soloTrek.baseUrl}/migrations/nimbus/entities/${path}`,
      {
        headers: {
          authorization: mockCredentials.user.header('user:default/ada'),
        },
      },
    );
    return res.json();
  }

  it("sets an owner's service's stage as the owner, and says what it was", async () => {
    const getToken = jest.spyOn(auth, 'getPluginRequestToken');
    const ctx = contextFor(ada, {
      entityRef: 'component:default/payments-api',
      stage: 'planning',
      note: 'Started from the golden path',
    });
    await action().handler(ctx);

    expect(ctx.output).toHaveBeenCalledWith('stage', 'planning');
    expect(ctx.output).toHaveBeenCalledWith('previousStage', 'not-started');
    const card = await stageOf('component:default/payments-api');
    expect(card.stage).toBe('planning');
    // The history records the person, not the scaffolder.
    expect(card.history[0]).toMatchObject({
      toStage: 'planning',
      actor: 'user:default/ada',
      note: 'Started from the golden path',
      source: 'api',
    });
    // Every request went on the initiator's behalf.
    expect(getToken).toHaveBeenCalled();
    for (const [options] of getToken.mock.calls) {
      expect(options).toEqual({ onBehalfOf: ada, targetPluginId: 'solo-trek' });
    }
  });

  it('is idempotent: setting the same stage again changes nothing', async () => {
    const ctx = contextFor(ada, {
      entityRef: 'payments-api',
      stage: 'planning',
    });
    await action().handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('stage', 'planning');
    expect(ctx.output).toHaveBeenCalledWith('previousStage', 'planning');
    const card = await stageOf('component:default/payments-api');
    expect(card.history.filter((h: any) => h.source === 'api')).toHaveLength(1);
  });

  it('refuses a user the API refuses: bob may not move payments-api, through the API or a template', async () => {
    const api = await fetch(
      `${soloTrek.baseUrl}/migrations/nimbus/entities/component/default/payments-api/stage`,
      {
        method: 'POST',
        headers: {
          authorization: mockCredentials.user.header('user:default/bob'),
          'content-type': 'application/json',
        },
        body: JSON.stringify({ stage: 'in-progress' }),
      },
    );
    expect(api.status).toBe(403);

    const ctx = contextFor(bob, {
      entityRef: 'component:default/payments-api',
      stage: 'in-progress',
    });
    await expect(action().handler(ctx)).rejects.toMatchObject({
      name: 'NotAllowedError',
      message: expect.stringContaining(
        'user:default/bob may not update the stage of component:default/payments-api; only its owners can',
      ),
    });
    expect(ctx.output).not.toHaveBeenCalled();
    expect((await stageOf('component:default/payments-api')).stage).toBe(
      'planning',
    );
  });

  it('refuses a task with no initiator rather than acting as the scaffolder', async () => {
    const ctx = contextFor(mockCredentials.none(), {
      entityRef: 'component:default/search-api',
      stage: 'planning',
    });
    await expect(action().handler(ctx)).rejects.toThrow(
      /act as the user who runs the template, and this task has no initiator/,
    );
    expect((await stageOf('component:default/search-api')).stage).toBe(
      'not-started',
    );
  });

  it('passes on the backend refusing a backward move without a note', async () => {
    const ctx = contextFor(ada, {
      entityRef: 'component:default/payments-api',
      stage: 'not-started',
    });
    await expect(action().handler(ctx)).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(
        'Moving component:default/payments-api back from planning to not-started needs a note saying why',
      ),
    });
  });

  it('refuses an entity ref it cannot read', async () => {
    const ctx = contextFor(ada, { entityRef: 'component:', stage: 'planning' });
    await expect(action().handler(ctx)).rejects.toThrow(
      'entityRef "component:" is not an entity ref; write component:default/payments-api',
    );
  });
});

describe('solo-trek:stage:set with several migrations', () => {
  let soloTrek: Awaited<ReturnType<typeof startSoloTrek>>;
  const auth = mockServices.auth({ pluginId: 'scaffolder' });

  beforeAll(async () => {
    const [nimbus] = soloTrekConfig.migrations;
    soloTrek = await startSoloTrek({
      soloTrek: {
        ...soloTrekConfig,
        migrations: [nimbus, { ...nimbus, id: 'kube', title: 'To Kubernetes' }],
      },
    });
  });
  afterAll(() => soloTrek.backend.stop());

  const run = (input: object) => {
    const ctx = {
      ...createMockActionContext({ input: input as any }),
      getInitiatorCredentials: async () => ada,
    };
    return {
      ctx,
      done: createSoloTrekSetStageAction({
        discovery: soloTrek.discovery,
        auth,
      }).handler(ctx),
    };
  };

  it('needs migrationId, naming the migrations', async () => {
    const { ctx, done } = run({
      entityRef: 'component:default/payments-api',
      stage: 'planning',
    });
    await expect(done).rejects.toMatchObject({
      name: 'InputError',
      message:
        'Solo Trek runs 2 migrations (nimbus, kube); say which one with migrationId',
    });
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('sets the stage in the migration named', async () => {
    const { ctx, done } = run({
      entityRef: 'component:default/payments-api',
      stage: 'in-progress',
      migrationId: 'kube',
    });
    await done;
    expect(ctx.output).toHaveBeenCalledWith('stage', 'in-progress');
  });

  it('passes on the 404 of a migration that does not exist', async () => {
    const { done } = run({
      entityRef: 'component:default/payments-api',
      stage: 'planning',
      migrationId: 'mars',
    });
    await expect(done).rejects.toMatchObject({
      name: 'NotFoundError',
      message: expect.stringContaining(
        'No migration "mars"; configured migrations: nimbus, kube',
      ),
    });
  });
});
