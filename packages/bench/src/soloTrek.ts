/*
 * The Solo Trek backend's internals the benchmark drives directly: the real
 * store, scanner, fact collector, config reader and evaluator, unchanged.
 * The plugin's package entry point only exports the plugin, so these are
 * deep imports; this file is the one place that reaches into its src/.
 */
/* eslint-disable @backstage/no-forbidden-package-imports, @backstage/no-mixed-plugin-imports */
export { DatabaseSoloTrekStore } from '@internal/plugin-solo-trek-backend/src/database/DatabaseSoloTrekStore';
export type { SoloTrekStore } from '@internal/plugin-solo-trek-backend/src/database/SoloTrekStore';
export { EvaluationScanner } from '@internal/plugin-solo-trek-backend/src/service/EvaluationScanner';
export type { ScanSummary } from '@internal/plugin-solo-trek-backend/src/service/EvaluationScanner';
export { FactCollector } from '@internal/plugin-solo-trek-backend/src/service/FactCollector';
export { readSoloTrekConfig } from '@internal/plugin-solo-trek-backend/src/config/readSoloTrekConfig';
export type {
  MigrationDefinition,
  SoloTrekConfig,
} from '@internal/plugin-solo-trek-backend/src/config/readSoloTrekConfig';
export { evaluateEntity } from '@internal/plugin-solo-trek-backend/src/domain/evaluateEntity';
export type { EntityEvaluation } from '@internal/plugin-solo-trek-backend/src/domain/evaluateEntity';
export { NudgeSweep } from '@internal/plugin-solo-trek-backend/src/service/nudges/NudgeSweep';
export { AggregatesService } from '@internal/plugin-solo-trek-backend/src/service/AggregatesService';
export { CatalogReadAccess } from '@internal/plugin-solo-trek-backend/src/service/CatalogReadAccess';
export { nextResult } from '@internal/plugin-solo-trek-backend/src/domain/nextResult';
export type { RelatedLookup } from '@internal/plugin-solo-trek-backend/src/domain/model';
export {
  digestFromRow,
  historyToRow,
  resultToRow,
  stateFromRow,
  trackDecisionToRow,
} from '@internal/plugin-solo-trek-backend/src/database/rowValues';
