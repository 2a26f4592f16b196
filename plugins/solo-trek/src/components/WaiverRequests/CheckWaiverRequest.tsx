import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import {
  CheckInfo,
  WaiverRequestInfo,
} from '@internal/plugin-solo-trek-common';
import { formatDate } from '../../lib/format';
import { WaiverRequestActions } from './WaiverRequestList';

/**
 * A Creed item's waiver request on the card: "Request a waiver" for its
 * owners when it may be waived, the pending request (with Approve and Deny
 * for the platform team), or why the last one was denied.
 */
export function CheckWaiverRequest(
  props: WaiverRequestActions & {
    check: CheckInfo;
    /** This item's requests, newest first. */
    requests: WaiverRequestInfo[];
    canRequest: boolean;
    onRequest: (creedId: string) => void;
  },
) {
  const { check, requests, canRequest, onRequest, canDecide, caller } = props;
  const latest = requests[0];
  if (latest?.status === 'pending') {
    return (
      <span>
        <Tooltip
          title={`${latest.requestedBy} asked until ${formatDate(
            latest.requestedExpiresAt,
            { utc: true },
          )}: ${latest.reason}`}
        >
          <Chip
            size="small"
            variant="outlined"
            label="Waiver requested, pending"
            tabIndex={0}
          />
        </Tooltip>{' '}
        {canDecide && (
          <>
            <Button
              size="small"
              color="primary"
              onClick={() => props.onApprove(latest)}
            >
              Approve
            </Button>
            <Button size="small" onClick={() => props.onDeny(latest)}>
              Deny
            </Button>
          </>
        )}
        {!canDecide && latest.requestedBy === caller && (
          <Button size="small" onClick={() => props.onWithdraw(latest)}>
            Withdraw
          </Button>
        )}
      </span>
    );
  }
  const mayAsk =
    canRequest &&
    check.waivable &&
    (check.status === 'fail' || check.status === 'unknown');
  return (
    <span>
      {latest?.status === 'denied' && check.status !== 'waived' && (
        <Typography variant="caption" color="textSecondary" display="block">
          Waiver denied by {latest.decidedBy}: {latest.decisionNote}
        </Typography>
      )}
      {mayAsk && (
        <Button
          size="small"
          color="primary"
          onClick={() => onRequest(check.id)}
          aria-label={`Request a waiver of ${check.title}`}
        >
          Request a waiver
        </Button>
      )}
    </span>
  );
}
