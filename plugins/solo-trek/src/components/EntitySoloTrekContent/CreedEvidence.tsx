import { useState } from 'react';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { InfoCard } from '@backstage/core-components';
import { CheckInfo } from '@internal/plugin-solo-trek-common';
import { formatDate, formatEvidenceValue } from '../../lib/format';
import { CheckRemediation } from '../shared/CheckRemediation';
import { CheckStatusBadge } from '../shared/CheckStatusBadge';
import { TimeAgo } from '../shared/TimeAgo';
import { sortChecks } from '../EntitySoloTrekCard/CreedChecklist';
import { visuallyHidden } from '../shared/visuallyHidden';
import { useSoloTrekT } from '../../translation';

const useStyles = makeStyles(theme => ({
  summary: {
    display: 'grid',
    gridTemplateColumns: '96px 1fr auto',
    alignItems: 'center',
    gap: theme.spacing(2),
    width: '100%',
  },
  details: { flexDirection: 'column', gap: theme.spacing(1) },
  code: {
    fontFamily: 'monospace',
    wordBreak: 'break-word',
  },
  caption: visuallyHidden,
}));

function CheckEvidence(props: { check: CheckInfo; entityRef?: string }) {
  const { check, entityRef } = props;
  const classes = useStyles();
  const [expanded, setExpanded] = useState(check.status !== 'pass');
  const t = useSoloTrekT();
  const headingId = `solo-trek-evidence-${check.id}`;
  return (
    <Accordion
      expanded={expanded}
      onChange={(_e, next) => setExpanded(next)}
      TransitionProps={{ unmountOnExit: true }}
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        aria-controls={`${headingId}-content`}
        id={headingId}
      >
        <div className={classes.summary}>
          <CheckStatusBadge status={check.status} />
          <Typography variant="subtitle2" component="span">
            {check.title}
            <Typography
              variant="caption"
              color="textSecondary"
              component="span"
            >
              {' '}
              ({check.severity})
            </Typography>
          </Typography>
          <TimeAgo at={check.evaluatedAt}>{t('creedEvidence.checked')}</TimeAgo>
        </div>
      </AccordionSummary>
      <AccordionDetails
        className={classes.details}
        id={`${headingId}-content`}
        role="region"
        aria-labelledby={headingId}
      >
        {check.description && (
          <Typography variant="body2" color="textSecondary">
            {check.description}
          </Typography>
        )}
        {check.waiver && (
          <Typography variant="body2">
            {t('creedEvidence.waivedUntil', {
              date: formatDate(check.waiver.expiresAt, { utc: true }),
              by: check.waiver.createdBy,
              reason: check.waiver.reason,
            })}
          </Typography>
        )}
        {check.evidence.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            {t('creedEvidence.noEvidence')}
          </Typography>
        ) : (
          <Table size="small">
            <caption className={classes.caption}>
              {t('creedEvidence.caption', { check: check.title })}
            </caption>
            <TableHead>
              <TableRow>
                <TableCell>{t('creedEvidence.rule')}</TableCell>
                <TableCell>{t('creedEvidence.actual')}</TableCell>
                <TableCell>{t('creedEvidence.outcome')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {check.evidence.map((leaf, index) => (
                <TableRow key={index}>
                  <TableCell className={classes.code}>{leaf.rule}</TableCell>
                  <TableCell className={classes.code}>
                    {formatEvidenceValue(leaf.actual, t)}
                  </TableCell>
                  <TableCell>
                    <CheckStatusBadge status={leaf.outcome} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {check.remediation && (
          <CheckRemediation
            remediation={check.remediation}
            // A passing item needs no fixing.
            entityRef={check.status === 'pass' ? undefined : entityRef}
          />
        )}
      </AccordionDetails>
    </Accordion>
  );
}

/** Why each check came out as it did: every rule leaf, the value read and its outcome. */
export function CreedEvidence(props: {
  checks: CheckInfo[];
  /** The service, for the remediation templates' "Fix with a template". */
  entityRef?: string;
}) {
  const { checks, entityRef } = props;
  const t = useSoloTrekT();
  return (
    <InfoCard
      title={t('creedEvidence.title')}
      subheader={t('creedEvidence.subheader')}
    >
      {checks.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {t('creedChecklist.empty')}
        </Typography>
      ) : (
        sortChecks(checks).map(check => (
          <CheckEvidence key={check.id} check={check} entityRef={entityRef} />
        ))
      )}
    </InfoCard>
  );
}
