import { FormEvent, useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useNotify } from '../../lib/useNotify';
import { usePermission } from '@backstage/plugin-permission-react';
import { soloTrekWaveManagePermission } from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { EntityCardProps } from '../../hooks';
import { useAction } from '../../lib/useAction';
import { useUniqueId } from '../../lib/useUniqueId';

/** The caravan wave of a service; the platform team places services in waves. */
export function WaveCard(props: EntityCardProps) {
  const { card, onCardChange } = props;
  const api = useApi(soloTrekApiRef);
  const notify = useNotify();
  const { allowed: canManage } = usePermission({
    permission: soloTrekWaveManagePermission,
  });
  const id = useUniqueId('solo-trek-wave');
  const [wave, setWave] = useState(card.wave ?? '');
  const { busy, message, run } = useAction();
  useEffect(() => setWave(card.wave ?? ''), [card.wave]);

  const save = (next: string | null) =>
    run(async () => {
      const updated = await api.setWave(card.migrationId, card.entityRef, next);
      onCardChange(updated);
      notify(
        updated.wave
          ? `Moved to wave ${updated.wave}`
          : 'Removed from its wave',
        'success',
      );
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = wave.trim();
    save(trimmed === '' ? null : trimmed);
  };

  return (
    <InfoCard title="Caravan wave">
      <Typography variant="body2" paragraph>
        {card.wave
          ? `This service moves in wave ${card.wave}.`
          : 'This service is not in a wave yet.'}{' '}
        Caravan services move together in centrally planned waves, with the
        platform team alongside.
      </Typography>
      {message && (
        <Alert severity="error" role="alert">
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
          mt={1}
        >
          <TextField
            size="small"
            variant="outlined"
            id={id}
            label="Wave"
            value={wave}
            onChange={e => setWave(e.target.value)}
            inputProps={{ maxLength: 63 }}
          />
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={busy || wave.trim() === (card.wave ?? '')}
          >
            Save wave
          </Button>
          {card.wave && (
            <Button disabled={busy} onClick={() => save(null)}>
              Remove from wave
            </Button>
          )}
        </Box>
      )}
    </InfoCard>
  );
}
