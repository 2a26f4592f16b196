import { useState } from 'react';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import RefreshIcon from '@material-ui/icons/Refresh';
import { useApi } from '@backstage/core-plugin-api';
import { useNotify } from '../../lib/useNotify';
import { usePermission } from '@backstage/plugin-permission-react';
import { soloTrekEntityRefreshPermission } from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { EntityCardProps } from '../../hooks';
import { errorMessage } from '../../lib/errors';
import { useSoloTrekT } from '../../translation';

/**
 * Re-evaluates the service now instead of waiting for the next scan. Shown
 * to who may refresh it (its owners and the platform team): a refresh runs
 * its probes. Within the backend's cooldown the error says when to retry.
 */
export function RefreshButton(props: EntityCardProps) {
  const { card, onCardChange } = props;
  const api = useApi(soloTrekApiRef);
  const notify = useNotify();
  const t = useSoloTrekT();
  const [busy, setBusy] = useState(false);
  const { allowed } = usePermission({
    permission: soloTrekEntityRefreshPermission,
    resourceRef: card.entityRef,
  });

  const refresh = async () => {
    setBusy(true);
    try {
      const updated = await api.refreshEntity(card.migrationId, card.entityRef);
      onCardChange(updated);
      notify(t('refreshButton.done'), 'success');
    } catch (error) {
      notify(
        t('refreshButton.failed', { error: errorMessage(error) }),
        'error',
      );
    } finally {
      setBusy(false);
    }
  };

  if (!allowed) return null;
  return (
    <Button
      variant="outlined"
      color="primary"
      onClick={refresh}
      disabled={busy}
      aria-busy={busy}
      startIcon={
        busy ? (
          <CircularProgress size={16} aria-hidden />
        ) : (
          <RefreshIcon aria-hidden />
        )
      }
    >
      {busy ? t('refreshButton.busy') : t('refreshButton.refresh')}
    </Button>
  );
}
