import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { WaveInfo, WaveStatus } from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { useUniqueId } from '../../lib/useUniqueId';
import {
  DateField,
  FormDialog,
  FormField,
  SelectField,
  useFormSubmit,
} from '../shared/FormDialog';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

const STATUSES: WaveStatus[] = ['planned', 'active', 'done', 'rolled-back'];
const ID = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** A wave id from its title: "Wave 3 (payments)" → "wave-3-payments". */
function idFrom(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
}

/** Plans a wave, or changes one: title, order, planned dates and status. */
export function WaveDialog(props: {
  open: boolean;
  onClose: () => void;
  migrationId: string;
  /** The wave to change; a new one when left out. */
  wave?: WaveInfo;
  /** The order a new wave gets unless changed: after the last. */
  nextOrder: number;
  onSaved: (wave: WaveInfo) => void;
}) {
  const { open, onClose, migrationId, wave, nextOrder, onSaved } = props;
  const api = useApi(soloTrekApiRef);
  const id = useUniqueId('solo-trek-wave-plan');
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const [title, setTitle] = useState('');
  const [waveId, setWaveId] = useState('');
  const [idEdited, setIdEdited] = useState(false);
  const [order, setOrder] = useState('');
  const [plannedStart, setPlannedStart] = useState('');
  const [plannedEnd, setPlannedEnd] = useState('');
  const [status, setStatus] = useState<WaveStatus>('planned');

  const { dialog, submit } = useFormSubmit({
    open,
    onClose,
    onOpen: () => {
      setTitle(wave?.title ?? '');
      setWaveId(wave?.id ?? '');
      setIdEdited(false);
      setOrder(String(wave?.order ?? nextOrder));
      setPlannedStart(wave?.plannedStart ?? '');
      setPlannedEnd(wave?.plannedEnd ?? '');
      setStatus(wave?.status ?? 'planned');
    },
  });

  const titleMissing = title.trim() === '';
  const idInvalid = !wave && !ID.test(waveId);
  const orderInvalid = !/^\d{1,5}$/.test(order);
  const startMissing = plannedStart === '';
  const endInvalid = plannedEnd === '' || plannedEnd < plannedStart;

  const onSubmit = () =>
    submit(
      !titleMissing &&
        !idInvalid &&
        !orderInvalid &&
        !startMissing &&
        !endInvalid,
      async () => {
        const request = {
          title: title.trim(),
          order: Number(order),
          plannedStart,
          plannedEnd,
          status,
        };
        const saved = wave
          ? await api.updateWave(migrationId, wave.id, request)
          : await api.createWave(migrationId, { id: waveId, ...request });
        onSaved(saved);
      },
    );

  return (
    <FormDialog
      {...dialog}
      id={id}
      title={
        wave
          ? t('waveDialog.changeTitle', { wave: wave.title })
          : t('waveDialog.planTitle')
      }
      description={t('waveDialog.description')}
      submitLabel={wave ? t('waveDialog.save') : t('waveDialog.plan')}
      busyLabel={t('formDialog.saving')}
      onSubmit={onSubmit}
    >
      <FormField
        required
        // Not `${id}-title`: the dialog's heading has that id.
        id={`${id}-name`}
        label={t('waveDialog.title')}
        value={title}
        onChange={e => {
          setTitle(e.target.value);
          if (!wave && !idEdited) setWaveId(idFrom(e.target.value));
        }}
        problem={titleMissing && t('waveDialog.titleProblem')}
        inputProps={{ maxLength: 200 }}
      />
      {!wave && (
        <FormField
          required
          id={`${id}-id`}
          label={t('waveDialog.id')}
          value={waveId}
          onChange={e => {
            setWaveId(e.target.value);
            setIdEdited(true);
          }}
          problem={idInvalid && t('waveDialog.idProblem')}
          helperText={t('waveDialog.idHelp')}
          inputProps={{ maxLength: 63 }}
        />
      )}
      <FormField
        required
        type="number"
        id={`${id}-order`}
        label={t('waveDialog.order')}
        value={order}
        onChange={e => setOrder(e.target.value)}
        problem={orderInvalid && t('waveDialog.orderProblem')}
        helperText={t('waveDialog.orderHelp')}
        inputProps={{ min: 0, max: 10000 }}
      />
      <DateField
        required
        id={`${id}-start`}
        label={t('waveDialog.start')}
        value={plannedStart}
        onChange={e => setPlannedStart(e.target.value)}
        problem={startMissing && t('waveDialog.startProblem')}
      />
      <DateField
        required
        id={`${id}-end`}
        label={t('waveDialog.end')}
        value={plannedEnd}
        onChange={e => setPlannedEnd(e.target.value)}
        min={plannedStart || undefined}
        problem={endInvalid && t('waveDialog.endProblem')}
      />
      <SelectField
        id={`${id}-status`}
        label={t('waveDialog.status')}
        value={status}
        onChange={e => setStatus(e.target.value as WaveStatus)}
        options={STATUSES.map(s => ({
          value: s,
          label: labels.waveStatus(s),
        }))}
      />
    </FormDialog>
  );
}
