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
import { formatWaveDates } from '../../lib/waves';
import { WaveScheduleChip } from '../shared/WaveScheduleChip';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

/**
 * The caravan wave of a service: its dates, where it stands and this
 * service's dependency warnings; the platform team moves it between the
 * waves of the plan.
 */
export function WaveCard(props: EntityCardProps) {
  const { card, onCardChange } = props;
  const api = useApi(soloTrekApiRef);
  const notify = useNotify();
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
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
          ? t('waveCard.moved', { wave: updated.waveDetail.title })
          : t('waveCard.removed'),
        'success',
      );
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(wave === '' ? null : wave);
  };

  return (
    <InfoCard title={t('waveCard.title')}>
      {detail ? (
        <>
          <Typography variant="body2" paragraph>
            {t('waveCard.movesIn', {
              wave: <strong>{detail.title}</strong>,
              dates: formatWaveDates(detail.plannedStart, detail.plannedEnd, t),
              status: labels.waveStatus(detail.status).toLocaleLowerCase(),
              done: String(detail.done),
              total: String(detail.total),
            })}
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
            ? t('waveCard.unknownWave', { wave: card.wave })
            : t('waveCard.noWave')}{' '}
          {t('waveCard.caravanExplained')}
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
            label={t('waveCard.wave')}
            value={wave}
            onChange={e => setWave(e.target.value)}
            style={{ minWidth: 200 }}
          >
            <MenuItem value="">{t('waveCard.none')}</MenuItem>
            {(plan.value?.waves ?? []).map(w => (
              <MenuItem key={w.id} value={w.id}>
                {w.title} ({formatWaveDates(w.plannedStart, w.plannedEnd, t)})
              </MenuItem>
            ))}
            {card.wave && !plan.value?.waves.some(w => w.id === card.wave) && (
              <MenuItem value={card.wave} disabled>
                {t('waveCard.notInPlan', { wave: card.wave })}
              </MenuItem>
            )}
          </TextField>
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={busy || wave === (card.wave ?? '')}
          >
            {t('waveCard.save')}
          </Button>
        </Box>
      )}
    </InfoCard>
  );
}
