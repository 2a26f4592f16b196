import { Fragment, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AddIcon from '@material-ui/icons/Add';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  soloTrekWaveManagePermission,
  WaveInfo,
  WavePlanReport,
} from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { useSoloTrekApi } from '../../hooks';
import { formatNumber } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useNotify } from '../../lib/useNotify';
import { formatWaveDates } from '../../lib/waves';
import { ErrorState } from '../shared/ErrorState';
import { FormDialog } from '../shared/FormDialog';
import { WaveScheduleChip } from '../shared/WaveScheduleChip';
import { AddToWaveDialog } from './AddToWaveDialog';
import { WaveDialog } from './WaveDialog';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

type Dialog =
  | { kind: 'plan' }
  | { kind: 'edit'; wave: WaveInfo }
  | { kind: 'add'; wave: WaveInfo }
  | { kind: 'delete'; wave: WaveInfo };

/** The members of a wave and, under them, their dependency warnings. */
function Members(props: { wave: WaveInfo }) {
  const { wave } = props;
  const warnings = wave.members.flatMap(m => m.warnings);
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  return (
    <Box>
      {wave.members.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {t('wavePlanCard.noMembers')}
        </Typography>
      ) : (
        <Box display="flex" flexWrap="wrap" gridGap={4}>
          {wave.members.map(m => (
            <Chip
              key={m.entityRef}
              size="small"
              variant={m.done ? 'default' : 'outlined'}
              label={
                <>
                  <EntityRefLink entityRef={m.entityRef}>
                    {m.title ?? m.entityRef.split('/').pop()}
                  </EntityRefLink>{' '}
                  · {labels.stage(m.stage)}
                </>
              }
            />
          ))}
        </Box>
      )}
      {warnings.length > 0 && (
        <Alert
          severity="warning"
          style={{ marginTop: 8 }}
          aria-label={t('wavePlanCard.warningsOf', { wave: wave.title })}
        >
          <strong>
            {t('wavePlanCard.warnings', {
              count: warnings.length,
              n: formatNumber(warnings.length, 0),
            })}
          </strong>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {warnings.map(w => (
              <li key={`${w.entityRef}-${w.dependency}`}>{w.message}</li>
            ))}
          </ul>
        </Alert>
      )}
    </Box>
  );
}

/**
 * The Caravan's wave plan: each wave with its dates, status, where it
 * stands, its members and their dependency warnings. The platform team
 * plans, changes and deletes waves and places services in them here.
 */
