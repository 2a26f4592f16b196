import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { soloTrekApiRef } from '../api';

/** Every configured migration. */
export function useMigrations() {
  const api = useApi(soloTrekApiRef);
  return useAsyncRetry(() => api.getMigrations(), [api]);
}
