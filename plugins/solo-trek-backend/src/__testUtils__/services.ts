import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { SoloTrekConfig } from '../config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from '../database/DatabaseSoloTrekStore';
import { AggregatesService } from '../service/AggregatesService';
import { CatalogReadAccess } from '../service/CatalogReadAccess';
import { EvaluationScanner } from '../service/EvaluationScanner';
import { FactCollector } from '../service/FactCollector';
import { MigrationService } from '../service/MigrationService';

/**
 * The plugin's services over one store and an in-memory catalog, wired as
 * plugin.ts wires them, with a permissions service that allows everything:
 * what a (re)started backend has, without HTTP.
 */
export function startServices(options: {
  store: DatabaseSoloTrekStore;
  config: SoloTrekConfig;
  entities: Entity[];
}) {
  const { store, config } = options;
  const catalog = catalogServiceMock({ entities: options.entities });
  const logger = mockServices.logger.mock();
  const auth = mockServices.auth();
  const access = new CatalogReadAccess({
    permissions: mockServices.permissions(),
    catalog,
  });
  const scanner = new EvaluationScanner({
    catalog,
    auth,
    store,
    facts: new FactCollector([], store, logger),
    logger,
  });
  const migrations = new MigrationService({
    access,
    config,
    store,
    scanner,
    catalog,
    auth,
    permissions: mockServices.permissions(),
    permissionsRegistry: mockServices.permissionsRegistry.mock({
      getPermissionRuleset: () => ({ getRuleByName: () => undefined } as any),
    }),
    logger,
  });
  const aggregates = new AggregatesService({
    access,
    config,
    store,
    catalog,
    auth,
    logger,
    migration: id => migrations.migration(id),
  });
  return { scanner, service: migrations, aggregates };
}
