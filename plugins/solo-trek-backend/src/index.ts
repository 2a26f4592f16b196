/**
 * The Solo Trek backend plugin: migration status, the Pilgrim's Creed engine,
 * adoption and the team leaderboard.
 *
 * @packageDocumentation
 */
export { soloTrekPlugin as default } from './plugin';
