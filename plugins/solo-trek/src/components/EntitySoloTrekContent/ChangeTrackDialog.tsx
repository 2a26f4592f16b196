import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { EntityMigrationCard, Track } from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { useUniqueId } from '../../lib/useUniqueId';
import {
  FormDialog,
  SelectField,
  TextAreaField,
  useFormSubmit,
} from '../shared/FormDialog';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

const TRACKS: Track[] = ['caravan', 'solo-trek'];

/** The platform team's decision about a service's track, with why. */
export function ChangeTrackDialog(props: {
  open: boolean;
  onClose: () => void;
  card: EntityMigrationCard;
  onChanged: (card: EntityMigrationCard) => void;
}) {
  const { open, onClose, card, onChanged } = props;
  const api = useApi(soloTrekApiRef);
  const id = useUniqueId('solo-trek-track');
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  // A drift suggests the quadrant's track; otherwise the other one.
  const suggested =
    card.trackDrift?.computedTrack ??
    (card.track === 'caravan' ? 'solo-trek' : 'caravan');
  const [track, setTrack] = useState<Track>(suggested);
  const [note, setNote] = useState('');
  const { dialog, submit } = useFormSubmit({
    open,
    onClose,
    onOpen: () => {
      setTrack(suggested);
      setNote('');
    },
  });

  const noteTooShort = note.trim().length < 3;
  const onSubmit = () =>
    submit(!noteTooShort, async () => {
      onChanged(
        await api.setTrack(card.migrationId, card.entityRef, {
          track,
          note: note.trim(),
        }),
      );
    });

  return (
    <FormDialog
      {...dialog}
      id={id}
      title={t('changeTrackDialog.title')}
      description={t('changeTrackDialog.description')}
      submitLabel={
        track === card.track
          ? t('changeTrackDialog.keep')
          : t('changeTrackDialog.change')
      }
      busyLabel={t('formDialog.saving')}
      onSubmit={onSubmit}
    >
      <SelectField
        required
        id={`${id}-track`}
        label={t('changeTrackDialog.track')}
        value={track}
        onChange={e => setTrack(e.target.value as Track)}
        helperText={labels.trackDescription(track)}
        current={card.track}
        options={TRACKS.map(k => ({ value: k, label: labels.track(k) }))}
      />
      <TextAreaField
        required
        id={`${id}-note`}
        label={t('changeTrackDialog.why')}
        value={note}
        onChange={e => setNote(e.target.value)}
        problem={noteTooShort && t('changeTrackDialog.whyProblem')}
        helperText={t('changeTrackDialog.whyHelp')}
      />
    </FormDialog>
  );
}
