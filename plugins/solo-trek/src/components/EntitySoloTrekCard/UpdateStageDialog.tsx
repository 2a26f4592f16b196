import { useRef, useState } from 'react';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import { useNotify } from '../../lib/useNotify';
import {
  EntityMigrationCard,
  isBackwardMove,
  LIVE_STAGES,
  MIGRATION_STAGES,
  MigrationStage,
  stageRank,
} from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { STAGE_DESCRIPTIONS, STAGE_LABELS } from '../../lib/format';
import { useUniqueId } from '../../lib/useUniqueId';
import { safeHttpUrl } from '../../lib/safeLink';
import {
  FormDialog,
  FormField,
  SelectField,
  TextAreaField,
  useFormDialogStyles,
  useFormSubmit,
} from '../shared/FormDialog';

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
  const classes = useFormDialogStyles();
  const api = useApi(soloTrekApiRef);
  const notify = useNotify();
  const id = useUniqueId('solo-trek-stage');
  const noteRef = useRef<HTMLInputElement>(null);
  const [stage, setStage] = useState<MigrationStage>(card.stage);
  const [note, setNote] = useState('');
  const [postMortem, setPostMortem] = useState('');
  const { dialog, submit } = useFormSubmit({
    open,
    onClose,
    key: card.stage,
    onOpen: () => {
      setStage(card.stage);
      setNote('');
      setPostMortem('');
    },
  });

  const backward = isBackwardMove(card.stage, stage);
  // Leaving the new platform: recorded as a rollback, to learn from.
  const rollback =
    LIVE_STAGES.includes(card.stage) &&
    stageRank(stage) < stageRank('migrated');
  const noteMissing = backward && note.trim() === '';
  const postMortemInvalid =
    rollback && postMortem.trim() !== '' && !safeHttpUrl(postMortem);
  const liveConflict = belowLive(card, stage);
  const unchanged = stage === card.stage;

  const onSubmit = () => {
    if (noteMissing) {
      noteRef.current?.focus();
    }
    const ready = !noteMissing && !postMortemInvalid;
    submit(ready && !unchanged && !liveConflict, async () => {
      const updated = await api.updateStage(card.migrationId, card.entityRef, {
        stage,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(rollback && postMortem.trim()
          ? { postMortemUrl: postMortem.trim() }
          : {}),
      });
      onUpdated(updated);
      notify(`Stage updated to ${STAGE_LABELS[updated.stage]}`, 'success');
    });
  };

  return (
    <FormDialog
      {...dialog}
      onClose={onClose}
      id={id}
      title="Update stage"
      description={
        <>
          {migrationTitle}: the current stage is{' '}
          <strong>{STAGE_LABELS[card.stage]}</strong>.
        </>
      }
      submitLabel="Save stage"
      busyLabel="Saving…"
      submitDisabled={unchanged || liveConflict}
      onSubmit={onSubmit}
    >
      <SelectField
        id={`${id}-stage`}
        label="New stage"
        value={stage}
        onChange={e => setStage(e.target.value as MigrationStage)}
        helperText={STAGE_DESCRIPTIONS[stage]}
        current={card.stage}
        options={MIGRATION_STAGES.map(s => ({
          value: s,
          label: STAGE_LABELS[s],
          disabled: belowLive(card, s),
        }))}
      />
      {liveConflict && (
        <Alert severity="warning" className={classes.field}>
          The catalog shows this service live on {targetPlatform}, so its stage
          can't go below Migrated.
        </Alert>
      )}
      {rollback && (
        <Alert severity="info" className={classes.field}>
          This is a rollback: the service leaves {targetPlatform}. It is
          recorded with who moved it back, why, and the go-live date it undoes,
          so the team can learn from it.
        </Alert>
      )}
      <TextAreaField
        id={`${id}-note`}
        inputRef={noteRef}
        label={
          // eslint-disable-next-line no-nested-ternary
          rollback
            ? 'Why did it roll back? (required)'
            : backward
            ? 'Note (required when moving back)'
            : 'Note'
        }
        required={backward}
        value={note}
        onChange={e => setNote(e.target.value)}
        problem={
          noteMissing &&
          'Moving back needs a note, so the history explains itself.'
        }
        helperText="Shown in the stage history."
      />
      {rollback && (
        <FormField
          id={`${id}-post-mortem`}
          label="Post-mortem link (optional)"
          value={postMortem}
          onChange={e => setPostMortem(e.target.value)}
          problem={
            postMortemInvalid &&
            'Give an http or https link, or leave it empty.'
          }
          helperText="A blameless post-mortem, for everyone to learn from."
          inputProps={{ maxLength: 2000 }}
        />
      )}
    </FormDialog>
  );
}
