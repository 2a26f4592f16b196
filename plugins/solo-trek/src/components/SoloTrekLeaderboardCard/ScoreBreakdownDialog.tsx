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
import { formatDate, formatNumber, formatPercent } from '../../lib/format';
import { ErrorState } from '../shared/ErrorState';
import { SectionTitle } from '../shared/SectionTitle';
import { SoloTrekT, useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

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
export function earlinessText(s: ServiceScoreInfo, t: SoloTrekT): string {
  if (s.earliness === null) return '—';
  const value = formatPercent(s.earliness);
  switch (s.earlinessBasis) {
    case 'wave':
      return t(
        s.earliness === 1
          ? 'scoreBreakdownDialog.onSchedule'
          : 'scoreBreakdownDialog.late',
        { value, date: formatDate(s.plannedEnd, { utc: true }) },
      );
    case 'no-wave':
      return t('scoreBreakdownDialog.noWave', { value });
    default:
      return t('scoreBreakdownDialog.window', { value });
  }
}

/** The prior's effect, in a sentence. */
export function priorText(e: TeamScoreExplanation, t: SoloTrekT): string {
  const { priorStrength, organisationMean } = e.scoring;
  if (priorStrength === 0) {
    return t('scoreBreakdownDialog.noPrior', {
      score: formatNumber(e.rawScore),
    });
  }
  const sign = e.priorEffect > 0 ? '+' : '';
  return t('scoreBreakdownDialog.prior', {
    total: String(e.total),
    raw: formatNumber(e.rawScore),
    prior: formatNumber(priorStrength),
    mean: formatNumber(organisationMean),
    score: formatNumber(e.score),
    effect: `${sign}${formatNumber(e.priorEffect)}`,
  });
}

function Breakdown(props: { explanation: TeamScoreExplanation }) {
  const { explanation: e } = props;
  const classes = useStyles();
  const { earlinessWeight, complianceWeight, maxPoints } = e.scoring;
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  return (
    <>
      <Typography variant="body1">
        {t('scoreBreakdownDialog.rank', {
          rank: String(e.rank),
          score: <strong>{formatNumber(e.score)}</strong>,
          migrated: String(e.migrated),
          total: String(e.total),
          period:
            e.period === 'month'
              ? t('scoreBreakdownDialog.thisMonth', {
                  date: formatDate(e.periodStart),
                })
              : '',
        })}
      </Typography>
      <Typography variant="body2" className={classes.section}>
        {priorText(e, t)}
      </Typography>
      <Typography
        variant="caption"
        component="p"
        color="textSecondary"
        className={classes.formula}
      >
        {t('scoreBreakdownDialog.formula', {
          earliness: formatNumber(earlinessWeight, 2),
          compliance: formatNumber(complianceWeight, 2),
          max: formatNumber(maxPoints, 2),
          prior: formatNumber(e.scoring.priorStrength),
        })}
      </Typography>

      <SectionTitle>{t('scoreBreakdownDialog.services')}</SectionTitle>
      <Table
        size="small"
        className={classes.table}
        aria-label={t('scoreBreakdownDialog.pointsPerService')}
      >
        <TableHead>
          <TableRow>
            <TableCell>{t('scoreBreakdownDialog.service')}</TableCell>
            <TableCell>{t('scoreBreakdownDialog.stage')}</TableCell>
            <TableCell>{t('scoreBreakdownDialog.earliness')}</TableCell>
            <TableCell>{t('scoreBreakdownDialog.compliance')}</TableCell>
            <TableCell align="right">
              {t('scoreBreakdownDialog.points')}
            </TableCell>
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
                  {labels.track(s.track)}
                </Typography>
              </TableCell>
              <TableCell>
                {labels.stage(s.stage)}
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
              <TableCell>{earlinessText(s, t)}</TableCell>
              <TableCell>
                {s.compliance === null ? '—' : formatPercent(s.compliance)}
                {s.waivedItems > 0 &&
                  t('scoreBreakdownDialog.waived', {
                    n: String(s.waivedItems),
                  })}
              </TableCell>
              <TableCell align="right">
                {s.counted
                  ? t('scoreBreakdownDialog.pointsOf', {
                      points: formatNumber(s.points, 2),
                      max: formatNumber(maxPoints, 2),
                    })
                  : '0'}
                {!s.counted && s.migratedAt && (
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    display="block"
                  >
                    {t('scoreBreakdownDialog.notThisMonth')}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
          {e.hiddenServices.count > 0 && (
            <TableRow>
              <TableCell colSpan={4}>
                {t('scoreBreakdownDialog.hidden', {
                  count: e.hiddenServices.count,
                })}
              </TableCell>
              <TableCell align="right">
                {formatNumber(e.hiddenServices.points, 2)}
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>

      <SectionTitle>{t('scoreBreakdownDialog.badges')}</SectionTitle>
      {e.badges.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {t('scoreBreakdownDialog.noBadges')}
        </Typography>
      ) : (
        <List dense aria-label={t('scoreBreakdownDialog.badgesEarned')}>
          {e.badges.map(b => (
            <ListItem key={b.badge} disableGutters>
              <ListItemText
                primary={t('scoreBreakdownDialog.badge', {
                  badge: labels.badge(b.badge),
                  detail: b.detail,
                })}
                secondary={t('scoreBreakdownDialog.rule', { rule: b.rule })}
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
  const t = useSoloTrekT();
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
        {t('scoreBreakdownDialog.title', {
          team: entry?.title ?? '',
          score: entry ? formatNumber(entry.score) : '',
        })}
      </DialogTitle>
      <DialogContent>{body}</DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('scoreBreakdownDialog.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
