import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';
import EmojiEventsIcon from '@material-ui/icons/EmojiEvents';
import ExploreIcon from '@material-ui/icons/Explore';
import FlightTakeoffIcon from '@material-ui/icons/FlightTakeoff';
import VerifiedUserIcon from '@material-ui/icons/VerifiedUser';
import { LeaderboardBadge } from '@internal/plugin-solo-trek-common';
import { visuallyHidden } from '../shared/visuallyHidden';
import { useSoloTrekLabels } from '../../lib/labels';

const ICONS: Record<LeaderboardBadge, typeof EmojiEventsIcon> = {
  trailblazer: ExploreIcon,
  'early-mover': FlightTakeoffIcon,
  'clean-creed': VerifiedUserIcon,
  'migration-hero': EmojiEventsIcon,
};

const useStyles = makeStyles(theme => ({
  root: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(0.5) },
  hidden: visuallyHidden,
}));

/** Badges as chips; the tooltip (and the accessible description) says what each means. */
export function BadgeChips(props: { badges: LeaderboardBadge[] }) {
  const labels = useSoloTrekLabels();
  const { badges } = props;
  const classes = useStyles();
  if (badges.length === 0) {
    return null;
  }
  return (
    <div className={classes.root}>
      {badges.map(badge => {
        const Icon = ICONS[badge];
        return (
          <Tooltip key={badge} title={labels.badgeDescription(badge)}>
            <Chip
              size="small"
              variant="outlined"
              color={badge === 'migration-hero' ? 'secondary' : 'default'}
              icon={<Icon aria-hidden />}
              label={
                <>
                  {labels.badge(badge)}
                  <span className={classes.hidden}>
                    : {labels.badgeDescription(badge)}
                  </span>
                </>
              }
              // Focusable, so keyboard users get the tooltip too.
              tabIndex={0}
            />
          </Tooltip>
        );
      })}
    </div>
  );
}
