import { useState } from 'react';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  soloTrekWaiverManagePermission,
  WaiverRequestInfo,
} from '@internal/plugin-solo-trek-common';
import useAsync from 'react-use/esm/useAsync';
import { soloTrekApiRef } from '../../api';
import { errorMessage } from '../../lib/errors';
import { useNotify } from '../../lib/useNotify';
import {
  DecideWaiverRequestDialog,
  WaiverDecision,
} from './DecideWaiverRequestDialog';
import { WaiverRequestActions } from './WaiverRequestList';
import { useSoloTrekT } from '../../translation';

/**
 * What a list of waiver requests needs to act on them: whether the caller
 * decides (the platform team), who they are (to withdraw their own), the
 * handlers, and the dialog to render once. `onChanged` runs after any
 * decision, with the request as it now is.
 */
export function useWaiverRequestDecisions(
  onChanged: (request: WaiverRequestInfo) => void,
): { actions: WaiverRequestActions; dialog: JSX.Element } {
  const api = useApi(soloTrekApiRef);
  const identityApi = useApi(identityApiRef);
  const notify = useNotify();
  const t = useSoloTrekT();
  const { allowed: canDecide } = usePermission({
    permission: soloTrekWaiverManagePermission,
  });
  const caller = useAsync(
    async () => (await identityApi.getBackstageIdentity()).userEntityRef,
    [identityApi],
  ).value;
  const [open, setOpen] = useState<{
    request: WaiverRequestInfo;
    decision: WaiverDecision;
  }>();
  const [busyId, setBusyId] = useState<string>();

  const decided = (request: WaiverRequestInfo) => {
    notify(
      request.status === 'approved'
        ? t('waiverRequestNotices.approved', { creed: request.creedTitle })
        : t('waiverRequestNotices.denied', { creed: request.creedTitle }),
      'success',
    );
    onChanged(request);
  };

  const onWithdraw = async (request: WaiverRequestInfo) => {
    setBusyId(request.id);
    try {
      const withdrawn = await api.withdrawWaiverRequest(
        request.migrationId,
        request.id,
      );
      notify(
        t('waiverRequestNotices.withdrawn', { creed: request.creedTitle }),
        'success',
      );
      onChanged(withdrawn);
    } catch (error) {
      notify(errorMessage(error), 'error');
    } finally {
      setBusyId(undefined);
    }
  };

  return {
    actions: {
      canDecide,
      caller,
      busyId,
      onApprove: request => setOpen({ request, decision: 'approve' }),
      onDeny: request => setOpen({ request, decision: 'deny' }),
      onWithdraw,
    },
    dialog: (
      <DecideWaiverRequestDialog
        request={open?.request}
        decision={open?.decision ?? 'approve'}
        onClose={() => setOpen(undefined)}
        onDecided={decided}
      />
    ),
  };
}
