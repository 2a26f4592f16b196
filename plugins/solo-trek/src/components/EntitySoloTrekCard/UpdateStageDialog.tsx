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
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

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
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
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
      notify(
        t('updateStageDialog.updated', {
          stage: labels.stage(updated.stage),
        }),
        'success',
      );
    });
  };

  return (
    <FormDialog
      {...dialog}
      id={id}
      title={t('updateStageDialog.title')}
      description={t('updateStageDialog.description', {
        migration: migrationTitle,
        stage: <strong>{labels.stage(card.stage)}</strong>,
      })}
      submitLabel={t('updateStageDialog.submit')}
      busyLabel={t('formDialog.saving')}
      submitDisabled={unchanged || liveConflict}
      onSubmit={onSubmit}
    >
      <SelectField
        id={`${id}-stage`}
        label={t('updateStageDialog.newStage')}
        value={stage}
        onChange={e => setStage(e.target.value as MigrationStage)}
        helperText={labels.stageDescription(stage)}
        current={card.stage}
        options={MIGRATION_STAGES.map(s => ({
          value: s,
          label: labels.stage(s),
          disabled: belowLive(card, s),
        }))}
      />
      {liveConflict && (
        <Alert severity="warning" className={classes.field}>
          {t('updateStageDialog.liveConflict', { platform: targetPlatform })}
        </Alert>
      )}
      {rollback && (
        <Alert severity="info" className={classes.field}>
          {t('updateStageDialog.rollback', { platform: targetPlatform })}
        </Alert>
      )}
      <TextAreaField
        id={`${id}-note`}
        inputRef={noteRef}
        label={
          // eslint-disable-next-line no-nested-ternary
          rollback
            ? t('updateStageDialog.noteRollback')
            : backward
            ? t('updateStageDialog.noteBackward')
            : t('updateStageDialog.note')
        }
        required={backward}
        value={note}
        onChange={e => setNote(e.target.value)}
        problem={noteMissing && t('updateStageDialog.noteProblem')}
        helperText={t('updateStageDialog.noteHelp')}
      />
      {rollback && (
        <FormField
          id={`${id}-post-mortem`}
          label={t('updateStageDialog.postMortem')}
          value={postMortem}
          onChange={e => setPostMortem(e.target.value)}
          problem={
            postMortemInvalid && t('updateStageDialog.postMortemProblem')
          }
          helperText={t('updateStageDialog.postMortemHelp')}
          inputProps={{ maxLength: 2000 }}
        />
      )}
    </FormDialog>
  );
}
