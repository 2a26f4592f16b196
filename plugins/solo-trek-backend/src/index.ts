/**
 * The Solo Trek backend plugin: migration status, the Pilgrim's Creed engine,
 * adoption and the team leaderboard.
 *
 * @packageDocumentation
 */
export { soloTrekPlugin as default } from './plugin';
export {
  soloTrekConditions,
  createSoloTrekConditionalDecision,
  soloTrekPermissionRules,
} from './permissions/rules';
export type { SoloTrekEntityQuery } from './permissions/rules';
export { soloTrekPolicyDecision } from './permissions/policy';
