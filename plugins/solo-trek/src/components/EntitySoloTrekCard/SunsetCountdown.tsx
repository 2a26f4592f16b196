import { useTheme } from '@material-ui/core/styles';
import ScheduleIcon from '@material-ui/icons/Schedule';
import { SunsetUrgency, sunsetUrgency } from '../../lib/sunset';
import { formatDate } from '../../lib/format';
import { urgencyColor } from '../shared/colors';
import { StatusText } from '../shared/StatusText';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

/** The message of each urgency: the two highest say so first. */
const URGENCY_MESSAGE: Record<
  SunsetUrgency,
  'sunsetCountdown.calm' | 'sunsetCountdown.soon' | 'sunsetCountdown.urgent'
> = {
  calm: 'sunsetCountdown.calm',
  notice: 'sunsetCountdown.calm',
  warning: 'sunsetCountdown.soon',
  urgent: 'sunsetCountdown.urgent',
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
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const text = done
    ? t('sunsetCountdown.done', { date: formatDate(sunset) })
    : t(URGENCY_MESSAGE[urgency], {
        days: labels.daysToSunset(daysToSunset),
        date: formatDate(sunset),
      });
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
