import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
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
import { NudgePreviewService } from './service/nudges/NudgePreviewService';
import { NudgeSweep } from './service/nudges/NudgeSweep';
import { scheduleNudges } from './service/nudges/scheduleNudges';
import { OutcomesService } from './service/outcomes/OutcomesService';
import { OutcomesTask } from './service/outcomes/OutcomesTask';
import { PulseNotifier } from './service/outcomes/PulseNotifier';
import { seedOutcomes } from './service/outcomes/outcomeSeed';
import { seedWavePlans } from './service/waves/seedWavePlans';
import { createRouter } from './service/router';
import { WaiverRequestNotifier } from './service/waivers/WaiverRequestNotifier';
import { WaiverRequestService } from './service/waivers/WaiverRequestService';

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
        userInfo: coreServices.userInfo,
        auth: coreServices.auth,
        auditor: coreServices.auditor,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        notifications: notificationService,
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
        await seedWavePlans(store, config, logger);
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

        const nudgeSweep = new NudgeSweep({
          config,
          store,
          notifications: deps.notifications,
          catalog: deps.catalog,
          auth: deps.auth,
          logger,
          leaderboard: async id =>
            (await aggregates.leaderboard.ranked(id, 'all')).entries,
          hero: id => aggregates.heroes.reigning(id),
        });
        // Its own schedule, and after each scan; nothing when nudges are off.
        const afterScan = await scheduleNudges({
          config,
          scheduler,
          sweep: nudgeSweep,
          logger,
        });

        await scheduler.scheduleTask({
          id: 'solo-trek-scan',
          scope: 'global',
          frequency: config.schedule.frequency,
          timeout: config.schedule.timeout,
          initialDelay: config.schedule.initialDelay,
          fn: signal =>
            new ScanTask({ config, store, scanner, logger, afterScan }).run(
              signal,
            ),
        });

        const outcomes = new OutcomesService({
          config,
          store,
          access,
          catalog: deps.catalog,
          auth: deps.auth,
          permissions: deps.permissions,
          permissionsRegistry: deps.permissionsRegistry,
          logger,
          migration: id => service.migration(id),
          evaluate: (migrationId, entityRef, credentials) =>
            service.getCard(migrationId, entityRef, credentials),
        });
        if (config.outcomes.seedFile) {
          await seedOutcomes({
            file: config.outcomes.seedFile,
            config,
            store,
            logger,
          });
        }
        await scheduler.scheduleTask({
          id: 'solo-trek-outcomes',
          scope: 'global',
          ...config.outcomes.schedule,
          fn: signal =>
            new OutcomesTask({
              config,
              store,
              logger,
              warm: id => outcomes.reporter.report(id),
              // Owners hear that a pulse opened, where notifications run.
              notifier: new PulseNotifier({
                config,
                store,
                notifications: deps.notifications,
                logger,
              }),
            }).run(signal),
        });

        httpRouter.use(
          await createRouter({
            service,
            aggregates,
            outcomes,
            access,
            httpAuth: deps.httpAuth,
            userInfo: deps.userInfo,
            waiverRequests: new WaiverRequestService({
              config,
              store,
              migrations: service,
              catalog: deps.catalog,
              auth: deps.auth,
              permissions: deps.permissions,
              permissionsRegistry: deps.permissionsRegistry,
              access,
              notifier: new WaiverRequestNotifier({
                notifications: deps.notifications,
                logger,
                platformTeam: config.platformTeam,
              }),
            }),
            auditor: deps.auditor,
            nudges: new NudgePreviewService({
              config,
              sweep: nudgeSweep,
              access,
              permissions: deps.permissions,
              migration: id => service.migration(id),
            }),
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
