import Typography from '@material-ui/core/Typography';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';
import ArrowDownwardIcon from '@material-ui/icons/ArrowDownward';
import ArrowUpwardIcon from '@material-ui/icons/ArrowUpward';
import FiberNewIcon from '@material-ui/icons/FiberNew';
import RemoveIcon from '@material-ui/icons/Remove';
import { SoloTrekT, useSoloTrekT } from '../../translation';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: 2,
    whiteSpace: 'nowrap',
  },
  up: { color: theme.palette.success.main },
  down: { color: theme.palette.error.main },
  same: { color: theme.palette.text.secondary },
}));

export function describeRankChange(
  change: number | null,
  t: SoloTrekT,
): string {
  if (change === null) return t('rankChange.new');
  if (change === 0) return t('rankChange.same');
  return change > 0
    ? t('rankChange.up', { count: change })
    : t('rankChange.down', { count: -change });
}

/** Places gained or lost, as an arrow with the words behind it. */
export function RankChange(props: { change: number | null }) {
  const { change } = props;
  const classes = useStyles();
  const t = useSoloTrekT();
  const label = describeRankChange(change, t);
  let content;
  if (change === null) {
    content = <FiberNewIcon fontSize="small" className={classes.same} />;
  } else if (change > 0) {
    content = (
      <>
        <ArrowUpwardIcon fontSize="small" className={classes.up} />
        <Typography variant="caption" className={classes.up}>
          {change}
        </Typography>
      </>
    );
  } else if (change < 0) {
    content = (
      <>
        <ArrowDownwardIcon fontSize="small" className={classes.down} />
        <Typography variant="caption" className={classes.down}>
          {Math.abs(change)}
        </Typography>
      </>
    );
  } else {
    content = <RemoveIcon fontSize="small" className={classes.same} />;
  }
  return (
    <Tooltip title={label}>
      <span className={classes.root} role="img" aria-label={label}>
        {content}
      </span>
    </Tooltip>
  );
}
