/**
 * Types, permissions and API types shared by the Solo Trek frontend and backend.
 *
 * @packageDocumentation
 */
export * from './stages';
export * from './permissions';
export * from './annotations';
export * from './api';
export * from './aggregates';
export * from './teamOrder';
export * from './caravan';
export * from './creedGate';
export * from './outcomes';
export * from './nudges';
export * from './waiverRequests';
export * from './scoreExplanation';
export type {
  Schemas as SoloTrekSchemas,
  RequestBody as SoloTrekRequestBody,
  Query as SoloTrekQuery,
} from './wire';
export type {
  components as SoloTrekWireComponents,
  operations as SoloTrekWireOperations,
} from './schema.generated';
