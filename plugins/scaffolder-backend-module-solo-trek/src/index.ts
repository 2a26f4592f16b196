/**
 * Scaffolder actions for Solo Trek: set a service's migration stage and
 * check it against the Pilgrim's Creed, with the task initiator's credentials.
 *
 * @packageDocumentation
 */
export { scaffolderModuleSoloTrek as default } from './module';
export { createSoloTrekSetStageAction } from './actions/setStage';
export type {
  SoloTrekSetStageInput,
  SoloTrekSetStageOutput,
} from './actions/setStage';
export { createSoloTrekCreedCheckAction } from './actions/checkCreed';
export type {
  SoloTrekCreedCheckInput,
  SoloTrekCreedCheckOutput,
} from './actions/checkCreed';
