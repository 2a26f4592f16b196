import { useState } from 'react';
import { DateTime } from 'luxon';
import { useApi } from '@backstage/core-plugin-api';
import { WaiverRequestInfo } from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { formatDate } from '../../lib/format';
import { useUniqueId } from '../../lib/useUniqueId';
import {
  DateField,
  FormDialog,
  TextAreaField,
  useFormSubmit,
} from '../shared/FormDialog';
import { useSoloTrekT } from '../../translation';

export type WaiverDecision = 'approve' | 'deny';

/** The UTC day of an instant, as a date input takes it. */
function utcDay(value: string): string {
  return DateTime.fromISO(value, { zone: 'utc' }).toISODate() ?? '';
}

/**
 * The platform team decides a request: approve, until the date asked for or
 * an earlier one, with an optional note; or deny, saying why.
 */
export function DecideWaiverRequestDialog(props: {
  request: WaiverRequestInfo | undefined;
  decision: WaiverDecision;
  onClose: () => void;
  onDecided: (request: WaiverRequestInfo) => void;
}) {
  const { request, decision, onClose, onDecided } = props;
  const api = useApi(soloTrekApiRef);
  const id = useUniqueId('solo-trek-waiver-decision');
  const t = useSoloTrekT();
  const [expiresAt, setExpiresAt] = useState('');
  const [text, setText] = useState('');
  const open = Boolean(request);
  const { dialog, submit } = useFormSubmit({
    open,
    onClose,
    key: `${request?.id} ${decision}`,
    onOpen: () => {
      setExpiresAt(request ? utcDay(request.requestedExpiresAt) : '');
      setText('');
    },
  });

  if (!request) {
    return null;
  }
  const today = DateTime.now().toISODate() ?? '';
  const asked = utcDay(request.requestedExpiresAt);
  const approve = decision === 'approve';
  const expiryProblem =
    !expiresAt || expiresAt <= today
      ? t('waiverForm.expiryProblem')
      : expiresAt > asked &&
        t('decideWaiverRequestDialog.expiryAfterAsked', {
          date: formatDate(asked),
        });
  const reasonShort = text.trim().length < 3;

  const onSubmit = () =>
    approve
      ? submit(!expiryProblem, async () => {
          onDecided(
            await api.approveWaiverRequest(request.migrationId, request.id, {
              // The date asked for keeps its exact instant.
              expiresAt: expiresAt === asked ? undefined : expiresAt,
              note: text.trim() || undefined,
            }),
          );
        })
      : submit(!reasonShort, async () => {
          onDecided(
            await api.denyWaiverRequest(request.migrationId, request.id, {
              reason: text.trim(),
            }),
          );
        });

  return (
    <FormDialog
      {...dialog}
      id={id}
      title={
        approve
          ? t('decideWaiverRequestDialog.approveTitle')
          : t('decideWaiverRequestDialog.denyTitle')
      }
      description={t('decideWaiverRequestDialog.description', {
        requestedBy: request.requestedBy,
        creed: request.creedTitle,
        service: request.entityTitle ?? request.entityRef,
        until: formatDate(request.requestedExpiresAt, { utc: true }),
        reason: request.reason,
      })}
      submitLabel={
        approve
          ? t('decideWaiverRequestDialog.approve')
          : t('decideWaiverRequestDialog.deny')
      }
      busyLabel={t('formDialog.saving')}
      onSubmit={onSubmit}
    >
      {approve && (
        <DateField
          required
          id={`${id}-expires`}
          label={t('decideWaiverRequestDialog.waivedUntil')}
          value={expiresAt}
          onChange={e => setExpiresAt(e.target.value)}
          min={today}
          max={asked}
          problem={expiryProblem}
          helperText={t('decideWaiverRequestDialog.expiryHelp')}
        />
      )}
      <TextAreaField
        required={!approve}
        id={`${id}-text`}
        label={
          approve
            ? t('decideWaiverRequestDialog.note')
            : t('decideWaiverRequestDialog.reason')
        }
        value={text}
        onChange={e => setText(e.target.value)}
        problem={
          !approve &&
          reasonShort &&
          t('decideWaiverRequestDialog.reasonProblem')
        }
        helperText={
          approve
            ? t('decideWaiverRequestDialog.approveHelp')
            : t('decideWaiverRequestDialog.denyHelp')
        }
      />
    </FormDialog>
  );
}
