import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import { formatNumber } from '../../lib/format';
import { useSoloTrekT } from '../../translation';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    alignItems: 'center',
    columnGap: theme.spacing(1),
    rowGap: 2,
  },
  bar: { height: 8, borderRadius: 4, minWidth: 2 },
}));

/** The words of the pulse's scores 1 to 5, in that order. */
export function useScoreLabels(): string[] {
  const t = useSoloTrekT();
  return [
    t('pulseScores.score1'),
    t('pulseScores.score2'),
    t('pulseScores.score3'),
    t('pulseScores.score4'),
    t('pulseScores.score5'),
  ];
}

/** A distribution of pulse scores, 5 at the top: counts, never people. */
export function SatisfactionBars(props: {
  distribution: number[];
  label: string;
}) {
  const { distribution, label } = props;
  const classes = useStyles();
  const theme = useTheme();
  const scoreLabels = useScoreLabels();
  const t = useSoloTrekT();
  const max = Math.max(1, ...distribution);
  const colors = [
    theme.palette.error.main,
    theme.palette.warning.main,
    theme.palette.grey[500],
    theme.palette.success.light,
    theme.palette.success.main,
  ];
  return (
    <ul className={classes.list} aria-label={label}>
      {[4, 3, 2, 1, 0].map(i => (
        <li key={i} style={{ display: 'contents' }}>
          <Tooltip title={scoreLabels[i]}>
            <Typography variant="caption" component="span">
              {i + 1}
            </Typography>
          </Tooltip>
          <span
            className={classes.bar}
            style={{
              width: `${(distribution[i] / max) * 100}%`,
              background: colors[i],
            }}
            aria-hidden
          />
          <Typography variant="caption" component="span">
            {t('perspectiveTiles.answers', {
              count: distribution[i],
              n: formatNumber(distribution[i], 0),
            })}
          </Typography>
        </li>
      ))}
    </ul>
  );
}
