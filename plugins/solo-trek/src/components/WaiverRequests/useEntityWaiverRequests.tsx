import { ReactNode, useState } from 'react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  CheckInfo,
  EntityMigrationCard,
  soloTrekWaiverRequestPermission,
  WaiverRequestInfo,
} from '@internal/plugin-solo-trek-common';
import { useApi } from '@backstage/core-plugin-api';
import { soloTrekApiRef } from '../../api';
import { useSoloTrekApi } from '../../hooks';
import { useNotify } from '../../lib/useNotify';
import { CheckWaiverRequest } from './CheckWaiverRequest';
import { RequestWaiverDialog } from './RequestWaiverDialog';
import { useWaiverRequestDecisions } from './useWaiverRequestDecisions';
import { useSoloTrekT } from '../../translation';

/**
 * One service's waiver requests for its card: the list, whether the caller
 * may ask, what each Creed item shows (`renderAction`), and the dialogs to
 * render once. A decision reloads the card, so an approval shows the item
 * waived at once.
 */
export function useEntityWaiverRequests(
  card: EntityMigrationCard,
  onCardChange: (card: EntityMigrationCard) => void,
) {
  const api = useApi(soloTrekApiRef);
  const notify = useNotify();
  const t = useSoloTrekT();
  const { allowed: canRequest } = usePermission({
    permission: soloTrekWaiverRequestPermission,
    resourceRef: card.entityRef,
  });
  const state = useSoloTrekApi(
    soloTrek =>
      soloTrek.getEntityWaiverRequests(card.migrationId, card.entityRef),
    [card.migrationId, card.entityRef],
  );
  const requests = state.value?.items ?? [];
  const [asking, setAsking] = useState<{ creedId?: string }>();

  const reloadCard = async () => {
    onCardChange(await api.getEntityCard(card.migrationId, card.entityRef));
  };
  const decisions = useWaiverRequestDecisions(() => {
    state.retry();
    reloadCard().catch(() => undefined);
  });
  const pending = new Set(
    requests.filter(r => r.status === 'pending').map(r => r.creedId),
  );
  const onRequested = (request: WaiverRequestInfo) => {
    notify(
      t('waiverRequestNotices.requested', { creed: request.creedTitle }),
      'success',
    );
    state.retry();
  };

  const renderAction = (check: CheckInfo): ReactNode => (
    <CheckWaiverRequest
      {...decisions.actions}
      check={check}
      requests={requests.filter(r => r.creedId === check.id)}
      canRequest={canRequest}
      onRequest={creedId => setAsking({ creedId })}
    />
  );

  return {
    requests,
    state,
    canRequest,
    pending,
    actions: decisions.actions,
    ask: (creedId?: string) => setAsking({ creedId }),
    renderAction,
    dialogs: (
      <>
        {canRequest && (
          <RequestWaiverDialog
            open={Boolean(asking)}
            creedId={asking?.creedId}
            onClose={() => setAsking(undefined)}
            card={card}
            pending={pending}
            onRequested={onRequested}
          />
        )}
        {decisions.dialog}
      </>
    ),
  };
}
