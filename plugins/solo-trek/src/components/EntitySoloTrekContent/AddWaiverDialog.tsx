import { useEffect, useState } from 'react';
import MenuItem from '@material-ui/core/MenuItem';
import { DateTime } from 'luxon';
import { useApi } from '@backstage/core-plugin-api';
import {
  CheckInfo,
  EntityMigrationCard,
  WaiverInfo,
} from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { CHECK_STATUS_LABELS } from '../../lib/format';
import { useUniqueId } from '../../lib/useUniqueId';
import { FormDialog, FormField, useFormSubmit } from '../shared/FormDialog';

/** Creed items that may be waived now: waivable, failing or unknown, not already waived. */
export function waivableChecks(card: EntityMigrationCard): CheckInfo[] {
  return card.checks.filter(
    c =>
      c.waivable &&
      (c.status === 'fail' || c.status === 'unknown') &&
      !card.waivers.some(w => w.creedId === c.id),
  );
}

function defaultExpiry(): string {
  return DateTime.now().plus({ days: 90 }).toISODate() ?? '';
}

export function AddWaiverDialog(props: {
  open: boolean;
  onClose: () => void;
  card: EntityMigrationCard;
  onCreated: (waiver: WaiverInfo) => void;
}) {
  const { open, onClose, card, onCreated } = props;
  const api = useApi(soloTrekApiRef);
  const id = useUniqueId('solo-trek-waiver');
  const options = waivableChecks(card);
  const { attempted, busy, message, reset, submit } = useFormSubmit();

  const [creedId, setCreedId] = useState('');
  const [reason, setReason] = useState('');
  const [expiresAt, setExpiresAt] = useState(defaultExpiry);

  useEffect(() => {
    if (open) {
      setCreedId(options.length === 1 ? options[0].id : '');
      setReason('');
      setExpiresAt(defaultExpiry());
      reset();
    }
    // Reset only when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const today = DateTime.now().toISODate() ?? '';
  const creedMissing = creedId === '';
  const reasonMissing = reason.trim() === '';
  const expiryInvalid = !expiresAt || expiresAt <= today;

  const onSubmit = () =>
    submit(!creedMissing && !reasonMissing && !expiryInvalid, async () => {
      const waiver = await api.createWaiver(card.migrationId, card.entityRef, {
        creedId,
        reason: reason.trim(),
        expiresAt,
      });
      onCreated(waiver);
      onClose();
    });

  return (
    <FormDialog
      open={open}
      onClose={onClose}
      id={id}
      title="Add a waiver"
      description={
        <>
          A waiver lets a service miss a <em>should</em> item of the Creed for a
          limited time, with a written reason. Must items can't be waived.
        </>
      }
      error={message}
      busy={busy}
      submitLabel="Add waiver"
      busyLabel="Saving…"
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
        helperText="Only waivable items that fail or are unknown."
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
          reasonMissing &&
          'Say why the service may skip this item for now.'
        }
        helperText="Visible to everyone who opens the service."
        inputProps={{ maxLength: 2000 }}
      />
      <FormField
        required
        type="date"
        id={`${id}-expires`}
        label="Expires on"
        value={expiresAt}
        onChange={e => setExpiresAt(e.target.value)}
        InputLabelProps={{ shrink: true }}
        inputProps={{ min: today }}
        problem={attempted && expiryInvalid && 'Pick a date after today.'}
        helperText="The waiver stops counting at the end of this day (UTC)."
      />
    </FormDialog>
  );
}
