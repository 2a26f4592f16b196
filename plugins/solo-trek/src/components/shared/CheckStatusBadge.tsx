import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import CancelIcon from '@material-ui/icons/Cancel';
import HelpIcon from '@material-ui/icons/Help';
import VerifiedUserIcon from '@material-ui/icons/VerifiedUser';
import { CheckStatus } from '@internal/plugin-solo-trek-common';
import { CHECK_STATUS_LABELS } from '../../lib/format';
import { checkStatusColor } from './colors';

const useStyles = makeStyles<Theme, { status: CheckStatus }>(theme => ({
  root: ({ status }) => ({
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    color: checkStatusColor(theme, status),
    fontWeight: theme.typography.fontWeightBold as number,
    whiteSpace: 'nowrap',
  }),
}));

const ICONS: Record<CheckStatus, typeof CheckCircleIcon> = {
  pass: CheckCircleIcon,
  fail: CancelIcon,
  waived: VerifiedUserIcon,
  unknown: HelpIcon,
};

/** The outcome of a check as an icon and a word, so it never relies on colour alone. */
export function CheckStatusBadge(props: { status: CheckStatus }) {
  const { status } = props;
  const classes = useStyles({ status });
  const Icon = ICONS[status];
  return (
    <Typography component="span" variant="body2" className={classes.root}>
      <Icon fontSize="small" aria-hidden />
      {CHECK_STATUS_LABELS[status]}
    </Typography>
  );
}
