import { useCallback } from 'react';
import { alertApiRef, useApiHolder } from '@backstage/core-plugin-api';
import { toastApiRef } from '@backstage/frontend-plugin-api';

/**
 * Tells the user how an action went: through the ToastApi where the app has
 * one (the new frontend system), else through the AlertApi (legacy apps).
 */
export function useNotify() {
  const apis = useApiHolder();
  return useCallback(
    (message: string, severity: 'success' | 'error' = 'success') => {
      const toastApi = apis.get(toastApiRef);
      if (toastApi) {
        toastApi.post({
          title: message,
          status: severity === 'error' ? 'danger' : 'success',
          timeout: severity === 'error' ? undefined : 5000,
        });
        return;
      }
      apis.get(alertApiRef)?.post({
        message,
        severity,
        display: severity === 'error' ? 'permanent' : 'transient',
      });
    },
    [apis],
  );
}
