import Step from '@material-ui/core/Step';
import StepLabel from '@material-ui/core/StepLabel';
import Stepper from '@material-ui/core/Stepper';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ArchiveIcon from '@material-ui/icons/Archive';
import { MigrationStage } from '@internal/plugin-solo-trek-common';
import { FORWARD_STAGES } from '../../lib/format';
import { visuallyHidden } from '../shared/visuallyHidden';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

const useStyles = makeStyles(theme => ({
  stepper: {
    padding: theme.spacing(1, 0),
    background: 'transparent',
  },
  retired: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: theme.spacing(1, 0),
  },
  hidden: visuallyHidden,
}));

/**
 * The forward path not-started → decommissioned as a stepper. `retired` is an
 * outcome beside the path, so it is shown as such instead of as a step.
 */
export function StageStepper(props: { stage: MigrationStage }) {
  const { stage } = props;
  const classes = useStyles();
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();

  if (stage === 'retired') {
    return (
      <div className={classes.retired}>
        <Chip
          icon={<ArchiveIcon aria-hidden />}
          label={t('stageStepper.retired')}
          color="secondary"
        />
        <Typography variant="body2" color="textSecondary">
          {t('stageStepper.retiredDone', {
            description: labels.stageDescription('retired'),
          })}
        </Typography>
      </div>
    );
  }

  const current = FORWARD_STAGES.indexOf(stage);
  const finished = stage === 'migrated' || stage === 'decommissioned';
  return (
    <Stepper
      activeStep={current}
      alternativeLabel
      className={classes.stepper}
      aria-label={t('stageStepper.label')}
    >
      {FORWARD_STAGES.map((s, index) => (
        <Step
          key={s}
          completed={index < current || (finished && index === current)}
          aria-current={index === current ? 'step' : undefined}
        >
          <StepLabel>
            {labels.stage(s)}
            {index === current && (
              <span className={classes.hidden}>
                {t('stageStepper.current')}
              </span>
            )}
          </StepLabel>
        </Step>
      ))}
    </Stepper>
  );
}
