export { EntityTeamMigrationCard } from './EntityTeamMigrationCard';
export type { EntityTeamMigrationCardProps } from './EntityTeamMigrationCard';
