import Typography from '@material-ui/core/Typography';
import { CheckInfo } from '@internal/plugin-solo-trek-common';
import { SafeLink } from '../../lib/safeLink';

/** "How to fix:" a check, linked when the Creed item gives a URL. */
export function CheckRemediation(props: {
  remediation: NonNullable<CheckInfo['remediation']>;
}) {
  const { remediation } = props;
  return (
    <Typography variant="body2">
      How to fix:{' '}
      {remediation.url ? (
        <SafeLink url={remediation.url}>{remediation.text}</SafeLink>
      ) : (
        remediation.text
      )}
    </Typography>
  );
}
