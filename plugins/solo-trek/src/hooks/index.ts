export { useMigrations } from './useMigrations';
export { useEntityMigrationCards } from './useEntityMigrationCards';
export type { EntityMigration } from './useEntityMigrationCards';
export {
  useAdoptionHistory,
  useAdoptionReport,
  useHeroes,
  useLeaderboard,
  useLongTail,
  useTeamServices,
} from './reports';
export { useOwnershipRefs } from './useOwnershipRefs';
export { useSelectedMigration } from './useSelectedMigration';
