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
import { useSoloTrekT } from '../../translation';

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
  const t = useSoloTrekT();
  if (latest?.status === 'pending') {
    return (
      <span>
        <Tooltip
          title={t('checkWaiverRequest.askedUntil', {
            by: latest.requestedBy,
            date: formatDate(latest.requestedExpiresAt, { utc: true }),
            reason: latest.reason,
          })}
        >
          <Chip
            size="small"
            variant="outlined"
            label={t('checkWaiverRequest.pending')}
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
              {t('waiverRequestList.approve')}
            </Button>
            <Button size="small" onClick={() => props.onDeny(latest)}>
              {t('waiverRequestList.deny')}
            </Button>
          </>
        )}
        {!canDecide && latest.requestedBy === caller && (
          <Button size="small" onClick={() => props.onWithdraw(latest)}>
            {t('waiverRequestList.withdraw')}
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
          {t('checkWaiverRequest.deniedBy', {
            by: latest.decidedBy ?? '',
            note: latest.decisionNote ?? '',
          })}
        </Typography>
      )}
      {mayAsk && (
        <Button
          size="small"
          color="primary"
          onClick={() => onRequest(check.id)}
          aria-label={t('checkWaiverRequest.requestLabel', {
            creed: check.title,
          })}
        >
          {t('checkWaiverRequest.request')}
        </Button>
      )}
    </span>
  );
}
