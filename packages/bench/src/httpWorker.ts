/*
 * The child process of the HTTP measurement (see http.ts): one backend with
 * the real Solo Trek plugin, the real catalog backend and the real
 * permission backend, on file SQLite databases. The parent drives the load
 * from its own process, so the load generator does not share a core with
 * the server more than it must.
 */
import fs from 'node:fs';
import inspector from 'node:inspector';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { httpRouterServiceFactory } from '@backstage/backend-defaults/httpRouter';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import { permissionsRegistryServiceFactory } from '@backstage/backend-defaults/permissionsRegistry';
import { userInfoServiceFactory } from '@backstage/backend-defaults/userInfo';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  catalogProcessingExtensionPoint,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { generateCatalog } from '@internal/demo-catalog';
// The benchmark runs the backend plugin as a backend does.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import soloTrekPlugin, {
  soloTrekPolicyDecision,
} from '@internal/plugin-solo-trek-backend';
/* eslint-disable @backstage/no-undeclared-imports */
// Installed in the workspace (packages/backend uses them); see the README.
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
/* eslint-enable @backstage/no-undeclared-imports */
import { GROUPS, SEED } from './catalog';
import { benchSoloTrekConfig } from './creed';
import {
  DbTarget,
  pluginDatabaseConfig,
  prefixedDatabaseConfig,
} from './database';

export interface HttpWorkerArgs {
  /** Where the scan stored its results: the Solo Trek plugin's database. */
  soloTrekDb: DbTarget;
  /** Components in the real catalog. */
  catalogServices: number;
  /** Where the other plugins' databases live (the catalog's above all). */
  catalogDb: DbTarget;
  /** The person whose token every request carries. */
  userEntityRef: string;
}

/** A static external-access token, for the service-principal rows. */
export const SERVICE_TOKEN = 'bench-static-token-0123456789';

const isWorker = require.main === module;

export type HttpWorkerMessage =
  | {
      type: 'ready';
      baseUrl: string;
      catalogEntities: number;
      ingestMs: number;
      startMs: number;
      /** A real Backstage user token, from the auth backend's guest provider. */
      userToken: string;
    }
  | { type: 'progress'; message: string }
  | { type: 'failed'; message: string };

const send = (message: HttpWorkerMessage) =>
  new Promise<void>(resolve => {
    if (!process.connected) resolve();
    else process.send!(message, undefined, {}, () => resolve());
  });

// Without its parent there is nobody to report to.
if (isWorker) process.on('disconnect', () => process.exit(1));

/** The demo backend's policy: Solo Trek's recommended decisions, else allow. */
const policyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'bench-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy({
          async handle(request, user) {
            return (
              soloTrekPolicyDecision(request, user, {
                platformTeam: 'group:default/team-1',
              }) ?? { result: AuthorizeResult.ALLOW }
            );
          },
        });
      },
    });
  },
});

/** Hands over the connection through which the catalog gets one full mutation. */
function providerModule(connected: (c: EntityProviderConnection) => void) {
  return createBackendModule({
    pluginId: 'catalog',
    moduleId: 'bench-provider',
    register(reg) {
      reg.registerInit({
        deps: { catalog: catalogProcessingExtensionPoint },
        async init({ catalog }) {
          catalog.addEntityProvider({
            getProviderName: () => 'bench',
            connect: async connection => connected(connection),
          });
        },
      });
    },
  });
}

