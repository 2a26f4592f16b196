export { SoloTrekLeaderboardCard } from './SoloTrekLeaderboardCard';
export type { SoloTrekLeaderboardCardProps } from './SoloTrekLeaderboardCard';
export { SoloTrekLeaderboard } from './SoloTrekLeaderboard';
export type { SoloTrekLeaderboardProps } from './SoloTrekLeaderboard';
