import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import { plural } from '../../lib/format';

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

export const SCORE_LABELS = [
  'Much worse',
  'Worse',
  'About the same',
  'Better',
  'Much better',
];

/** A distribution of pulse scores, 5 at the top: counts, never people. */
export function SatisfactionBars(props: {
  distribution: number[];
  label: string;
}) {
  const { distribution, label } = props;
  const classes = useStyles();
  const theme = useTheme();
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
          <Tooltip title={SCORE_LABELS[i]}>
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
            {plural(distribution[i], 'answer')}
          </Typography>
        </li>
      ))}
    </ul>
  );
}
