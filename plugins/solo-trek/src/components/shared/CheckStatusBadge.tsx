import { useTheme } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import CancelIcon from '@material-ui/icons/Cancel';
import HelpIcon from '@material-ui/icons/Help';
import VerifiedUserIcon from '@material-ui/icons/VerifiedUser';
import { CheckStatus } from '@internal/plugin-solo-trek-common';
import { checkStatusColor } from './colors';
import { StatusText } from './StatusText';
import { useSoloTrekLabels } from '../../lib/labels';

const ICONS: Record<CheckStatus, typeof CheckCircleIcon> = {
  pass: CheckCircleIcon,
  fail: CancelIcon,
  waived: VerifiedUserIcon,
  unknown: HelpIcon,
};

/** The outcome of a check as an icon and a word, so it never relies on colour alone. */
export function CheckStatusBadge(props: { status: CheckStatus }) {
  const labels = useSoloTrekLabels();
  const { status } = props;
  const theme = useTheme();
  return (
    <StatusText
      color={checkStatusColor(theme, status)}
      icon={ICONS[status]}
      nowrap
    >
      {labels.checkStatus(status)}
    </StatusText>
  );
}
