import { useSoloTrekApi } from './useSoloTrekApi';

/** Every configured migration. */
export function useMigrations() {
  return useSoloTrekApi(api => api.getMigrations());
}
