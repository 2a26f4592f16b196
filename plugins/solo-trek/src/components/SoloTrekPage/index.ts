export { SoloTrekPage } from './SoloTrekPage';
