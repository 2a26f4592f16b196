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
      ? 'Pick a date after today.'
      : expiresAt > asked &&
        `At most ${formatDate(asked)}, the date asked for.`;
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

  const what = `${request.creedTitle} on ${
    request.entityTitle ?? request.entityRef
  }`;
  return (
    <FormDialog
      {...dialog}
      onClose={onClose}
      id={id}
      title={approve ? 'Approve the waiver' : 'Deny the waiver'}
      description={
        <>
          {request.requestedBy} asks to waive {what} until{' '}
          {formatDate(request.requestedExpiresAt, { utc: true })}: “
          {request.reason}”
        </>
      }
      submitLabel={approve ? 'Approve' : 'Deny'}
      busyLabel="Saving…"
      onSubmit={onSubmit}
    >
      {approve && (
        <DateField
          required
          id={`${id}-expires`}
          label="Waived until"
          value={expiresAt}
          onChange={e => setExpiresAt(e.target.value)}
          min={today}
          max={asked}
          problem={expiryProblem}
          helperText="The date asked for, or earlier. The waiver stops counting at the end of this day (UTC)."
        />
      )}
      <TextAreaField
        required={!approve}
        id={`${id}-text`}
        label={approve ? 'Note (optional)' : 'Reason'}
        value={text}
        onChange={e => setText(e.target.value)}
        problem={
          !approve &&
          reasonShort &&
          'Say why, so the owner knows what to do instead.'
        }
        helperText={
          approve
            ? 'Sent to the requester with the approval.'
            : 'Sent to the requester and shown on the service.'
        }
      />
    </FormDialog>
  );
}
