import { FormEvent, useEffect, useRef, useState } from 'react';
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
import { useApi } from '@backstage/core-plugin-api';
import { useNotify } from '../../lib/useNotify';
import {
  EntityMigrationCard,
  isBackwardMove,
  MIGRATION_STAGES,
  MigrationStage,
  stageRank,
} from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { STAGE_DESCRIPTIONS, STAGE_LABELS } from '../../lib/format';
import { errorMessage } from '../../lib/errors';
import { useUniqueId } from '../../lib/useUniqueId';

const useStyles = makeStyles(theme => ({
  field: { marginTop: theme.spacing(2) },
  progress: { marginRight: theme.spacing(1) },
}));

/** Stages a live service can't go below: the catalog shows it on the new platform. */
function belowLive(card: EntityMigrationCard, stage: MigrationStage): boolean {
  return card.live && stageRank(stage) < stageRank('migrated');
}

export function UpdateStageDialog(props: {
  open: boolean;
  onClose: () => void;
  card: EntityMigrationCard;
  migrationTitle: string;
  targetPlatform: string;
  onUpdated: (card: EntityMigrationCard) => void;
}) {
  const { open, onClose, card, migrationTitle, targetPlatform, onUpdated } =
    props;
  const classes = useStyles();
  const api = useApi(soloTrekApiRef);
  const notify = useNotify();
  const id = useUniqueId('solo-trek-stage');
  const noteRef = useRef<HTMLInputElement>(null);

  const [stage, setStage] = useState<MigrationStage>(card.stage);
  const [note, setNote] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [serverError, setServerError] = useState<string | undefined>();

  useEffect(() => {
    if (open) {
      setStage(card.stage);
      setNote('');
      setAttempted(false);
      setServerError(undefined);
    }
  }, [open, card.stage]);

  const backward = isBackwardMove(card.stage, stage);
  const noteMissing = backward && note.trim() === '';
  const liveConflict = belowLive(card, stage);
  const unchanged = stage === card.stage;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setServerError(undefined);
    if (noteMissing) {
      noteRef.current?.focus();
      return;
    }
    if (unchanged || liveConflict) {
      return;
    }
    setSubmitting(true);
    try {
      const updated = await api.updateStage(card.migrationId, card.entityRef, {
        stage,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      onUpdated(updated);
      notify(`Stage updated to ${STAGE_LABELS[updated.stage]}`, 'success');
      onClose();
    } catch (error) {
      setServerError(errorMessage(error));
    } finally {
      setSubmitting(false);
    }
  };

  const noteError = attempted && noteMissing;
  return (
    <Dialog
      open={open}
      onClose={submitting ? undefined : onClose}
      aria-labelledby={`${id}-title`}
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id={`${id}-title`}>Update stage</DialogTitle>
        <DialogContent>
          <DialogContentText>
            {migrationTitle}: the current stage is{' '}
            <strong>{STAGE_LABELS[card.stage]}</strong>.
          </DialogContentText>
          {serverError && (
            <Alert severity="error" role="alert">
              {serverError}
            </Alert>
          )}
          <TextField
            select
            fullWidth
            variant="outlined"
            id={`${id}-stage`}
            label="New stage"
            value={stage}
            className={classes.field}
            onChange={e => setStage(e.target.value as MigrationStage)}
            helperText={STAGE_DESCRIPTIONS[stage]}
          >
            {MIGRATION_STAGES.map(s => (
              <MenuItem key={s} value={s} disabled={belowLive(card, s)}>
                {STAGE_LABELS[s]}
                {s === card.stage ? ' (current)' : ''}
              </MenuItem>
            ))}
          </TextField>
          {liveConflict && (
            <Alert severity="warning" className={classes.field}>
              The catalog shows this service live on {targetPlatform}, so its
              stage can't go below Migrated.
            </Alert>
          )}
          <TextField
            fullWidth
            multiline
            minRows={3}
            variant="outlined"
            id={`${id}-note`}
            inputRef={noteRef}
            label={backward ? 'Note (required when moving back)' : 'Note'}
            required={backward}
            value={note}
            className={classes.field}
            onChange={e => setNote(e.target.value)}
            error={noteError}
            helperText={
              noteError
                ? 'Moving back needs a note, so the history explains itself.'
                : 'Shown in the stage history.'
            }
            inputProps={{ maxLength: 2000 }}
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
            disabled={submitting || unchanged || liveConflict}
          >
            {submitting && (
              <CircularProgress
                size={16}
                className={classes.progress}
                aria-hidden
              />
            )}
            {submitting ? 'Saving…' : 'Save stage'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
