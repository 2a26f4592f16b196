/*
 * A second replica of the catalog backend on the HTTP run's databases, to
 * ingest the synthetic catalog faster: the catalog processes and stitches
 * at most 10 and 5 entities at a time per replica, waiting on the database
 * more than on the CPU, so a second replica on the same database shares the
 * work, as replicas do in production. It serves nothing and is stopped
 * before anything is measured.
 */
import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { BENCH_CATALOG_CONFIG } from './catalog';
import { DbTarget, prefixedDatabaseConfig } from './database';

async function main() {
  const { catalogDb, port } = JSON.parse(process.argv[2]) as {
    catalogDb: DbTarget;
    port: number;
  };
  const backend = createBackend();
  backend.add(
    mockServices.rootConfig.factory({
      data: {
        backend: {
          baseUrl: `http://127.0.0.1:${port}`,
          listen: { host: '127.0.0.1', port },
          database: prefixedDatabaseConfig(catalogDb),
        },
        catalog: {
          ...BENCH_CATALOG_CONFIG,
          // The main backend's provider is not installed here; its entities stay.
          orphanProviderStrategy: 'keep',
        },
      },
    }),
  );
  // eslint-disable-next-line @backstage/no-undeclared-imports
  backend.add(import('@backstage/plugin-catalog-backend'));
  await backend.start();
  process.send?.({ type: 'ready' });
  process.on('disconnect', () => process.exit(0));
  process.on('message', async (message: { type: string }) => {
    if (message.type === 'stop') {
      await backend.stop().catch(() => {});
      process.exit(0);
    }
  });
}

if (require.main === module) {
  main().catch(error => {
    process.stderr.write(`catalog replica failed: ${error?.stack ?? error}\n`);
    process.exit(1);
  });
}
