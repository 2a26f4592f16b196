import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import ScheduleIcon from '@material-ui/icons/Schedule';
import {
  describeDaysToSunset,
  SunsetUrgency,
  sunsetUrgency,
} from '../../lib/sunset';
import { formatDate } from '../../lib/format';
import { urgencyColor } from '../shared/colors';

const useStyles = makeStyles<Theme, { urgency: SunsetUrgency }>(theme => ({
  root: ({ urgency }) => ({
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    color: urgencyColor(theme, urgency),
    fontWeight: theme.typography.fontWeightBold as number,
  }),
}));

const URGENCY_PREFIX: Record<SunsetUrgency, string> = {
  calm: '',
  notice: '',
  warning: 'Soon: ',
  urgent: 'Urgent: ',
};

/**
 * Days to the sunset, calm while there is time and louder as it nears. The
 * urgency is in the words too, not only in the colour.
 */
export function SunsetCountdown(props: {
  daysToSunset: number;
  sunset: string;
  done?: boolean;
}) {
  const { daysToSunset, sunset, done = false } = props;
  const urgency = sunsetUrgency(daysToSunset, done);
  const classes = useStyles({ urgency });
  const text = done
    ? `Done before the sunset on ${formatDate(sunset)}`
    : `${URGENCY_PREFIX[urgency]}${describeDaysToSunset(
        daysToSunset,
      )} (${formatDate(sunset)})`;
  return (
    <Typography
      component="span"
      variant="body2"
      className={classes.root}
      data-urgency={urgency}
    >
      <ScheduleIcon fontSize="small" aria-hidden />
      {text}
    </Typography>
  );
}