export function WavePlanCard(props: {
  migrationId: string;
  /** Called after a change, so figures that depend on the plan reload. */
  onChange?: () => void;
}) {
  const { migrationId, onChange } = props;
  const api = useApi(soloTrekApiRef);
  const notify = useNotify();
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const state = useSoloTrekApi(a => a.getWavePlan(migrationId), [migrationId]);
  const { allowed: canPlan } = usePermission({
    permission: soloTrekWaveManagePermission,
  });
  const [dialog, setDialog] = useState<Dialog | undefined>();
  const remove = useAction();
  const plan: WavePlanReport | undefined = state.value;

  const changed = (message: string) => {
    notify(message);
    state.retry();
    onChange?.();
  };

  let body;
  if (state.error) {
    body = <ErrorState error={state.error} onRetry={state.retry} />;
  } else if (!plan) {
    body = <Progress />;
  } else {
    body = (
      <>
        <Typography variant="body2" paragraph>
          {t('wavePlanCard.wavesPlanned', {
            count: plan.waves.length,
            n: formatNumber(plan.waves.length, 0),
          })}{' '}
          {plan.unplaced
            ? t('wavePlanCard.unplaced', {
                count: plan.unplaced,
                n: formatNumber(plan.unplaced, 0),
              })
            : t('wavePlanCard.allPlaced')}
        </Typography>
        {plan.waves.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            {t('wavePlanCard.noWaves')}
          </Typography>
        ) : (
          <Table size="small" aria-label={t('wavePlanCard.table')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('wavePlanCard.order')}</TableCell>
                <TableCell>{t('wavePlanCard.wave')}</TableCell>
                <TableCell>{t('wavePlanCard.planned')}</TableCell>
                <TableCell>{t('wavePlanCard.status')}</TableCell>
                <TableCell>{t('wavePlanCard.schedule')}</TableCell>
                <TableCell align="right">{t('wavePlanCard.done')}</TableCell>
                {canPlan && <TableCell>{t('wavePlanCard.actions')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {plan.waves.map(wave => (
                <Fragment key={wave.id}>
                  <TableRow>
                    <TableCell>{wave.order}</TableCell>
                    <TableCell component="th" scope="row">
                      <strong>{wave.title}</strong>
                      <Typography variant="caption" display="block">
                        {wave.id}
                      </Typography>
                    </TableCell>
                    <TableCell>
                      {formatWaveDates(wave.plannedStart, wave.plannedEnd, t)}
                    </TableCell>
                    <TableCell>{labels.waveStatus(wave.status)}</TableCell>
                    <TableCell>
                      <WaveScheduleChip schedule={wave.schedule} />
                    </TableCell>
                    <TableCell align="right">
                      {wave.done}/{wave.total}
                    </TableCell>
                    {canPlan && (
                      <TableCell>
                        <Box display="flex" flexWrap="wrap" gridGap={4}>
                          <Button
                            size="small"
                            startIcon={<AddIcon aria-hidden />}
                            aria-label={t('wavePlanCard.addLabel', {
                              wave: wave.title,
                            })}
                            onClick={() => setDialog({ kind: 'add', wave })}
                          >
                            {t('wavePlanCard.add')}
                          </Button>
                          <Button
                            size="small"
                            aria-label={t('wavePlanCard.changeLabel', {
                              wave: wave.title,
                            })}
                            onClick={() => setDialog({ kind: 'edit', wave })}
                          >
                            {t('wavePlanCard.change')}
                          </Button>
                          <Button
                            size="small"
                            aria-label={t('wavePlanCard.deleteLabel', {
                              wave: wave.title,
                            })}
                            onClick={() => setDialog({ kind: 'delete', wave })}
                          >
                            {t('wavePlanCard.delete')}
                          </Button>
                        </Box>
                      </TableCell>
                    )}
                  </TableRow>
                  <TableRow>
                    <TableCell colSpan={canPlan ? 7 : 6}>
                      <Members wave={wave} />
                    </TableCell>
                  </TableRow>
                </Fragment>
              ))}
            </TableBody>
          </Table>
        )}
      </>
    );
  }

  return (
    <InfoCard
      title={t('wavePlanCard.title')}
      subheader={t('wavePlanCard.subheader')}
      action={
        canPlan ? (
          <Button
            variant="outlined"
            color="primary"
            size="small"
            startIcon={<AddIcon aria-hidden />}
            onClick={() => setDialog({ kind: 'plan' })}
            style={{ marginTop: 8, marginRight: 8 }}
          >
            {t('wavePlanCard.plan')}
          </Button>
        ) : undefined
      }
    >
      {body}
      {canPlan && plan && (
        <>
          <WaveDialog
            open={dialog?.kind === 'plan' || dialog?.kind === 'edit'}
            onClose={() => setDialog(undefined)}
            migrationId={migrationId}
            wave={dialog?.kind === 'edit' ? dialog.wave : undefined}
            nextOrder={Math.max(0, ...plan.waves.map(w => w.order)) + 1}
            onSaved={w =>
              changed(
                dialog?.kind === 'edit'
                  ? t('wavePlanCard.saved', { wave: w.title })
                  : t('wavePlanCard.plannedNotice', { wave: w.title }),
              )
            }
          />
          {dialog?.kind === 'add' && (
            <AddToWaveDialog
              open
              onClose={() => setDialog(undefined)}
              migrationId={migrationId}
              wave={dialog.wave}
              unplaced={plan.unplacedServices}
              onAdded={card =>
                changed(
                  t('wavePlanCard.added', {
                    service: card.title ?? card.entityRef,
                    wave: dialog.wave.title,
                  }),
                )
              }
            />
          )}
          {dialog?.kind === 'delete' && (
            <FormDialog
              open
              onClose={() => setDialog(undefined)}
              id="solo-trek-delete-wave"
              title={t('wavePlanCard.deleteTitle', { wave: dialog.wave.title })}
              description={t('wavePlanCard.deleteDescription', {
                count: dialog.wave.total,
                n: formatNumber(dialog.wave.total, 0),
              })}
              error={remove.message}
              busy={remove.busy}
              submitLabel={t('wavePlanCard.deleteSubmit')}
              busyLabel={t('wavePlanCard.deleting')}
              onSubmit={() =>
                remove.run(async () => {
                  await api.deleteWave(migrationId, dialog.wave.id);
                  setDialog(undefined);
                  changed(
                    t('wavePlanCard.deleted', { wave: dialog.wave.title }),
                  );
                })
              }
            >
              {null}
            </FormDialog>
          )}
        </>
      )}
    </InfoCard>
  );
}
