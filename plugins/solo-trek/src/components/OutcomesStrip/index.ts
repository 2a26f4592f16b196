export { EntityOutcomesStrip } from './EntityOutcomesStrip';
