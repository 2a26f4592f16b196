import {
  MigrationDefinition,
  SoloTrekConfig,
} from '../../config/readSoloTrekConfig';
import { SoloTrekStore } from '../../database/SoloTrekStore';
import { CatalogReadAccess } from '../CatalogReadAccess';

/** What every report reads from: the config, the store and the caller's read access. */
export interface ReportContext {
  config: SoloTrekConfig;
  store: SoloTrekStore;
  access: CatalogReadAccess;
  /** The migration of an id; throws a 404 for one the config does not hold. */
  migration: (id: string) => MigrationDefinition;
  now: () => Date;
}
