import { FormEvent, useEffect, useState } from 'react';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { DateTime } from 'luxon';
import { useApi } from '@backstage/core-plugin-api';
import {
  CheckInfo,
  EntityMigrationCard,
  WaiverInfo,
} from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { CHECK_STATUS_LABELS } from '../../lib/format';
import { errorMessage } from '../../lib/errors';
import { useUniqueId } from '../../lib/useUniqueId';

const useStyles = makeStyles(theme => ({
  field: { marginTop: theme.spacing(2) },
  progress: { marginRight: theme.spacing(1) },
}));

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
  const classes = useStyles();
  const api = useApi(soloTrekApiRef);
  const id = useUniqueId('solo-trek-waiver');
  const options = waivableChecks(card);

  const [creedId, setCreedId] = useState('');
  const [reason, setReason] = useState('');
  const [expiresAt, setExpiresAt] = useState(defaultExpiry);
  const [attempted, setAttempted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [serverError, setServerError] = useState<string | undefined>();

  useEffect(() => {
    if (open) {
      setCreedId(options.length === 1 ? options[0].id : '');
      setReason('');
      setExpiresAt(defaultExpiry());
      setAttempted(false);
      setServerError(undefined);
    }
    // Reset only when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const today = DateTime.now().toISODate() ?? '';
  const creedMissing = creedId === '';
  const reasonMissing = reason.trim() === '';
  const expiryInvalid = !expiresAt || expiresAt <= today;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setServerError(undefined);
    if (creedMissing || reasonMissing || expiryInvalid) {
      return;
    }
    setSubmitting(true);
    try {
      const waiver = await api.createWaiver(card.migrationId, card.entityRef, {
        creedId,
        reason: reason.trim(),
        expiresAt,
      });
      onCreated(waiver);
      onClose();
    } catch (error) {
      setServerError(errorMessage(error));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={submitting ? undefined : onClose}
      aria-labelledby={`${id}-title`}
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id={`${id}-title`}>Add a waiver</DialogTitle>
        <DialogContent>
          <DialogContentText>
            A waiver lets a service miss a <em>should</em> item of the Creed for
            a limited time, with a written reason. Must items can't be waived.
          </DialogContentText>
          {serverError && (
            <Alert severity="error" role="alert">
              {serverError}
            </Alert>
          )}
          <TextField
            select
            fullWidth
            required
            variant="outlined"
            id={`${id}-creed`}
            label="Creed item"
            value={creedId}
            className={classes.field}
            onChange={e => setCreedId(e.target.value)}
            error={attempted && creedMissing}
            helperText={
              attempted && creedMissing
                ? 'Choose the item to waive.'
                : 'Only waivable items that fail or are unknown.'
            }
          >
            {options.map(check => (
              <MenuItem key={check.id} value={check.id}>
                {check.title} ({CHECK_STATUS_LABELS[check.status]})
              </MenuItem>
            ))}
          </TextField>
          <TextField
            fullWidth
            required
            multiline
            minRows={3}
            variant="outlined"
            id={`${id}-reason`}
            label="Reason"
            value={reason}
            className={classes.field}
            onChange={e => setReason(e.target.value)}
            error={attempted && reasonMissing}
            helperText={
              attempted && reasonMissing
                ? 'Say why the service may skip this item for now.'
                : 'Visible to everyone who opens the service.'
            }
            inputProps={{ maxLength: 2000 }}
          />
          <TextField
            fullWidth
            required
            type="date"
            variant="outlined"
            id={`${id}-expires`}
            label="Expires on"
            value={expiresAt}
            className={classes.field}
            onChange={e => setExpiresAt(e.target.value)}
            InputLabelProps={{ shrink: true }}
            inputProps={{ min: today }}
            error={attempted && expiryInvalid}
            helperText={
              attempted && expiryInvalid
                ? 'Pick a date after today.'
                : 'The waiver stops counting at the end of this day (UTC).'
            }
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={submitting}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={submitting}
          >
            {submitting && (
              <CircularProgress
                size={16}
                className={classes.progress}
                aria-hidden
              />
            )}
            {submitting ? 'Saving…' : 'Add waiver'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
