/**
 * The Solo Trek frontend plugin: each service's migration status, its
 * compliance with the Pilgrim's Creed, team views, the leaderboard and the
 * platform team's adoption dashboard.
 *
 * For the new frontend system, import the default export of
 * `@internal/plugin-solo-trek/alpha`.
 *
 * @packageDocumentation
 */
export {
  soloTrekPlugin,
  SoloTrekPage,
  EntitySoloTrekCard,
  EntitySoloTrekContent,
  EntityTeamMigrationCard,
  SoloTrekLeaderboardCard,
  HomePageSoloTrekLeaderboard,
} from './plugin';
export { rootRouteRef, scaffolderTemplateRouteRef } from './routes';
export { soloTrekApiRef, SoloTrekClient } from './api';
export type { SoloTrekApi, SoloTrekCsvReport, SoloTrekEntityRef } from './api';
export type { EntitySoloTrekCardProps } from './components/EntitySoloTrekCard';
export type { EntityTeamMigrationCardProps } from './components/EntityTeamMigrationCard';
export type {
  SoloTrekLeaderboardCardProps,
  SoloTrekLeaderboardProps,
} from './components/SoloTrekLeaderboardCard';