async function main() {
  const args: HttpWorkerArgs = JSON.parse(process.argv[2]);
  const entities = generateCatalog({
    services: args.catalogServices,
    groups: GROUPS,
    seed: SEED,
  }).map(e => ({
    ...e,
    metadata: {
      ...e.metadata,
      annotations: {
        ...e.metadata.annotations,
        'backstage.io/managed-by-location': 'url:https://bench.example.com/catalog-info.yaml',
        'backstage.io/managed-by-origin-location':
          'url:https://bench.example.com/catalog-info.yaml',
      },
    },
  })) as Entity[];

  let connection: EntityProviderConnection | undefined;
  const started = performance.now();
  const backend = await startTestBackend({
    features: [
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          backend: {
            baseUrl: 'http://localhost:7007',
            database: {
              ...prefixedDatabaseConfig(args.catalogDb),
              plugin: { 'solo-trek': pluginDatabaseConfig(args.soloTrekDb) },
            },
            auth: {
              externalAccess: [
                {
                  type: 'static',
                  options: { token: SERVICE_TOKEN, subject: 'bench' },
                },
              ],
            },
          },
          auth: {
            providers: {
              guest: {
                userEntityRef: args.userEntityRef,
                dangerouslyAllowOutsideDevelopment: true,
              },
            },
          },
          permission: { enabled: true },
          catalog: {
            rules: [
              {
                allow: [
                  'Component',
                  'System',
                  'API',
                  'Resource',
                  'Location',
                  'Group',
                  'User',
                ],
              },
            ],
          },
          soloTrek: benchSoloTrekConfig(),
        },
      }),
      // No scheduled task runs on its own: the store already holds the scan.
      mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
      // The production auth stack: real user tokens, real on-behalf-of tokens.
      authServiceFactory,
      httpAuthServiceFactory,
      userInfoServiceFactory,
      httpRouterServiceFactory,
      permissionsServiceFactory,
      permissionsRegistryServiceFactory,
      // eslint-disable-next-line @backstage/no-undeclared-imports
      import('@backstage/plugin-catalog-backend'),
      // eslint-disable-next-line @backstage/no-undeclared-imports
      import('@backstage/plugin-permission-backend'),
      // eslint-disable-next-line @backstage/no-undeclared-imports
      import('@backstage/plugin-auth-backend'),
      // eslint-disable-next-line @backstage/no-undeclared-imports
      import('@backstage/plugin-auth-backend-module-guest-provider'),
      policyModule,
      providerModule(c => {
        connection = c;
      }),
      soloTrekPlugin,
    ],
  });
  const startMs = performance.now() - started;
  const address = backend.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  const ingestStarted = performance.now();
  await connection!.applyMutation({
    type: 'full',
    entities: entities.map(entity => ({ entity, locationKey: 'bench' })),
  });
  // Ready when the catalog serves every entity (processed and stitched).
  const headers = { authorization: `Bearer ${SERVICE_TOKEN}` };
  let lastReport = performance.now();
  for (;;) {
    const response = await fetch(
      `${baseUrl}/api/catalog/entities/by-query?limit=1`,
      { headers },
    );
    const body = (await response.json()) as { totalItems?: number };
    if ((body.totalItems ?? 0) >= entities.length) break;
    if (performance.now() - lastReport > 30_000) {
      lastReport = performance.now();
      await send({
        type: 'progress',
        message: `catalog: ${body.totalItems ?? 0} of ${entities.length} entities after ${Math.round(
          (lastReport - ingestStarted) / 1000,
        )} s`,
      });
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  const ingestMs = performance.now() - ingestStarted;

  // Signs in as a catalog user through the auth backend, as the app does.
  const signIn = await fetch(`${baseUrl}/api/auth/guest/refresh?env=development`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  if (!signIn.ok) {
    throw new Error(`guest sign-in gave ${signIn.status}: ${await signIn.text()}`);
  }
  const identity = (await signIn.json()) as {
    backstageIdentity: { token: string };
  };
  await send({
    type: 'ready',
    baseUrl,
    catalogEntities: entities.length,
    ingestMs,
    startMs,
    userToken: identity.backstageIdentity.token,
  });
  const session = new inspector.Session();
  process.on(
    'message',
    async (message: { type: string; file?: string; id?: number }) => {
      if (message.type === 'stop') {
        await backend.stop();
        process.exit(0);
      }
      // CPU profiles of single endpoints, when SOLO_TREK_BENCH_PROFILE is set.
      if (message.type === 'profile-start') {
        session.connect();
        session.post('Profiler.enable');
        session.post('Profiler.start');
        process.send!({ type: 'profile-ack', id: message.id });
      }
      if (message.type === 'profile-stop') {
        session.post('Profiler.stop', (error, result) => {
          if (!error) fs.writeFileSync(message.file!, JSON.stringify(result.profile));
          session.disconnect();
          process.send!({ type: 'profile-ack', id: message.id });
        });
      }
    },
  );
}

if (isWorker) {
  main().catch(async error => {
    await send({ type: 'failed', message: String(error?.stack ?? error) });
    process.exit(1);
  });
}
