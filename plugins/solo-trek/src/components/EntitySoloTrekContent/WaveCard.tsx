import { FormEvent, useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { soloTrekWaveManagePermission } from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { EntityCardProps, useSoloTrekApi } from '../../hooks';
import { useAction } from '../../lib/useAction';
import { useNotify } from '../../lib/useNotify';
import { useUniqueId } from '../../lib/useUniqueId';
import { formatWaveDates, WAVE_STATUS_LABELS } from '../../lib/waves';
import { WaveScheduleChip } from '../shared/WaveScheduleChip';

/**
 * The caravan wave of a service: its dates, where it stands and this
 * service's dependency warnings; the platform team moves it between the
 * waves of the plan.
 */
export function WaveCard(props: EntityCardProps) {
  const { card, onCardChange } = props;
  const api = useApi(soloTrekApiRef);
  const notify = useNotify();
  const { allowed: canManage } = usePermission({
    permission: soloTrekWaveManagePermission,
  });
  const plan = useSoloTrekApi(
    async a => (canManage ? a.getWavePlan(card.migrationId) : undefined),
    [card.migrationId, canManage],
  );
  const id = useUniqueId('solo-trek-wave');
  const [wave, setWave] = useState(card.wave ?? '');
  const { busy, message, run } = useAction();
  useEffect(() => setWave(card.wave ?? ''), [card.wave]);
  const detail = card.waveDetail;

  const save = (next: string | null) =>
    run(async () => {
      const updated = await api.setWave(card.migrationId, card.entityRef, next);
      onCardChange(updated);
      notify(
        updated.waveDetail
          ? `Moved to ${updated.waveDetail.title}`
          : 'Removed from its wave',
        'success',
      );
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(wave === '' ? null : wave);
  };

  return (
    <InfoCard title="Caravan wave">
      {detail ? (
        <>
          <Typography variant="body2" paragraph>
            This service moves in <strong>{detail.title}</strong> (
            {formatWaveDates(detail.plannedStart, detail.plannedEnd)},{' '}
            {WAVE_STATUS_LABELS[detail.status].toLocaleLowerCase()}):{' '}
            {detail.done} of {detail.total} services done.
          </Typography>
          <WaveScheduleChip schedule={detail.schedule} />
          {detail.warnings.length > 0 && (
            <Alert severity="warning" style={{ marginTop: 8 }}>
              {detail.warnings.map(w => (
                <div key={w.dependency}>{w.message}.</div>
              ))}
            </Alert>
          )}
        </>
      ) : (
        <Typography variant="body2" paragraph>
          {card.wave
            ? `solo-trek.io/wave names ${card.wave}, which is not in the wave plan.`
            : 'This service is not in a wave yet.'}{' '}
          Caravan services move together in centrally planned waves, with the
          platform team alongside.
        </Typography>
      )}
      {message && (
        <Alert severity="error" role="alert" style={{ marginTop: 8 }}>
          {message}
        </Alert>
      )}
      {canManage && (
        <Box
          component="form"
          onSubmit={submit}
          display="flex"
          alignItems="flex-start"
          flexWrap="wrap"
          gridGap={8}
          mt={2}
        >
          <TextField
            select
            size="small"
            variant="outlined"
            id={id}
            label="Wave"
            value={wave}
            onChange={e => setWave(e.target.value)}
            style={{ minWidth: 200 }}
          >
            <MenuItem value="">No wave</MenuItem>
            {(plan.value?.waves ?? []).map(w => (
              <MenuItem key={w.id} value={w.id}>
                {w.title} ({formatWaveDates(w.plannedStart, w.plannedEnd)})
              </MenuItem>
            ))}
            {card.wave && !plan.value?.waves.some(w => w.id === card.wave) && (
              <MenuItem value={card.wave} disabled>
                {card.wave} (not in the plan)
              </MenuItem>
            )}
          </TextField>
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={busy || wave === (card.wave ?? '')}
          >
            Save wave
          </Button>
        </Box>
      )}
    </InfoCard>
  );
}
