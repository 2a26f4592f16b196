import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import EmojiEventsIcon from '@material-ui/icons/EmojiEvents';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { HeroesResponse } from '@internal/plugin-solo-trek-common';
import { formatMonth } from '../../lib/format';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1, 2),
    padding: theme.spacing(1, 1.5),
    marginBottom: theme.spacing(1),
    borderRadius: theme.shape.borderRadius,
    border: `1px solid ${theme.palette.divider}`,
  },
  icon: { color: theme.palette.secondary.main },
  text: { flex: 1, minWidth: 200 },
}));

/** The current month's Migration Hero and a way to nominate one. */
export function HeroOfTheMonth(props: {
  heroes: HeroesResponse;
  onNominate?: () => void;
}) {
  const { heroes, onNominate } = props;
  const classes = useStyles();
  const { current, mine } = heroes;
  const month = formatMonth(current.month);
  const previous = heroes.past.find(p => p.nominee);

  return (
    <section className={classes.root} aria-label="Migration Hero">
      <EmojiEventsIcon className={classes.icon} aria-hidden />
      <Box className={classes.text}>
        {current.nominee ? (
          <Typography variant="body2">
            Migration Hero of {month}:{' '}
            <strong>
              <EntityRefLink entityRef={current.nominee} defaultKind="group">
                {current.title ?? current.nominee}
              </EntityRefLink>
            </strong>{' '}
            ({current.nominations}{' '}
            {current.nominations === 1 ? 'nomination' : 'nominations'})
            {current.reasons[0] && (
              <Typography
                variant="caption"
                color="textSecondary"
                component="span"
                display="block"
              >
                “{current.reasons[0]}”
              </Typography>
            )}
          </Typography>
        ) : (
          <Typography variant="body2">
            No Migration Hero nominated for {month} yet.
            {previous?.nominee &&
              ` Last hero: ${previous.title ?? previous.nominee} (${formatMonth(
                previous.month,
              )}).`}
          </Typography>
        )}
        {mine && (
          <Typography variant="caption" color="textSecondary">
            You nominated {mine.nominee} this month.
          </Typography>
        )}
      </Box>
      {onNominate && (
        <Tooltip
          title={
            mine
              ? 'You can nominate once a month.'
              : 'Nominate a team or person'
          }
        >
          <span>
            <Button
              size="small"
              variant="outlined"
              color="secondary"
              onClick={onNominate}
              disabled={Boolean(mine)}
            >
              {mine ? 'Nominated' : 'Nominate a hero'}
            </Button>
          </span>
        </Tooltip>
      )}
    </section>
  );
}
