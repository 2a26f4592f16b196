import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  CheckInfo,
  CheckStatus,
  Compliance,
} from '@internal/plugin-solo-trek-common';
import { formatDate, formatNumber } from '../../lib/format';
import { CheckRemediation } from '../shared/CheckRemediation';
import { CheckStatusBadge } from '../shared/CheckStatusBadge';
import { TimeAgo } from '../shared/TimeAgo';
import { SoloTrekT, useSoloTrekT } from '../../translation';

const useStyles = makeStyles(theme => ({
  list: { paddingTop: 0 },
  item: {
    display: 'grid',
    gridTemplateColumns: '96px 1fr',
    columnGap: theme.spacing(2),
    alignItems: 'start',
    borderBottom: `1px solid ${theme.palette.divider}`,
    paddingLeft: 0,
    paddingRight: 0,
  },
  titleRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5, 2),
    marginTop: theme.spacing(0.5),
  },
  summary: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1),
  },
}));

const SEVERITY_ORDER = { must: 0, should: 1 } as const;

const STATUS_ORDER: Record<CheckStatus, number> = {
  fail: 0,
  unknown: 1,
  waived: 2,
  pass: 3,
};

export function sortChecks(checks: CheckInfo[]): CheckInfo[] {
  return [...checks].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.title.localeCompare(b.title),
  );
}

export function complianceSummary(
  compliance: Compliance,
  t: SoloTrekT,
): string {
  const parts: string[] = [
    t('creedChecklist.passed', {
      passed: String(compliance.passed),
      total: String(compliance.total),
    }),
  ];
  if (compliance.failed)
    parts.push(t('creedChecklist.failing', { n: String(compliance.failed) }));
  if (compliance.waived)
    parts.push(t('creedChecklist.waived', { n: String(compliance.waived) }));
  if (compliance.unknown)
    parts.push(t('creedChecklist.unknown', { n: String(compliance.unknown) }));
  return parts.join(' · ');
}

function CheckItem(props: {
  check: CheckInfo;
  entityRef?: string;
  renderAction?: (check: CheckInfo) => ReactNode;
}) {
  const { check, entityRef, renderAction } = props;
  const classes = useStyles();
  const t = useSoloTrekT();
  return (
    <ListItem className={classes.item} data-testid={`check-${check.id}`}>
      <Box pt={0.25}>
        <CheckStatusBadge status={check.status} />
      </Box>
      <div>
        <div className={classes.titleRow}>
          <Typography variant="subtitle2" component="span">
            {check.title}
          </Typography>
          <Tooltip
            title={
              check.severity === 'must'
                ? t('creedChecklist.mustTooltip')
                : t('creedChecklist.shouldTooltip')
            }
          >
            <Chip
              size="small"
              variant="outlined"
              label={
                check.severity === 'must'
                  ? t('creedChecklist.must')
                  : t('creedChecklist.should')
              }
            />
          </Tooltip>
        </div>
        {check.description && (
          <Typography variant="body2" color="textSecondary">
            {check.description}
          </Typography>
        )}
        {check.status === 'waived' && check.waiver && (
          <Typography variant="body2">
            {t('creedChecklist.waivedUntil', {
              date: formatDate(check.waiver.expiresAt, { utc: true }),
              reason: check.waiver.reason,
            })}
          </Typography>
        )}
        {check.status !== 'pass' && check.remediation && (
          <CheckRemediation
            remediation={check.remediation}
            entityRef={entityRef}
          />
        )}
        <div className={classes.meta}>
          <TimeAgo at={check.evaluatedAt}>
            {t('creedChecklist.checked')}
          </TimeAgo>
          {renderAction?.(check)}
        </div>
      </div>
    </ListItem>
  );
}

/**
 * The Pilgrim's Creed checks of one service, problems first, each with its
 * outcome, how to fix it and when it was checked.
 */
export function CreedChecklist(props: {
  checks: CheckInfo[];
  compliance: Compliance;
  /** The service, for the remediation templates' "Fix with a template". */
  entityRef?: string;
  /** What each item offers beside its outcome, e.g. a waiver request. */
  renderAction?: (check: CheckInfo) => ReactNode;
}) {
  const { checks, compliance, entityRef } = props;
  const classes = useStyles();
  const t = useSoloTrekT();
  const mustFailing = checks.filter(
    c => c.severity === 'must' && c.status === 'fail',
  ).length;

  return (
    <section aria-label={t('creedChecklist.title')}>
      <div className={classes.summary}>
        <Typography variant="h6" component="h3">
          {t('creedChecklist.title')}
        </Typography>
        {checks.length > 0 && (
          <Typography variant="body2" color="textSecondary">
            {complianceSummary(compliance, t)}
            {mustFailing > 0 &&
              ` · ${t('creedChecklist.mustFailing', {
                count: mustFailing,
                n: formatNumber(mustFailing, 0),
              })}`}
          </Typography>
        )}
      </div>
      {checks.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {t('creedChecklist.empty')}
        </Typography>
      ) : (
        <List
          dense
          className={classes.list}
          aria-label={t('creedChecklist.list')}
        >
          {sortChecks(checks).map(check => (
            <CheckItem
              key={check.id}
              check={check}
              entityRef={entityRef}
              renderAction={props.renderAction}
            />
          ))}
        </List>
      )}
    </section>
  );
}
