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
import { plural, STAGE_LABELS } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useNotify } from '../../lib/useNotify';
import { formatWaveDates, WAVE_STATUS_LABELS } from '../../lib/waves';
import { ErrorState } from '../shared/ErrorState';
import { FormDialog } from '../shared/FormDialog';
import { WaveScheduleChip } from '../shared/WaveScheduleChip';
import { AddToWaveDialog } from './AddToWaveDialog';
import { WaveDialog } from './WaveDialog';

type Dialog =
  | { kind: 'plan' }
  | { kind: 'edit'; wave: WaveInfo }
  | { kind: 'add'; wave: WaveInfo }
  | { kind: 'delete'; wave: WaveInfo };

/** The members of a wave and, under them, their dependency warnings. */
function Members(props: { wave: WaveInfo }) {
  const { wave } = props;
  const warnings = wave.members.flatMap(m => m.warnings);
  return (
    <Box>
      {wave.members.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No services in this wave yet.
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
                  · {STAGE_LABELS[m.stage]}
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
          aria-label={`Dependency warnings of ${wave.title}`}
        >
          <strong>
            {plural(warnings.length, 'dependency warning')}: these services
            would move before something they depend on.
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
          {plural(plan.waves.length, 'wave')} planned;{' '}
          {plan.unplaced
            ? `${plural(plan.unplaced, 'Caravan service')} in no wave yet.`
            : 'every Caravan service not done is in a wave.'}
        </Typography>
        {plan.waves.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            No waves yet. Plan the first: the Caravan's crown jewels move in
            waves, ordered by dependency and risk.
          </Typography>
        ) : (
          <Table size="small" aria-label="Wave plan">
            <TableHead>
              <TableRow>
                <TableCell>Order</TableCell>
                <TableCell>Wave</TableCell>
                <TableCell>Planned</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Schedule</TableCell>
                <TableCell align="right">Done</TableCell>
                {canPlan && <TableCell>Actions</TableCell>}
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
                      {formatWaveDates(wave.plannedStart, wave.plannedEnd)}
                    </TableCell>
                    <TableCell>{WAVE_STATUS_LABELS[wave.status]}</TableCell>
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
                            aria-label={`Add a service to ${wave.title}`}
                            onClick={() => setDialog({ kind: 'add', wave })}
                          >
                            Add service
                          </Button>
                          <Button
                            size="small"
                            aria-label={`Change ${wave.title}`}
                            onClick={() => setDialog({ kind: 'edit', wave })}
                          >
                            Change
                          </Button>
                          <Button
                            size="small"
                            aria-label={`Delete ${wave.title}`}
                            onClick={() => setDialog({ kind: 'delete', wave })}
                          >
                            Delete
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
      title="Wave plan"
      subheader="Caravan services move in centrally planned waves, ordered by dependency and risk"
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
            Plan a wave
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
                  ? `${w.title} saved`
                  : `${w.title} planned`,
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
                  `${card.title ?? card.entityRef} added to ${
                    dialog.wave.title
                  }`,
                )
              }
            />
          )}
          {dialog?.kind === 'delete' && (
            <FormDialog
              open
              onClose={() => setDialog(undefined)}
              id="solo-trek-delete-wave"
              title={`Delete ${dialog.wave.title}?`}
              description={`Its ${plural(
                dialog.wave.total,
                'service',
              )} return to the Caravan services in no wave. The wave is not planned again from the config.`}
              error={remove.message}
              busy={remove.busy}
              submitLabel="Delete wave"
              busyLabel="Deleting…"
              onSubmit={() =>
                remove.run(async () => {
                  await api.deleteWave(migrationId, dialog.wave.id);
                  setDialog(undefined);
                  changed(`${dialog.wave.title} deleted`);
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
