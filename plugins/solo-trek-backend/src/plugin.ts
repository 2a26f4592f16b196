import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { soloTrekPermissions } from '@internal/plugin-solo-trek-common';
import {
  SoloTrekFactProvider,
  soloTrekFactProvidersExtensionPoint,
} from '@internal/plugin-solo-trek-node';
import { registerSoloTrekActions } from './actions/registerSoloTrekActions';
import { readSoloTrekConfig } from './config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from './database/DatabaseSoloTrekStore';
import { HttpProbeFactProvider } from './facts/HttpProbeFactProvider';
import { isEntityOwner, soloTrekEntityResourceRef } from './permissions/rules';
import { AggregatesService } from './service/AggregatesService';
import { CatalogReadAccess } from './service/CatalogReadAccess';
import { EvaluationScanner } from './service/EvaluationScanner';
import { FactCollector } from './service/FactCollector';
import { MigrationService } from './service/MigrationService';
import { ScanTask } from './service/ScanTask';
import { createRouter } from './service/router';

/**
 * The Solo Trek backend plugin.
 * @public
 */
export const soloTrekPlugin = createBackendPlugin({
  pluginId: 'solo-trek',
  register(env) {
    const extraProviders: SoloTrekFactProvider[] = [];
    env.registerExtensionPoint(soloTrekFactProvidersExtensionPoint, {
      addFactProvider(...providers) {
        extraProviders.push(...providers);
      },
    });

    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        auditor: coreServices.auditor,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init(deps) {
        const { logger, scheduler, httpRouter } = deps;
        // Throws with the key path on any mistake, stopping the backend.
        const config = readSoloTrekConfig(deps.config);

        deps.permissionsRegistry.addResourceType({
          resourceRef: soloTrekEntityResourceRef,
          permissions: soloTrekPermissions,
          rules: [isEntityOwner],
          getResources: async refs => {
            const credentials = await deps.auth.getOwnServiceCredentials();
            const { items } = await deps.catalog.getEntitiesByRefs(
              { entityRefs: refs },
              { credentials },
            );
            return items.map(item => item ?? undefined);
          },
        });

        const store = await DatabaseSoloTrekStore.create({
          database: deps.database,
        });
        const factKeys = config.migrations.flatMap(m => [
          ...m.liveWhen.factKeys,
          ...m.creed.flatMap(c => c.rule.factKeys),
        ]);
        const providers = FactCollector.neededProviders(
          [
            HttpProbeFactProvider.fromConfig(config.httpProbe, { logger }),
            ...extraProviders,
          ],
          factKeys,
        );
        const scanner = new EvaluationScanner({
          catalog: deps.catalog,
          auth: deps.auth,
          store,
          facts: new FactCollector(providers, store, logger),
          logger,
          dailyRetentionDays: config.snapshots.dailyRetentionDays,
        });
        const access = new CatalogReadAccess({
          permissions: deps.permissions,
          catalog: deps.catalog,
        });
        const service = new MigrationService({
          access,
          config,
          store,
          scanner,
          catalog: deps.catalog,
          auth: deps.auth,
          permissions: deps.permissions,
          permissionsRegistry: deps.permissionsRegistry,
          logger,
        });

        const aggregates = new AggregatesService({
          access,
          config,
          store,
          catalog: deps.catalog,
          auth: deps.auth,
          logger,
          migration: id => service.migration(id),
        });

        await scheduler.scheduleTask({
          id: 'solo-trek-scan',
          scope: 'global',
          frequency: config.schedule.frequency,
          timeout: config.schedule.timeout,
          initialDelay: config.schedule.initialDelay,
          fn: signal =>
            new ScanTask({ config, store, scanner, logger }).run(signal),
        });

        httpRouter.use(
          await createRouter({
            service,
            aggregates,
            access,
            httpAuth: deps.httpAuth,
            auditor: deps.auditor,
          }),
        );
        // The same services as the routes, for AI assistants (MCP tools).
        registerSoloTrekActions(deps.actionsRegistry, {
          config,
          service,
          aggregates,
          access,
          auditor: deps.auditor,
        });
        // Deny by default: the http router refuses requests without
        // credentials on every path but this one (the authorization matrix
        // test checks every route of the OpenAPI spec).
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
