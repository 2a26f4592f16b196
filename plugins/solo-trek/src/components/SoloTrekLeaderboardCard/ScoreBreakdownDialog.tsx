import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Progress } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  LeaderboardEntry,
  LeaderboardPeriod,
  ServiceScoreInfo,
  TeamScoreExplanation,
} from '@internal/plugin-solo-trek-common';
import { useSoloTrekApi } from '../../hooks';
import {
  BADGE_LABELS,
  formatDate,
  formatNumber,
  formatPercent,
  STAGE_LABELS,
  TRACK_LABELS,
} from '../../lib/format';
import { ErrorState } from '../shared/ErrorState';

const useStyles = makeStyles(theme => ({
  section: { marginTop: theme.spacing(2) },
  formula: {
    fontFamily: 'monospace',
    whiteSpace: 'pre-wrap',
    margin: theme.spacing(1, 0),
  },
  table: { '& th, & td': { padding: theme.spacing(0.5, 1) } },
}));

/** How early a service went live, and against what. */
export function earlinessText(s: ServiceScoreInfo): string {
  if (s.earliness === null) return '—';
  const value = formatPercent(s.earliness);
  switch (s.earlinessBasis) {
    case 'wave':
      return s.earliness === 1
        ? `${value}: on schedule (wave planned to end ${formatDate(
            s.plannedEnd,
            { utc: true },
          )})`
        : `${value}: after its wave's planned end (${formatDate(s.plannedEnd, {
            utc: true,
          })})`;
    case 'no-wave':
      return `${value}: neutral, no planned wave`;
    default:
      return `${value}: early in the migration window`;
  }
}

/** The prior's effect, in a sentence. */
export function priorText(e: TeamScoreExplanation): string {
  const { priorStrength, organisationMean } = e.scoring;
  if (priorStrength === 0) {
    return `No prior: the score is the team's own, ${formatNumber(
      e.rawScore,
    )}.`;
  }
  const sign = e.priorEffect > 0 ? '+' : '';
  return (
    `Its ${e.total} services alone score ${formatNumber(e.rawScore)}. ` +
    `The prior counts ${formatNumber(priorStrength)} more services at the ` +
    `organisation's mean of ${formatNumber(organisationMean)}, ` +
    `so ${formatNumber(e.score)} (${sign}${formatNumber(e.priorEffect)}).`
  );
}

function Breakdown(props: { explanation: TeamScoreExplanation }) {
  const { explanation: e } = props;
  const classes = useStyles();
  const { earlinessWeight, complianceWeight, maxPoints } = e.scoring;
  return (
    <>
      <Typography variant="body1">
        Rank {e.rank}, score <strong>{formatNumber(e.score)}</strong> of 100,{' '}
        {e.migrated} of {e.total} services done
        {e.period === 'month'
          ? ` (this month, from ${formatDate(e.periodStart)})`
          : ''}
        .
      </Typography>
      <Typography variant="body2" className={classes.section}>
        {priorText(e)}
      </Typography>
      <Typography
        variant="caption"
        component="p"
        color="textSecondary"
        className={classes.formula}
      >
        points = (1 + {formatNumber(earlinessWeight, 2)} × earliness) × (1 +{' '}
        {formatNumber(complianceWeight, 2)} × compliance), at most{' '}
        {formatNumber(maxPoints, 2)} a service{'\n'}
        score = 100 × (Σ points / {formatNumber(maxPoints, 2)} +{' '}
        {formatNumber(e.scoring.priorStrength)} × mean) / (services +{' '}
        {formatNumber(e.scoring.priorStrength)})
      </Typography>

      <Typography
        variant="subtitle2"
        component="h3"
        className={classes.section}
      >
        Services
      </Typography>
      <Table
        size="small"
        className={classes.table}
        aria-label="Points per service"
      >
        <TableHead>
          <TableRow>
            <TableCell>Service</TableCell>
            <TableCell>Stage</TableCell>
            <TableCell>Earliness</TableCell>
            <TableCell>Compliance</TableCell>
            <TableCell align="right">Points</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {e.services.map(s => (
            <TableRow key={s.entityRef}>
              <TableCell>
                <EntityRefLink entityRef={s.entityRef}>
                  {s.title ?? s.entityRef}
                </EntityRefLink>
                <Typography
                  variant="caption"
                  color="textSecondary"
                  display="block"
                >
                  {TRACK_LABELS[s.track]}
                </Typography>
              </TableCell>
              <TableCell>
                {STAGE_LABELS[s.stage]}
                {s.migratedAt && (
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    display="block"
                  >
                    {formatDate(s.migratedAt)}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{earlinessText(s)}</TableCell>
              <TableCell>
                {s.compliance === null ? '—' : formatPercent(s.compliance)}
                {s.waivedItems > 0 &&
                  ` (${s.waivedItems} waived, counted half)`}
              </TableCell>
              <TableCell align="right">
                {s.counted
                  ? `${formatNumber(s.points, 2)} of ${formatNumber(
                      maxPoints,
                      2,
                    )}`
                  : '0'}
                {!s.counted && s.migratedAt && (
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    display="block"
                  >
                    not this month
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
          {e.hiddenServices.count > 0 && (
            <TableRow>
              <TableCell colSpan={4}>
                {e.hiddenServices.count} more{' '}
                {e.hiddenServices.count === 1 ? 'service' : 'services'} you may
                not see in the catalog
              </TableCell>
              <TableCell align="right">
                {formatNumber(e.hiddenServices.points, 2)}
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>

      <Typography
        variant="subtitle2"
        component="h3"
        className={classes.section}
      >
        Badges
      </Typography>
      {e.badges.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No badges yet.
        </Typography>
      ) : (
        <List dense aria-label="Badges earned">
          {e.badges.map(b => (
            <ListItem key={b.badge} disableGutters>
              <ListItemText
                primary={`${BADGE_LABELS[b.badge]}: ${b.detail}`}
                secondary={`Rule: ${b.rule}.`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </>
  );
}

/**
 * Why a team has its score: opened by clicking the score on the board. The
 * breakdown comes from the backend, computed by the rule that ranked it.
 */
export function ScoreBreakdownDialog(props: {
  migrationId: string;
  period: LeaderboardPeriod;
  entry: LeaderboardEntry | undefined;
  onClose: () => void;
}) {
  const { migrationId, period, entry, onClose } = props;
  const state = useSoloTrekApi(
    async api =>
      entry ? api.explainTeamScore(migrationId, entry.team, period) : undefined,
    [migrationId, period, entry?.team],
  );
  let body;
  if (state.error) {
    body = <ErrorState error={state.error} onRetry={state.retry} />;
  } else if (!state.value || state.loading) {
    body = <Progress />;
  } else {
    body = <Breakdown explanation={state.value} />;
  }
  return (
    <Dialog
      open={Boolean(entry)}
      onClose={onClose}
      aria-labelledby="solo-trek-score-breakdown-title"
      fullWidth
      maxWidth="md"
    >
      <DialogTitle id="solo-trek-score-breakdown-title">
        Why {entry?.title} scores {entry ? formatNumber(entry.score) : ''}
      </DialogTitle>
      <DialogContent>{body}</DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
