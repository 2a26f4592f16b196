import { DependencyList } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { SoloTrekApi, soloTrekApiRef } from '../api';

/**
 * One call to the Solo Trek API as React state, like notifications'
 * `useNotificationsApi(f, deps)`: `{ loading, error, value, retry }`, called
 * again whenever the API or one of `deps` changes.
 */
export function useSoloTrekApi<T>(
  f: (api: SoloTrekApi) => Promise<T>,
  deps: DependencyList = [],
) {
  const api = useApi(soloTrekApiRef);
  // `f` is new on every render; `deps` say when what it reads has changed.
  return useAsyncRetry(() => f(api), [api, ...deps]);
}
