import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  WaiverRequestInfo,
  WaiverRequestStatus,
} from '@internal/plugin-solo-trek-common';
import { formatDate, formatDateTime, formatRelative } from '../../lib/format';
import { SoloTrekT, useSoloTrekT } from '../../translation';

const useStyles = makeStyles(theme => ({
  item: {
    display: 'block',
    paddingLeft: 0,
    paddingRight: 0,
  },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginTop: theme.spacing(0.5),
  },
  reason: { wordBreak: 'break-word' },
}));

/** A request's status as a chip, coloured by what it means for the owner. */
export function WaiverRequestStatusChip(props: {
  status: WaiverRequestStatus;
}) {
  const { status } = props;
  const t = useSoloTrekT();
  let color: 'primary' | 'secondary' | 'default' = 'default';
  if (status === 'approved') color = 'primary';
  else if (status === 'denied') color = 'secondary';
  return (
    <Chip
      size="small"
      variant={status === 'pending' ? 'outlined' : 'default'}
      color={color}
      label={t(`waiverRequestList.status.${status}`)}
    />
  );
}

/** What happened to a request, in one line. */
export function decisionText(
  request: WaiverRequestInfo,
  t: SoloTrekT,
): string | undefined {
  const by = request.decidedBy ?? '';
  switch (request.status) {
    case 'approved': {
      const date = formatDate(request.grantedExpiresAt, { utc: true });
      return request.decisionNote
        ? t('waiverRequestList.approvedByWithNote', {
            by,
            date,
            note: request.decisionNote,
          })
        : t('waiverRequestList.approvedBy', { by, date });
    }
    case 'denied':
      return t('waiverRequestList.deniedBy', {
        by,
        note: request.decisionNote ?? '',
      });
    case 'withdrawn':
      return t('waiverRequestList.withdrawnBy', { by });
    default:
      return undefined;
  }
}

export type WaiverRequestActions = {
  /** The caller may approve and deny (the platform team). */
  canDecide: boolean;
  /** The caller's user ref: they may withdraw their own pending requests. */
  caller?: string;
  onApprove: (request: WaiverRequestInfo) => void;
  onDeny: (request: WaiverRequestInfo) => void;
  onWithdraw: (request: WaiverRequestInfo) => void;
  /** The request being withdrawn, whose button shows it is busy. */
  busyId?: string;
};

/**
 * Waiver requests with who asked, why, until when and what became of them;
 * pending ones with Approve and Deny for the platform team, Withdraw for
 * whoever asked.
 */
export function WaiverRequestList(
  props: WaiverRequestActions & {
    requests: WaiverRequestInfo[];
    /** Name the service on each request (the dashboard's queue). */
    showService?: boolean;
    label: string;
  },
) {
  const { requests, showService, label, canDecide, caller, busyId } = props;
  const classes = useStyles();
  const t = useSoloTrekT();
  return (
    <List dense aria-label={label}>
      {requests.map(request => {
        const what = showService ? (
          <>
            <EntityRefLink entityRef={request.entityRef}>
              {request.entityTitle ?? request.entityRef}
            </EntityRefLink>
            : {request.creedTitle}
          </>
        ) : (
          request.creedTitle
        );
        const decision = decisionText(request, t);
        const service = request.entityTitle ?? request.entityRef;
        const pending = request.status === 'pending';
        return (
          <ListItem
            key={request.id}
            divider
            className={classes.item}
            data-testid={`waiver-request-${request.id}`}
          >
            <div className={classes.head}>
              <Typography variant="subtitle2" component="span">
                {what}
              </Typography>
              <WaiverRequestStatusChip status={request.status} />
            </div>
            <Typography variant="body2" className={classes.reason}>
              “{request.reason}”
            </Typography>
            <Typography variant="caption" color="textSecondary" component="p">
              {t('waiverRequestList.askedBy', {
                by: request.requestedBy,
                when: (
                  <Tooltip title={formatDateTime(request.requestedAt)}>
                    <span>{formatRelative(request.requestedAt, t)}</span>
                  </Tooltip>
                ),
                date: formatDate(request.requestedExpiresAt, { utc: true }),
              })}
              {showService && request.owner
                ? t('waiverRequestList.owner', { owner: request.owner })
                : ''}
            </Typography>
            {decision && (
              <Typography variant="body2" className={classes.reason}>
                {decision}
              </Typography>
            )}
            {pending && (canDecide || request.requestedBy === caller) && (
              <div className={classes.actions}>
                {canDecide &&
                  (['approve', 'deny'] as const).map(verb => (
                    <Button
                      key={verb}
                      size="small"
                      variant={verb === 'approve' ? 'contained' : 'outlined'}
                      color={verb === 'approve' ? 'primary' : 'default'}
                      onClick={() =>
                        verb === 'approve'
                          ? props.onApprove(request)
                          : props.onDeny(request)
                      }
                      aria-label={t(`waiverRequestList.${verb}Label`, {
                        creed: request.creedTitle,
                        service,
                      })}
                    >
                      {t(`waiverRequestList.${verb}`)}
                    </Button>
                  ))}
                {request.requestedBy === caller && (
                  <Button
                    size="small"
                    onClick={() => props.onWithdraw(request)}
                    disabled={busyId === request.id}
                  >
                    {t('waiverRequestList.withdraw')}
                  </Button>
                )}
              </div>
            )}
          </ListItem>
        );
      })}
    </List>
  );
}
