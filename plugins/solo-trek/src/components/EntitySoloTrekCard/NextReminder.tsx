import Tooltip from '@material-ui/core/Tooltip';
import { useTheme } from '@material-ui/core/styles';
import NotificationsIcon from '@material-ui/icons/NotificationsActive';
import { NextNudge } from '@internal/plugin-solo-trek-common';
import { formatDate } from '../../lib/format';
import { StatusText } from '../shared/StatusText';
import { useSoloTrekT } from '../../translation';

/** "next reminder in 12 days" or "tomorrow". */
/**
 * The next sunset reminder the owners will get through Backstage
 * notifications, so nobody is surprised by it: "Next reminder in 12 days:
 * 30 days to sunset".
 */
export function NextReminder(props: { nudge: NextNudge }) {
  const { nudge } = props;
  const theme = useTheme();
  const t = useSoloTrekT();
  return (
    <Tooltip
      title={t('nextReminder.tooltip', {
        date: formatDate(nudge.on),
        topic: nudge.topic,
      })}
    >
      <span>
        <StatusText
          color={theme.palette.text.secondary}
          icon={NotificationsIcon}
          data-testid="next-reminder"
        >
          {nudge.inDays === 1
            ? t('nextReminder.tomorrow', { title: nudge.title })
            : t('nextReminder.inDays', {
                days: String(nudge.inDays),
                title: nudge.title,
              })}
        </StatusText>
      </span>
    </Tooltip>
  );
}
