export { EntitySoloTrekCard } from './EntitySoloTrekCard';
export type { EntitySoloTrekCardProps } from './EntitySoloTrekCard';
