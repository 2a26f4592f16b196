import { useCallback, useState } from 'react';
import { errorMessage } from './errors';

/**
 * A request the user starts (save, remove, nominate): whether it is running,
 * and what the last run failed with until the next run or `clearError`.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(undefined), []);

  return {
    busy,
    error,
    /** The server's own message for `error`, which says what to fix. */
    message: error === undefined ? undefined : errorMessage(error),
    run,
    clearError,
  };
}
