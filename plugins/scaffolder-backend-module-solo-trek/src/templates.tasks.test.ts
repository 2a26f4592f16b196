import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { parse } from 'yaml';
import { soloTrekFeatures } from './__testUtils__/soloTrekBackend';
import scaffolderModuleSoloTrek from './index';

jest.setTimeout(60_000);

const TEMPLATES = resolve(__dirname, '../../../examples/templates');
/** A shipped template as the catalog serves it. */
function templateEntity(name: string): Entity {
  const entity = parse(
    readFileSync(resolve(TEMPLATES, `${name}.yaml`), 'utf8'),
  );
  return {
    ...entity,
    metadata: { ...entity.metadata, namespace: 'default' },
  };
}
const templates = ['start-migration', 'declare-migrated'].map(templateEntity);

/**
 * The shipped templates run as real tasks by the real scaffolder (its task
 * worker, its templating, the actions' initiator credentials), beside the
 * real Solo Trek backend with the recommended policy: ada owns
 * payments-api, bob does not.
 */
describe('the golden-path templates as tasks', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let baseUrl: string;

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        scaffolderPlugin,
        scaffolderModuleSoloTrek,
        ...soloTrekFeatures({ moreEntities: templates }),
      ],
    });
    baseUrl = `http://localhost:${
      (backend.server.address() as AddressInfo).port
    }/api`;
  });
  afterAll(() => backend.stop());

  async function api(user: string, path: string, body?: object) {
    const res = await fetch(`${baseUrl}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: {
        authorization: mockCredentials.user.header(user),
        'content-type': 'application/json',
      },
      body: body && JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  }

  /** Runs a template as `user` and waits for the task to end. */
  async function run(user: string, template: string, values: object) {
    const created = await api(user, '/scaffolder/v2/tasks', {
      templateRef: `template:default/${template}`,
      values,
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    for (let i = 0; i < 200; i++) {
      const task = await api(user, `/scaffolder/v2/tasks/${id}`);
      if (['completed', 'failed', 'cancelled'].includes(task.body.status)) {
        const events = await api(user, `/scaffolder/v2/tasks/${id}/events`);
        return {
          status: task.body.status as string,
          log: events.body
            .map((e: any) => e.body?.message ?? '')
            .join('\n') as string,
          output: events.body.find((e: any) => e.type === 'completion')?.body
            ?.output,
        };
      }
      await new Promise(r => setTimeout(r, 100));
    }
    throw new Error(`task ${id} did not end`);
  }

  const stageOf = async (name: string) =>
    (
      await api(
        'user:default/ada',
        `/solo-trek/migrations/nimbus/entities/component/default/${name}`,
      )
    ).body;

  it('refuses a user who may not update the stage: bob cannot start payments-api', async () => {
    const task = await run('user:default/bob', 'start-migration', {
      entityRef: 'component:default/payments-api',
      note: 'Not mine',
    });
    expect(task.status).toBe('failed');
    expect(task.log).toContain(
      'user:default/bob may not update the stage of component:default/payments-api; only its owners can',
    );
    expect((await stageOf('payments-api')).stage).toBe('not-started');
  });

  it('"Start migrating a service" moves the owner’s service to planning, as the owner', async () => {
    const task = await run('user:default/ada', 'start-migration', {
      entityRef: 'component:default/payments-api',
      note: 'Kick-off',
    });
    expect(task.status).toBe('completed');
    const card = await stageOf('payments-api');
    expect(card.stage).toBe('planning');
    expect(card.history[0]).toMatchObject({
      toStage: 'planning',
      actor: 'user:default/ada',
      note: 'Kick-off',
    });
    expect(task.output.links[0].url).toBe(
      '/catalog/default/component/payments-api/migration?migration=nimbus',
    );
  });

  it('"Declare a service migrated" stops on a failing must item and leaves the stage alone', async () => {
    const task = await run('user:default/ada', 'declare-migrated', {
      entityRef: 'component:default/payments-api',
      note: 'Cut over',
    });
    expect(task.status).toBe('failed');
    expect(task.log).toContain(
      '- prometheus-metrics (Emits Prometheus metrics, must) fails: Add the scrape annotation',
    );
    expect((await stageOf('payments-api')).stage).toBe('planning');
  });

  it('"Declare a service migrated" marks a service that meets every must item migrated', async () => {
    const task = await run('user:default/bob', 'declare-migrated', {
      entityRef: 'component:default/search-api',
      note: 'Cut over on Tuesday',
    });
    expect(task.status).toBe('completed');
    const card = await stageOf('search-api');
    expect(card.stage).toBe('migrated');
    expect(card.history[0]).toMatchObject({
      fromStage: 'not-started',
      toStage: 'migrated',
      actor: 'user:default/bob',
    });
  });
});
