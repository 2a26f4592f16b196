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
import {
  formatDateTime,
  formatRelative,
  quadrantLabel,
  quadrantName,
  STAGE_LABELS,
  STAGE_SOURCE_LABELS,
} from '../../lib/format';
import { TrackChip } from '../shared/TrackChip';
import { formatWaveDates, WAVE_SCHEDULE_LABELS } from '../../lib/waves';
import { MigrationPanelProps } from '../shared/EntityMigrationTabs';
import { CreedWithWaiverRequests } from './CreedWithWaiverRequests';
import { StageStepper } from './StageStepper';
import { SunsetCountdown } from './SunsetCountdown';
import { NextReminder } from './NextReminder';
import { TrackDetails } from './TrackDetails';
import { TrackContractPanel } from './TrackContractPanel';
import { UpdateStageDialog } from './UpdateStageDialog';
import { EntityOutcomesStrip } from '../OutcomesStrip';

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
  if (card.track !== 'caravan' && !card.wave) {
    return null;
  }
  const detail = card.waveDetail;
  let label = 'No wave yet';
  let title =
    'Caravan services move in waves; the platform team has not placed this one yet.';
  if (detail) {
    label = `${detail.title} · ${formatWaveDates(
      detail.plannedStart,
      detail.plannedEnd,
    )} · ${WAVE_SCHEDULE_LABELS[detail.schedule]}`;
    title = `The centrally planned wave this service moves in: ${detail.done} of ${detail.total} services done.`;
  } else if (card.wave) {
    label = `Wave ${card.wave} (not in the plan)`;
    title = `solo-trek.io/wave names ${card.wave}, which the wave plan does not have.`;
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
  return (
    <Tooltip
      title={
        live
          ? `The catalog shows this service running on ${to}.`
          : `The catalog doesn't show this service on ${to} yet.`
      }
    >
      <Chip
        size="small"
        variant={live ? 'default' : 'outlined'}
        color={live ? 'primary' : 'default'}
        icon={
          live ? <CloudDoneIcon aria-hidden /> : <CloudOffIcon aria-hidden />
        }
        label={live ? `Live on ${to}` : `Not live on ${to}`}
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
          Stage: <strong>{STAGE_LABELS[card.stage]}</strong>
        </Typography>
        {canUpdate && (
          <Button
            size="small"
            variant="outlined"
            color="primary"
            startIcon={<EditIcon aria-hidden />}
            onClick={() => setDialogOpen(true)}
          >
            Update stage
          </Button>
        )}
      </div>
      <StageStepper stage={card.stage} />
      <Typography variant="caption" color="textSecondary" component="p">
        {STAGE_SOURCE_LABELS[card.stageSource]}
        {lastChange && (
          <>
            {' · '}
            <Tooltip title={formatDateTime(lastChange.at)}>
              <span>changed {formatRelative(lastChange.at)}</span>
            </Tooltip>
          </>
        )}
      </Typography>
      <div className={classes.facts}>
        <TrackChip track={card.track} />
        <WaveChip card={card} />
        <LiveChip live={card.live} to={migration.to} />
        <Tooltip
          title={quadrantLabel(
            card.quadrant.criticality,
            card.quadrant.complexity,
          )}
        >
          <Chip
            size="small"
            variant="outlined"
            label={quadrantName(
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
          The last scan failed, so these results come from an earlier one.
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
