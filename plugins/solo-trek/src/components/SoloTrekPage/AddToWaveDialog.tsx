import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import {
  EntityMigrationCard,
  UnplacedService,
  WaveInfo,
} from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { STAGE_LABELS } from '../../lib/format';
import { useUniqueId } from '../../lib/useUniqueId';
import { FormDialog, SelectField, useFormSubmit } from '../shared/FormDialog';

/** Puts one of the Caravan services in no wave into a wave. */
export function AddToWaveDialog(props: {
  open: boolean;
  onClose: () => void;
  migrationId: string;
  wave: WaveInfo;
  unplaced: UnplacedService[];
  onAdded: (card: EntityMigrationCard) => void;
}) {
  const { open, onClose, migrationId, wave, unplaced, onAdded } = props;
  const api = useApi(soloTrekApiRef);
  const id = useUniqueId('solo-trek-add-to-wave');
  const [entityRef, setEntityRef] = useState('');
  const { dialog, submit } = useFormSubmit({
    open,
    onClose,
    onOpen: () => setEntityRef(''),
  });

  const onSubmit = () =>
    submit(entityRef !== '', async () => {
      onAdded(await api.setWave(migrationId, entityRef, wave.id));
    });

  return (
    <FormDialog
      {...dialog}
      onClose={onClose}
      id={id}
      title={`Add a service to ${wave.title}`}
      description={
        unplaced.length
          ? 'Caravan services not done and in no wave. Solo Trek services move on their own.'
          : 'Every Caravan service is in a wave or done.'
      }
      submitLabel="Add to wave"
      busyLabel="Adding…"
      submitDisabled={unplaced.length === 0}
      onSubmit={onSubmit}
    >
      <SelectField
        required
        id={`${id}-service`}
        label="Service"
        value={entityRef}
        onChange={e => setEntityRef(e.target.value)}
        problem={entityRef === '' && 'Choose the service to add.'}
        options={unplaced.map(s => ({
          value: s.entityRef,
          label: `${s.title ?? s.entityRef.split('/').pop()} (${
            STAGE_LABELS[s.stage]
          })`,
        }))}
      />
    </FormDialog>
  );
}
