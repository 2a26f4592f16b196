import { useState } from 'react';
import { DateTime } from 'luxon';
import { CheckInfo } from '@internal/plugin-solo-trek-common';
import { useUniqueId } from '../../lib/useUniqueId';
import {
  DateField,
  FormDialog,
  SelectField,
  TextAreaField,
  useFormSubmit,
} from './FormDialog';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

/** What a waiver form asks for: the item, why, and the last day it counts. */
export type WaiverForm = { creedId: string; reason: string; expiresAt: string };

function defaultExpiry(): string {
  // A quarter: long enough to fix most items, short enough to be looked at again.
  return DateTime.now().plus({ days: 90 }).toISODate() ?? '';
}

/**
 * The form behind both adding a waiver (platform team) and requesting one
 * (owner): a Creed item among `options`, a reason and an expiry after today.
 * The words differ; the fields and their checks are the same.
 */
export function WaiverFormDialog(props: {
  open: boolean;
  onClose: () => void;
  /** Prefix of the element ids. */
  idPrefix: string;
  options: CheckInfo[];
  /** Pre-selects this item; else the only option, if there is one. */
  creedId?: string;
  /** A reason shorter than this is refused: 1 allows any non-blank one. */
  minReason: number;
  /** The message group of the dialog's words: adding or requesting. */
  messages: 'addWaiverDialog' | 'requestWaiverDialog';
  /** Sends the form; the dialog closes once it resolves. */
  send: (form: WaiverForm) => Promise<void>;
}) {
  const { open, onClose, options, messages } = props;
  const id = useUniqueId(props.idPrefix);
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const [creedId, setCreedId] = useState('');
  const [reason, setReason] = useState('');
  const [expiresAt, setExpiresAt] = useState(defaultExpiry);
  const { dialog, submit } = useFormSubmit({
    open,
    onClose,
    onOpen: () => {
      setCreedId(props.creedId ?? (options.length === 1 ? options[0].id : ''));
      setReason('');
      setExpiresAt(defaultExpiry());
    },
  });

  const today = DateTime.now().toISODate() ?? '';
  const creedMissing = creedId === '';
  const reasonShort = reason.trim().length < props.minReason;
  const expiryInvalid = !expiresAt || expiresAt <= today;

  const onSubmit = () =>
    submit(!creedMissing && !reasonShort && !expiryInvalid, async () => {
      await props.send({ creedId, reason: reason.trim(), expiresAt });
    });

  return (
    <FormDialog
      {...dialog}
      id={id}
      title={t(`${messages}.title`)}
      description={t(`${messages}.description`, {
        should: <em>{t(`${messages}.should`)}</em>,
      })}
      submitLabel={t(`${messages}.submit`)}
      busyLabel={t(`${messages}.busy`)}
      onSubmit={onSubmit}
    >
      <SelectField
        required
        id={`${id}-creed`}
        label={t('waiverForm.creedItem')}
        value={creedId}
        onChange={e => setCreedId(e.target.value)}
        problem={creedMissing && t('waiverForm.creedProblem')}
        helperText={t(`${messages}.creedHelp`)}
        options={options.map(check => ({
          value: check.id,
          label: `${check.title} (${labels.checkStatus(check.status)})`,
        }))}
      />
      <TextAreaField
        required
        id={`${id}-reason`}
        label={t('waiverForm.reason')}
        value={reason}
        onChange={e => setReason(e.target.value)}
        problem={reasonShort && t(`${messages}.reasonProblem`)}
        helperText={t(`${messages}.reasonHelp`)}
      />
      <DateField
        required
        id={`${id}-expires`}
        label={t(`${messages}.expiryLabel`)}
        value={expiresAt}
        onChange={e => setExpiresAt(e.target.value)}
        min={today}
        problem={expiryInvalid && t('waiverForm.expiryProblem')}
        helperText={t(`${messages}.expiryHelp`)}
      />
    </FormDialog>
  );
}
