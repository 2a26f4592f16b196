import {
  AuthService,
  BackstageCredentials,
  LoggerService,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  MigrationDefinition,
  SoloTrekConfig,
} from '../../config/readSoloTrekConfig';
import { SoloTrekStore } from '../../database/SoloTrekStore';
import { CatalogReadAccess } from '../CatalogReadAccess';
import { CatalogNames } from '../aggregates/CatalogNames';
import { EntityOutcomesService } from './EntityOutcomesService';
import { EntityPermissionCheck } from './EntityPermissionCheck';
import { OutcomeIngest } from './OutcomeIngest';
import { OutcomesReporter } from './OutcomesReporter';
import { PulseService } from './PulseService';

/**
 * Outcomes (issue 18), wired: ingestion of outcome points, the scorecard
 * report, the satisfaction pulse and one service's before/after.
 */
export class OutcomesService {
  readonly ingest: OutcomeIngest;
  readonly reporter: OutcomesReporter;
  readonly pulse: PulseService;
  readonly entities: EntityOutcomesService;
  /** The migration of an id; throws a 404 for one the config does not hold. */
  readonly migration: (id: string) => MigrationDefinition;

  constructor(deps: {
    config: SoloTrekConfig;
    store: SoloTrekStore;
    access: CatalogReadAccess;
    catalog: CatalogService;
    auth: AuthService;
    permissions: PermissionsService;
    permissionsRegistry: PermissionsRegistryService;
    logger: LoggerService;
    migration: (id: string) => MigrationDefinition;
    /** Evaluates an entity no scan has reached yet (MigrationService.getCard). */
    evaluate: (
      migrationId: string,
      entityRef: string,
      credentials: BackstageCredentials,
    ) => Promise<unknown>;
    now?: () => Date;
  }) {
    const now = () => deps.now?.() ?? new Date();
    const { config, store, access } = deps;
    const entityPermission = new EntityPermissionCheck(deps);
    this.migration = deps.migration;
    this.ingest = new OutcomeIngest({
      config,
      store,
      access,
      entityPermission,
      now,
    });
    this.reporter = new OutcomesReporter({
      config,
      store,
      access,
      names: new CatalogNames(deps),
      logger: deps.logger,
      migration: deps.migration,
      now,
    });
    this.pulse = new PulseService({
      config,
      store,
      access,
      permissions: deps.permissions,
      entityPermission,
      evaluate: deps.evaluate,
      now,
    });
    this.entities = new EntityOutcomesService({
      config,
      store,
      pulse: this.pulse,
      now,
    });
  }
}
