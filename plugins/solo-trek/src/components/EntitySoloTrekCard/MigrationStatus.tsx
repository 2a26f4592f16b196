import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Divider from '@material-ui/core/Divider';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import CloudDoneIcon from '@material-ui/icons/CloudDone';
import CloudOffIcon from '@material-ui/icons/CloudOff';
import EditIcon from '@material-ui/icons/Edit';
import WavesIcon from '@material-ui/icons/Waves';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  DONE_STAGES,
  EntityMigrationCard,
  soloTrekStageUpdatePermission,
} from '@internal/plugin-solo-trek-common';
import { formatDateTime, formatRelative } from '../../lib/format';
import { TrackChip } from '../shared/TrackChip';
import { formatWaveDates } from '../../lib/waves';
import { MigrationPanelProps } from '../shared/EntityMigrationTabs';
import { CreedWithWaiverRequests } from './CreedWithWaiverRequests';
import { StageStepper } from './StageStepper';
import { SunsetCountdown } from './SunsetCountdown';
import { NextReminder } from './NextReminder';
import { TrackDetails } from './TrackDetails';
import { TrackContractPanel } from './TrackContractPanel';
import { UpdateStageDialog } from './UpdateStageDialog';
import { EntityOutcomesStrip } from '../OutcomesStrip';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

const useStyles = makeStyles(theme => ({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
  },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    margin: theme.spacing(1, 0),
  },
  divider: { margin: theme.spacing(2, 0) },
}));

function WaveChip(props: { card: EntityMigrationCard }) {
  const { card } = props;
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  if (card.track !== 'caravan' && !card.wave) {
    return null;
  }
  const detail = card.waveDetail;
  let label: string = t('migrationStatus.noWave');
  let title: string = t('migrationStatus.noWaveTooltip');
  if (detail) {
    label = `${detail.title} · ${formatWaveDates(
      detail.plannedStart,
      detail.plannedEnd,
      t,
    )} · ${labels.waveSchedule(detail.schedule)}`;
    title = t('migrationStatus.waveTooltip', {
      done: String(detail.done),
      total: String(detail.total),
    });
  } else if (card.wave) {
    label = t('migrationStatus.unknownWave', { wave: card.wave });
    title = t('migrationStatus.unknownWaveTooltip', { wave: card.wave });
  }
  return (
    <Tooltip title={title}>
      <Chip
        size="small"
        variant="outlined"
        icon={<WavesIcon aria-hidden />}
        label={label}
        color={detail?.schedule === 'late' ? 'secondary' : 'default'}
      />
    </Tooltip>
  );
}

function LiveChip(props: { live: boolean; to: string }) {
  const { live, to } = props;
  const t = useSoloTrekT();
  return (
    <Tooltip
      title={
        live
          ? t('migrationStatus.liveTooltip', { platform: to })
          : t('migrationStatus.notLiveTooltip', { platform: to })
      }
    >
      <Chip
        size="small"
        variant={live ? 'default' : 'outlined'}
        color={live ? 'primary' : 'default'}
        icon={
          live ? <CloudDoneIcon aria-hidden /> : <CloudOffIcon aria-hidden />
        }
        label={
          live
            ? t('migrationStatus.live', { platform: to })
            : t('migrationStatus.notLive', { platform: to })
        }
      />
    </Tooltip>
  );
}

/** The status of one entity in one migration: stage, track, sunset, Creed. */
export function MigrationStatus(
  props: MigrationPanelProps & {
    /** Hide the Creed list, e.g. where a fuller view is shown next to it. */
    hideCreed?: boolean;
  },
) {
  const { migration, card, onCardChange, hideCreed } = props;
  const classes = useStyles();
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const [dialogOpen, setDialogOpen] = useState(false);
  const { allowed: canUpdate } = usePermission({
    permission: soloTrekStageUpdatePermission,
    resourceRef: card.entityRef,
  });
  const done = DONE_STAGES.includes(card.stage);
  const lastChange = card.history[card.history.length - 1];

  return (
    <Box>
      <div className={classes.header}>
        <Typography
          variant="subtitle1"
          component="p"
          data-testid="current-stage"
        >
          {t('migrationStatus.stage', {
            stage: <strong>{labels.stage(card.stage)}</strong>,
          })}
        </Typography>
        {canUpdate && (
          <Button
            size="small"
            variant="outlined"
            color="primary"
            startIcon={<EditIcon aria-hidden />}
            onClick={() => setDialogOpen(true)}
          >
            {t('migrationStatus.updateStage')}
          </Button>
        )}
      </div>
      <StageStepper stage={card.stage} />
      <Typography variant="caption" color="textSecondary" component="p">
        {labels.stageSource(card.stageSource)}
        {lastChange && (
          <>
            {' · '}
            <Tooltip title={formatDateTime(lastChange.at)}>
              <span>
                {t('migrationStatus.changed', {
                  when: formatRelative(lastChange.at, t),
                })}
              </span>
            </Tooltip>
          </>
        )}
      </Typography>
      <div className={classes.facts}>
        <TrackChip track={card.track} />
        <WaveChip card={card} />
        <LiveChip live={card.live} to={migration.to} />
        <Tooltip
          title={labels.quadrantLabel(
            card.quadrant.criticality,
            card.quadrant.complexity,
          )}
        >
          <Chip
            size="small"
            variant="outlined"
            label={labels.quadrantName(
              card.quadrant.criticality,
              card.quadrant.complexity,
            )}
          />
        </Tooltip>
      </div>
      <TrackDetails card={card} />
      <TrackContractPanel migration={migration} card={card} />
      {card.waveDetail && card.waveDetail.warnings.length > 0 && (
        <Alert severity="warning" style={{ marginTop: 8 }}>
          {card.waveDetail.warnings.map(w => (
            <div key={w.dependency}>{w.message}.</div>
          ))}
        </Alert>
      )}
      <SunsetCountdown
        daysToSunset={card.daysToSunset}
        sunset={card.sunset}
        done={done}
      />
      {card.nextNudge && !done && (
        <div>
          <NextReminder nudge={card.nextNudge} />
        </div>
      )}
      <EntityOutcomesStrip migration={migration} entityRef={card.entityRef} />
      {card.stale && (
        <Alert severity="warning" style={{ marginTop: 8 }}>
          {t('migrationStatus.stale')}
        </Alert>
      )}
      {!hideCreed && (
        <>
          <Divider className={classes.divider} />
          <CreedWithWaiverRequests card={card} onCardChange={onCardChange} />
        </>
      )}
      {canUpdate && (
        <UpdateStageDialog
          open={dialogOpen}
          onClose={() => setDialogOpen(false)}
          card={card}
          migrationTitle={migration.title}
          targetPlatform={migration.to}
          onUpdated={onCardChange}
        />
      )}
    </Box>
  );
}
