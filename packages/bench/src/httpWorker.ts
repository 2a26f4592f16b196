/*
 * The child process of the HTTP measurement (see http.ts): a production
 * backend, createBackend() from @backstage/backend-defaults as
 * packages/backend uses it (real auth, root router with compression and
 * helmet, database manager, scheduler, permissions), with the real Solo Trek
 * plugin, the real catalog backend and the real permission backend. Only the
 * config comes from an object rather than app-config files. The parent drives
 * the load from its own process.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import inspector from 'node:inspector';
import net from 'node:net';
import os from 'node:os';
import { createBackend } from '@backstage/backend-defaults';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
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
import { BENCH_CATALOG_CONFIG, GROUPS, SEED } from './catalog';
import { benchSoloTrekConfig } from './creed';
import { childExecArgv } from './scan';
import {
  DbTarget,
  pgAdmin,
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

/**
 * The version of what main() makes of the generated entities before the
 * catalog ingests them; bump it when that changes, so that kept catalogs
 * (see keptCatalog.ts) are ingested afresh.
 */
export const CATALOG_SHAPE = 1;

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

/**
 * Extra catalog replicas that help ingest (see catalogReplica.ts): one per
 * core beyond the first, at most three. Each resolves to its stop function.
 */
async function startCatalogReplicas(
  catalogDb: DbTarget,
): Promise<Array<() => Promise<void>>> {
  const count = Math.min(3, os.cpus().length - 1);
  return Promise.all(
    Array.from({ length: count }, async () => {
      const port = await freePort();
      const child = fork(
        require.resolve('./catalogReplica'),
        [JSON.stringify({ catalogDb, port })],
        {
          execArgv: childExecArgv(),
          stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        },
      );
      await new Promise<void>((resolve, reject) => {
        child.on('message', (m: { type?: string }) => {
          if (m?.type === 'ready') resolve();
        });
        child.once('exit', code =>
          reject(new Error(`catalog replica exited with ${code}`)),
        );
      });
      return () =>
        new Promise<void>(done => {
          child.once('exit', () => done());
          child.send({ type: 'stop' });
          setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
        });
    }),
  );
}

/** How long the catalog may make no progress before stuck entities are refreshed. */
const STALL_MS = 90_000;

/** The generated entities the catalog does not serve. */
async function unstitched(
  baseUrl: string,
  headers: Record<string, string>,
  entities: Entity[],
): Promise<string[]> {
  const served = new Set<string>();
  let cursor: string | undefined;
  do {
    const query = `fields=kind,metadata.namespace,metadata.name${
      cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
    }`;
    const response = await fetch(
      `${baseUrl}/api/catalog/entities/by-query?limit=10000&${query}`,
      { headers },
    );
    const page = (await response.json()) as {
      items: Entity[];
      pageInfo: { nextCursor?: string };
    };
    for (const e of page.items) served.add(stringifyEntityRef(e));
    cursor = page.pageInfo.nextCursor;
  } while (cursor);
  return entities.map(e => stringifyEntityRef(e)).filter(r => !served.has(r));
}

