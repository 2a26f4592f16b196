import { useState } from 'react';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { HeroOfMonth } from '@internal/plugin-solo-trek-common';
import { formatMonth, formatNumber } from '../../lib/format';
import { NomineeLink } from './HeroOfTheMonth';
import { useSoloTrekT } from '../../translation';

const useStyles = makeStyles(theme => ({
  heading: { marginTop: theme.spacing(2) },
  reason: { display: 'block', fontStyle: 'italic' },
}));

/** Heroes shown before "Show all". */
const SHOWN = 3;

/**
 * The Hall of heroes: each ended month's Migration Hero, newest first, with
 * the reasons their peers gave.
 */
export function HallOfHeroes(props: { past: HeroOfMonth[] }) {
  const classes = useStyles();
  const t = useSoloTrekT();
  const [all, setAll] = useState(false);
  const heroes = props.past.filter(p => p.nominee);
  if (heroes.length === 0) return null;
  const shown = all ? heroes : heroes.slice(0, SHOWN);
  return (
    <section aria-labelledby="solo-trek-hall-of-heroes">
      <Typography
        variant="subtitle2"
        component="h3"
        id="solo-trek-hall-of-heroes"
        className={classes.heading}
      >
        {t('hallOfHeroes.title')}
      </Typography>
      <List dense aria-label={t('hallOfHeroes.title')}>
        {shown.map(hero => (
          <ListItem key={hero.month} disableGutters divider>
            <ListItemText
              primary={t('hallOfHeroes.hero', {
                month: formatMonth(hero.month),
                hero: <NomineeLink hero={hero} />,
                nominations: t('heroOfTheMonth.nominations', {
                  count: hero.nominations,
                  n: formatNumber(hero.nominations, 0),
                }),
              })}
              secondary={hero.reasons.slice(0, 3).map((reason, i) => (
                <Typography
                  key={i}
                  variant="caption"
                  component="span"
                  className={classes.reason}
                >
                  “{reason}”
                </Typography>
              ))}
              secondaryTypographyProps={{ component: 'div' }}
            />
          </ListItem>
        ))}
      </List>
      {heroes.length > SHOWN && (
        <Button size="small" onClick={() => setAll(!all)}>
          {all
            ? t('hallOfHeroes.showFewer')
            : t('hallOfHeroes.showAll', { n: String(heroes.length) })}
        </Button>
      )}
    </section>
  );
}
