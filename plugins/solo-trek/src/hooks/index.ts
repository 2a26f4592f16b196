export { useSoloTrekApi } from './useSoloTrekApi';
export { useMigrations } from './useMigrations';
export { useEntityMigrationCards } from './useEntityMigrationCards';
export type {
  EntityCardProps,
  EntityMigration,
} from './useEntityMigrationCards';
export {
  useAdoptionHistory,
  useAdoptionReport,
  useHeroes,
  useLeaderboard,
  useLongTail,
  useTeamAdoption,
  useTeamServices,
} from './reports';
export {
  MAX_PINNED_TEAMS,
  ownGroupRefs,
  useOwnGroupRefs,
} from './useOwnGroupRefs';
export { useSelectedMigration } from './useSelectedMigration';
export {
  NOMINEE_SEARCH_DELAY_MS,
  searchNominees,
  useNomineeSearch,
} from './useNomineeSearch';
export type { NomineeOption } from './useNomineeSearch';
export { usePagedCaravanList } from './caravan';