/** A port nobody listens on, for the backend to take. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
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
        'backstage.io/managed-by-location':
          'url:https://bench.example.com/catalog-info.yaml',
        'backstage.io/managed-by-origin-location':
          'url:https://bench.example.com/catalog-info.yaml',
      },
    },
  })) as Entity[];

  let connection: EntityProviderConnection | undefined;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const backend = createBackend();
  backend.add(
    mockServices.rootConfig.factory({
      data: {
        app: { baseUrl: 'http://localhost:3000' },
        backend: {
          baseUrl,
          listen: { host: '127.0.0.1', port },
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
        catalog: BENCH_CATALOG_CONFIG,
        soloTrek: benchSoloTrekConfig(),
      },
    }),
  );
  // eslint-disable-next-line @backstage/no-undeclared-imports
  backend.add(import('@backstage/plugin-catalog-backend'));
  // eslint-disable-next-line @backstage/no-undeclared-imports
  backend.add(import('@backstage/plugin-permission-backend'));
  // eslint-disable-next-line @backstage/no-undeclared-imports
  backend.add(import('@backstage/plugin-auth-backend'));
  // eslint-disable-next-line @backstage/no-undeclared-imports
  backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
  backend.add(policyModule);
  backend.add(
    providerModule(c => {
      connection = c;
    }),
  );
  backend.add(soloTrekPlugin);
  await backend.start();
  const startMs = performance.now() - started;

  const ingestStarted = performance.now();
  const replicas = await startCatalogReplicas(args.catalogDb);
  await connection!.applyMutation({
    type: 'full',
    entities: entities.map(entity => ({ entity, locationKey: 'bench' })),
  });
  // Ready when the catalog serves every entity (processed and stitched).
  const headers = { authorization: `Bearer ${SERVICE_TOKEN}` };
  let lastReport = performance.now();
  let lastCount = -1;
  let lastProgress = performance.now();
  for (;;) {
    const response = await fetch(
      `${baseUrl}/api/catalog/entities/by-query?limit=1`,
      { headers },
    );
    const body = (await response.json()) as { totalItems?: number };
    const count = body.totalItems ?? 0;
    if (count >= entities.length) break;
    if (count !== lastCount) {
      lastCount = count;
      lastProgress = performance.now();
    } else if (performance.now() - lastProgress > STALL_MS) {
      // A stitch lost to a process that stopped mid-way (an interrupted
      // run) waits for the next refresh, 30 days away: ask for it now.
      const missing = await unstitched(baseUrl, headers, entities);
      await send({
        type: 'progress',
        message: `catalog: refreshing ${missing.length} entities processed but never stitched`,
      });
      for (const entityRef of missing) {
        await fetch(`${baseUrl}/api/catalog/refresh`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ entityRef }),
        });
      }
      lastProgress = performance.now();
    }
    if (performance.now() - lastReport > 30_000) {
      lastReport = performance.now();
      await send({
        type: 'progress',
        message: `catalog: ${count} of ${
          entities.length
        } entities after ${Math.round((lastReport - ingestStarted) / 1000)} s`,
      });
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  const ingestMs = performance.now() - ingestStarted;
  await Promise.all(replicas.map(stop => stop()));
  if (args.catalogDb.kind === 'pg') {
    // What autovacuum does in production, and what the tables lack after
    // an ingestion and a scan with autovacuum off (as on these machines):
    // both plugins are measured on tidy databases, not bloated ones.
    const databases = [
      `${args.catalogDb.database}catalog`,
      ...(args.soloTrekDb.kind === 'pg' ? [args.soloTrekDb.database] : []),
    ];
    for (const database of databases) {
      const db = pgAdmin(args.catalogDb.connection, database);
      try {
        await db.raw('VACUUM (ANALYZE)');
      } finally {
        await db.destroy();
      }
    }
  }
  // The generated catalog lives in the database now; a heap that still held
  // it would lengthen every garbage collection while the endpoints are loaded.
  const catalogEntities = entities.length;
  entities.length = 0;
  (globalThis as { gc?: () => void }).gc?.();

  // Signs in as a catalog user through the auth backend, as the app does.
  const signIn = await fetch(
    `${baseUrl}/api/auth/guest/refresh?env=development`,
    {
      headers: { 'x-requested-with': 'XMLHttpRequest' },
    },
  );
  if (!signIn.ok) {
    throw new Error(
      `guest sign-in gave ${signIn.status}: ${await signIn.text()}`,
    );
  }
  const identity = (await signIn.json()) as {
    backstageIdentity: { token: string };
  };
  await send({
    type: 'ready',
    baseUrl,
    catalogEntities,
    ingestMs,
    startMs,
    userToken: identity.backstageIdentity.token,
  });
  const session = new inspector.Session();
  process.on(
    'message',
    async (message: { type: string; file?: string; id?: number }) => {
      if (message.type === 'stop') {
        await backend.stop().catch(() => {});
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
          if (!error)
            fs.writeFileSync(message.file!, JSON.stringify(result.profile));
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
