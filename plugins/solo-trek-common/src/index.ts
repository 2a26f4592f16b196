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
