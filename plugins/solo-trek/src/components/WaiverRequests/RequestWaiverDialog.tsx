import { useEffect, useState } from 'react';
import MenuItem from '@material-ui/core/MenuItem';
import { DateTime } from 'luxon';
import { useApi } from '@backstage/core-plugin-api';
import {
  EntityMigrationCard,
  WaiverRequestInfo,
} from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { CHECK_STATUS_LABELS } from '../../lib/format';
import { useUniqueId } from '../../lib/useUniqueId';
import { FormDialog, FormField, useFormSubmit } from '../shared/FormDialog';
import { waivableChecks } from '../EntitySoloTrekContent/AddWaiverDialog';

function defaultExpiry(): string {
  return DateTime.now().plus({ days: 90 }).toISODate() ?? '';
}

/**
 * An owner asks the platform team for a waiver: which item, why, and until
 * when. Only waivable items that fail or are unknown, and that have no
 * pending request, can be chosen.
 */
export function RequestWaiverDialog(props: {
  open: boolean;
  onClose: () => void;
  card: EntityMigrationCard;
  /** Items with a pending request already; they cannot be asked for twice. */
  pending: ReadonlySet<string>;
  /** Pre-selects this item, e.g. the one whose "Request a waiver" was clicked. */
  creedId?: string;
  onRequested: (request: WaiverRequestInfo) => void;
}) {
  const { open, onClose, card, pending, onRequested } = props;
  const api = useApi(soloTrekApiRef);
  const id = useUniqueId('solo-trek-waiver-request');
  const options = waivableChecks(card).filter(c => !pending.has(c.id));
  const { attempted, busy, message, reset, submit } = useFormSubmit();

  const [creedId, setCreedId] = useState('');
  const [reason, setReason] = useState('');
  const [expiresAt, setExpiresAt] = useState(defaultExpiry);

  useEffect(() => {
    if (open) {
      setCreedId(props.creedId ?? (options.length === 1 ? options[0].id : ''));
      setReason('');
      setExpiresAt(defaultExpiry());
      reset();
    }
    // Reset only when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const today = DateTime.now().toISODate() ?? '';
  const creedMissing = creedId === '';
  const reasonShort = reason.trim().length < 3;
  const expiryInvalid = !expiresAt || expiresAt <= today;

  const onSubmit = () =>
    submit(!creedMissing && !reasonShort && !expiryInvalid, async () => {
      const request = await api.requestWaiver(
        card.migrationId,
        card.entityRef,
        {
          creedId,
          reason: reason.trim(),
          expiresAt,
        },
      );
      onRequested(request);
      onClose();
    });

  return (
    <FormDialog
      open={open}
      onClose={onClose}
      id={id}
      title="Request a waiver"
      description={
        <>
          Ask the platform team to let this service miss a <em>should</em> item
          of the Creed for a while. They approve it (perhaps for a shorter time)
          or say why not; you are notified either way. Must items can't be
          waived.
        </>
      }
      error={message}
      busy={busy}
      submitLabel="Send request"
      busyLabel="Sending…"
      onSubmit={onSubmit}
    >
      <FormField
        select
        required
        id={`${id}-creed`}
        label="Creed item"
        value={creedId}
        onChange={e => setCreedId(e.target.value)}
        problem={attempted && creedMissing && 'Choose the item to waive.'}
        helperText="Waivable items that fail or are unknown, without a pending request."
      >
        {options.map(check => (
          <MenuItem key={check.id} value={check.id}>
            {check.title} ({CHECK_STATUS_LABELS[check.status]})
          </MenuItem>
        ))}
      </FormField>
      <FormField
        required
        multiline
        minRows={3}
        id={`${id}-reason`}
        label="Reason"
        value={reason}
        onChange={e => setReason(e.target.value)}
        problem={
          attempted &&
          reasonShort &&
          'Say why the service needs more time for this item.'
        }
        helperText="The platform team reads it; once granted, everyone who opens the service does."
        inputProps={{ maxLength: 2000 }}
      />
      <FormField
        required
        type="date"
        id={`${id}-expires`}
        label="Needed until"
        value={expiresAt}
        onChange={e => setExpiresAt(e.target.value)}
        InputLabelProps={{ shrink: true }}
        inputProps={{ min: today }}
        problem={attempted && expiryInvalid && 'Pick a date after today.'}
        helperText="The waiver would stop counting at the end of this day (UTC)."
      />
    </FormDialog>
  );
}
