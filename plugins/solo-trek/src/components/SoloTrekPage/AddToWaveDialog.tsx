import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import {
  EntityMigrationCard,
  UnplacedService,
  WaveInfo,
} from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { useUniqueId } from '../../lib/useUniqueId';
import { FormDialog, SelectField, useFormSubmit } from '../shared/FormDialog';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

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
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
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
      id={id}
      title={t('addToWaveDialog.title', { wave: wave.title })}
      description={
        unplaced.length
          ? t('addToWaveDialog.description')
          : t('addToWaveDialog.none')
      }
      submitLabel={t('addToWaveDialog.submit')}
      busyLabel={t('addToWaveDialog.busy')}
      submitDisabled={unplaced.length === 0}
      onSubmit={onSubmit}
    >
      <SelectField
        required
        id={`${id}-service`}
        label={t('addToWaveDialog.service')}
        value={entityRef}
        onChange={e => setEntityRef(e.target.value)}
        problem={entityRef === '' && t('addToWaveDialog.serviceProblem')}
        options={unplaced.map(s => ({
          value: s.entityRef,
          label: `${s.title ?? s.entityRef.split('/').pop()} (${labels.stage(
            s.stage,
          )})`,
        }))}
      />
    </FormDialog>
  );
}
