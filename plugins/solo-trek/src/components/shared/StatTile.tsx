import { ReactNode } from 'react';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';

const useStyles = makeStyles<Theme>(theme => ({
  tile: {
    padding: theme.spacing(2),
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.5),
  },
  value: {
    fontSize: '2rem',
    fontWeight: theme.typography.fontWeightBold as number,
    lineHeight: 1.2,
  },
}));

/**
 * One headline number: a section named by its label, the value large (in
 * `color` when it signals something), what it means below, and `children`
 * for anything more.
 */
export function StatTile(props: {
  label: string;
  value: ReactNode;
  detail: ReactNode;
  color?: string;
  children?: ReactNode;
}) {
  const { label, value, detail, color } = props;
  const classes = useStyles();
  return (
    <Paper className={classes.tile} component="section" aria-label={label}>
      <Typography variant="overline" component="h3" color="textSecondary">
        {label}
      </Typography>
      <Typography className={classes.value} style={{ color }} component="p">
        {value}
      </Typography>
      <Typography variant="body2" color="textSecondary" component="div">
        {detail}
      </Typography>
      {props.children}
    </Paper>
  );
}
