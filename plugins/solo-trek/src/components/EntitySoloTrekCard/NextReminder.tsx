import Tooltip from '@material-ui/core/Tooltip';
import { useTheme } from '@material-ui/core/styles';
import NotificationsIcon from '@material-ui/icons/NotificationsActive';
import { NextNudge } from '@internal/plugin-solo-trek-common';
import { formatDate } from '../../lib/format';
import { StatusText } from '../shared/StatusText';

/** "next reminder in 12 days" or "tomorrow". */
function when(inDays: number) {
  if (inDays === 1) return 'tomorrow';
  return `in ${inDays} days`;
}

/**
 * The next sunset reminder the owners will get through Backstage
 * notifications, so nobody is surprised by it: "Next reminder in 12 days:
 * 30 days to sunset".
 */
export function NextReminder(props: { nudge: NextNudge }) {
  const { nudge } = props;
  const theme = useTheme();
  return (
    <Tooltip
      title={`On ${formatDate(
        nudge.on,
      )}, the owners get a Backstage notification (topic ${
        nudge.topic
      }), which they can mute in their notification settings.`}
    >
      <span>
        <StatusText
          color={theme.palette.text.secondary}
          icon={NotificationsIcon}
          data-testid="next-reminder"
        >
          Next reminder {when(nudge.inDays)}: {nudge.title}
        </StatusText>
      </span>
    </Tooltip>
  );
}
