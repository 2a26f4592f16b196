import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles, Theme } from '@material-ui/core/styles';
import { MigrationStage } from '@internal/plugin-solo-trek-common';
import { stageColor } from './colors';
import { useSoloTrekLabels } from '../../lib/labels';

const useStyles = makeStyles<Theme, { stage: MigrationStage }>(theme => ({
  chip: ({ stage }) => ({
    borderColor: stageColor(theme, stage),
    color: theme.palette.text.primary,
    '& .MuiChip-icon': { color: stageColor(theme, stage) },
  }),
  dot: ({ stage }) => ({
    width: 10,
    height: 10,
    borderRadius: '50%',
    marginLeft: theme.spacing(1),
    backgroundColor: stageColor(theme, stage),
    flexShrink: 0,
  }),
}));

export function StageChip(props: {
  stage: MigrationStage;
  size?: 'small' | 'medium';
}) {
  const labels = useSoloTrekLabels();
  const { stage, size = 'small' } = props;
  const classes = useStyles({ stage });
  return (
    <Tooltip title={labels.stageDescription(stage)}>
      <Chip
        size={size}
        variant="outlined"
        className={classes.chip}
        icon={<span className={classes.dot} aria-hidden />}
        label={labels.stage(stage)}
      />
    </Tooltip>
  );
}
