import Chip from '@material-ui/core/Chip';
import { useTheme } from '@material-ui/core/styles';
import { WaveSchedule } from '@internal/plugin-solo-trek-common';
import { useSoloTrekLabels } from '../../lib/labels';

/** Where a wave stands against its plan, in the colour of the forecast. */
export function WaveScheduleChip(props: { schedule: WaveSchedule }) {
  const labels = useSoloTrekLabels();
  const { schedule } = props;
  const theme = useTheme();
  const color = {
    'on-schedule': theme.palette.success.main,
    late: theme.palette.error.main,
    done: theme.palette.success.dark,
    'rolled-back': theme.palette.secondary.main,
    unscheduled: theme.palette.text.secondary,
  }[schedule];
  return (
    <Chip
      size="small"
      variant="outlined"
      label={labels.waveSchedule(schedule)}
      style={{ borderColor: color, color }}
    />
  );
}
