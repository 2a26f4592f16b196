export { EntitySoloTrekContent } from './EntitySoloTrekContent';
