import { useTheme } from '@material-ui/core/styles';
import ScheduleIcon from '@material-ui/icons/Schedule';
import {
  describeDaysToSunset,
  SunsetUrgency,
  sunsetUrgency,
} from '../../lib/sunset';
import { formatDate } from '../../lib/format';
import { urgencyColor } from '../shared/colors';
import { StatusText } from '../shared/StatusText';

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
  const theme = useTheme();
  const text = done
    ? `Done before the sunset on ${formatDate(sunset)}`
    : `${URGENCY_PREFIX[urgency]}${describeDaysToSunset(
        daysToSunset,
      )} (${formatDate(sunset)})`;
  return (
    <StatusText
      color={urgencyColor(theme, urgency)}
      icon={ScheduleIcon}
      data-urgency={urgency}
    >
      {text}
    </StatusText>
  );
}
