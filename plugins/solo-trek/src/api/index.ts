export { soloTrekApiRef } from './SoloTrekApi';
export type {
  SoloTrekApi,
  SoloTrekCsvReport,
  SoloTrekEntityRef,
} from './SoloTrekApi';
export { SoloTrekClient } from './SoloTrekClient';
