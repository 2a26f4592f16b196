import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import EmojiEventsIcon from '@material-ui/icons/EmojiEvents';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { HeroesResponse, HeroOfMonth } from '@internal/plugin-solo-trek-common';
import { DateTime } from 'luxon';
import { formatMonth, formatNumber } from '../../lib/format';
import { useSoloTrekT } from '../../translation';

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

/** The month before `month` (YYYY-MM). */
export function monthBefore(month: string): string {
  return DateTime.fromFormat(month, 'yyyy-MM', { zone: 'utc' })
    .minus({ months: 1 })
    .toFormat('yyyy-MM');
}

/** The reigning hero: last month's recorded winner, if there was one. */
export function reigningHero(heroes: HeroesResponse): HeroOfMonth | undefined {
  const last = monthBefore(heroes.current.month);
  return heroes.past.find(p => p.month === last && p.nominee);
}

/** A nominee as a link to their catalog page, by title. */
export function NomineeLink(props: { hero: HeroOfMonth }) {
  const { hero } = props;
  if (!hero.nominee) return null;
  return (
    <EntityRefLink entityRef={hero.nominee} defaultKind="group">
      {hero.title ?? hero.nominee}
    </EntityRefLink>
  );
}

/**
 * The reigning Migration Hero (last month's, recorded when the month closed),
 * how the running month stands, and a way to nominate one.
 */
export function HeroOfTheMonth(props: {
  heroes: HeroesResponse;
  onNominate?: () => void;
}) {
  const { heroes, onNominate } = props;
  const classes = useStyles();
  const t = useSoloTrekT();
  const nominations = (count: number) =>
    t('heroOfTheMonth.nominations', { count, n: formatNumber(count, 0) });
  const { current, mine, timeZone } = heroes;
  const month = formatMonth(current.month);
  const reigning = reigningHero(heroes);

  return (
    <section className={classes.root} aria-label={t('heroOfTheMonth.section')}>
      <EmojiEventsIcon className={classes.icon} aria-hidden />
      <Box className={classes.text}>
        {reigning ? (
          <Typography variant="body2">
            {t('heroOfTheMonth.hero', {
              month: formatMonth(reigning.month),
              hero: (
                <strong>
                  <NomineeLink hero={reigning} />
                </strong>
              ),
              nominations: nominations(reigning.nominations),
            })}
            {reigning.reasons[0] && (
              <Typography
                variant="caption"
                color="textSecondary"
                component="span"
                display="block"
              >
                “{reigning.reasons[0]}”
              </Typography>
            )}
          </Typography>
        ) : (
          <Typography variant="body2">
            {t('heroOfTheMonth.noHero', {
              month: formatMonth(monthBefore(current.month)),
            })}
          </Typography>
        )}
        <Typography variant="caption" color="textSecondary" display="block">
          {current.nominee
            ? t('heroOfTheMonth.soFar', {
                month,
                hero: <NomineeLink hero={current} />,
                nominations: nominations(current.nominations),
              })
            : t('heroOfTheMonth.noNominations', { month })}{' '}
          {t('heroOfTheMonth.closes', { timeZone })}
        </Typography>
        {mine && (
          <Typography variant="caption" color="textSecondary" display="block">
            {t('heroOfTheMonth.mine', { nominee: mine.nominee })}
          </Typography>
        )}
      </Box>
      {onNominate && (
        <Tooltip
          title={
            mine
              ? t('heroOfTheMonth.onceAMonth')
              : t('heroOfTheMonth.nominateTooltip')
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
              {mine
                ? t('heroOfTheMonth.nominated')
                : t('heroOfTheMonth.nominate')}
            </Button>
          </span>
        </Tooltip>
      )}
    </section>
  );
}
