import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { parse } from 'yaml';
import { soloTrekFeatures } from './__testUtils__/soloTrekBackend';
import scaffolderModuleSoloTrek from './index';

const TEMPLATES = resolve(__dirname, '../../../examples/templates');
const template = (name: string) =>
  parse(readFileSync(resolve(TEMPLATES, `${name}.yaml`), 'utf8'));

/**
 * The shipped templates in the real scaffolder's dry run, beside the real
 * Solo Trek backend: parameters validate, every step's action exists with
 * the inputs given, the read-only Creed check runs for real as the user,
 * stage:set (which writes) is skipped, and the output renders.
 */
describe('the golden-path templates in a dry run', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        scaffolderPlugin,
        scaffolderModuleSoloTrek,
        ...soloTrekFeatures(),
      ],
    });
  });
  afterAll(() => backend.stop());

  async function dryRun(
    name: string,
    values: object,
    user = 'user:default/ada',
  ) {
    const res = await fetch(
      `http://localhost:${
        (backend.server.address() as any).port
      }/api/scaffolder/v2/dry-run`,
      {
        method: 'POST',
        headers: {
          authorization: mockCredentials.user.header(user),
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          template: template(name),
          values,
          directoryContents: [],
        }),
      },
    );
    const body = await res.json();
    return { status: res.status, body };
  }

  const messages = (body: any): string[] =>
    body.log.map((l: any) => l.body.message);

  it('"Start migrating a service" checks the Creed without failing and would set planning', async () => {
    const { status, body } = await dryRun('start-migration', {
      entityRef: 'component:default/payments-api',
      note: 'Kick-off',
    });
    expect(status).toBe(200);
    expect(body.steps.map((s: any) => s.action)).toEqual([
      'solo-trek:creed:check',
      'solo-trek:stage:set',
    ]);
    expect(messages(body)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('open but not blocking (failOn none)'),
        expect.stringContaining(
          'Skipping because solo-trek:stage:set does not support dry-run',
        ),
      ]),
    );
    expect(body.output.links).toEqual([
      {
        title: 'Open the Migration tab',
        icon: 'catalog',
        url: '/catalog/default/component/payments-api/migration?migration=nimbus',
      },
    ]);
    expect(body.output.text[0].content).toContain(
      'Creed items still open: **prometheus-metrics, runbook**',
    );
  });

  it('"Declare a service migrated" stops on a failing must item, naming it and its fix', async () => {
    const { status, body } = await dryRun('declare-migrated', {
      entityRef: 'component:default/payments-api',
      note: 'Cut over on Tuesday',
    });
    expect(status).toBe(409);
    expect(body.error.name).toBe('ConflictError');
    expect(body.error.message).toContain(
      '1 must item to fix first (failOn: must):\n- prometheus-metrics (Emits Prometheus metrics, must) fails: Add the scrape annotation https://example.com/golden-path/metrics or run the template template:default/add-prometheus-metrics',
    );
  });

  it('"Declare a service migrated" passes a service that meets every must item', async () => {
    const { status, body } = await dryRun('declare-migrated', {
      entityRef: 'component:default/search-api',
      note: 'Cut over on Tuesday',
    });
    expect(status).toBe(200);
    expect(messages(body)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'component:default/search-api: 3 of 3 Creed items pass',
        ),
      ]),
    );
    expect(body.output.links[0].url).toBe(
      '/catalog/default/component/search-api/migration?migration=nimbus',
    );
  });

  it('"Add Prometheus metrics" shows the annotation to add', async () => {
    const { status, body } = await dryRun('add-prometheus-metrics', {
      entityRef: 'component:default/payments-api',
      port: 9100,
    });
    expect(status).toBe(200);
    expect(body.output.text[0].content).toContain(
      'In the catalog-info.yaml of **component:default/payments-api**, add:',
    );
    expect(body.output.text[0].content).toContain("prometheus.io/port: '9100'");
  });

  it('refuses values the parameters do not allow', async () => {
    const { status, body } = await dryRun('declare-migrated', {
      entityRef: 'component:default/search-api',
    });
    expect(status).toBe(400);
    expect(JSON.stringify(body.errors)).toContain('note');
  });
});
