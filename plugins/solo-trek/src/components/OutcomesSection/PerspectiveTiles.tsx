import { ReactNode } from 'react';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  AdoptionReport,
  OUTCOME_PERSPECTIVES,
  OutcomeMetric,
  OutcomeMetricSummary,
  OutcomePerspective,
  OutcomesReport,
} from '@internal/plugin-solo-trek-common';
import { formatNumber, formatPercent } from '../../lib/format';
import { ChangeText } from './ChangeText';
import { formatOutcome } from './outcomeFormat';
import { SatisfactionBars } from './SatisfactionBars';
import { useSoloTrekT } from '../../translation';

const useStyles = makeStyles(theme => ({
  tile: {
    padding: theme.spacing(2),
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1.5),
  },
  metric: {
    borderTop: `1px solid ${theme.palette.divider}`,
    paddingTop: theme.spacing(1),
  },
  sides: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    gap: theme.spacing(1),
    margin: theme.spacing(0.5, 0),
  },
  side: { minWidth: 0 },
  value: { fontWeight: theme.typography.fontWeightBold as number },
}));

/** One metric: the old platform against the new, and the paired change. */
function MetricFigures(props: {
  metric: OutcomeMetric;
  summary: OutcomeMetricSummary;
  report: OutcomesReport;
}) {
  const { metric, summary, report } = props;
  const classes = useStyles();
  const { before, after, paired } = summary;
  const t = useSoloTrekT();
  const fmt = (v: number | null) =>
    formatOutcome(v, metric, report.rateDays, t);
  const services = (count: number) =>
    t('perspectiveTiles.services', { count, n: formatNumber(count, 0) });
  return (
    <section
      className={classes.metric}
      aria-label={metric.title}
      data-testid={`outcome-${metric.id}`}
    >
      <Typography variant="subtitle2" component="h4">
        {metric.title}
      </Typography>
      <div className={classes.sides}>
        {[
          { platform: report.from, side: before },
          { platform: report.to, side: after },
        ].map(({ platform, side }) => (
          <div className={classes.side} key={platform}>
            <Typography variant="caption" color="textSecondary" component="p">
              {t('perspectiveTiles.side', {
                platform,
                services: services(side.services),
              })}
            </Typography>
            <Typography className={classes.value} component="p">
              {fmt(side.median)}
            </Typography>
          </div>
        ))}
      </div>
      {paired.services > 0 ? (
        <Typography variant="body2" component="div">
          <ChangeText metric={metric} change={paired.changePercent} />{' '}
          <Tooltip
            title={t('perspectiveTiles.pairedTooltip', {
              services: services(paired.services),
              before: fmt(paired.medianBefore),
              after: fmt(paired.medianAfter),
            })}
          >
            <Typography
              variant="caption"
              color="textSecondary"
              component="span"
            >
              {t('perspectiveTiles.paired', {
                services: services(paired.services),
                better: String(paired.improved),
                worse: String(paired.worsened),
              })}
            </Typography>
          </Tooltip>
        </Typography>
      ) : (
        <Typography variant="caption" color="textSecondary" component="p">
          {t('perspectiveTiles.noneBoth')}
        </Typography>
      )}
    </section>
  );
}

/** A figure of the human tile: a section named by its heading. */
function Figure(props: { title: string; children: ReactNode }) {
  const classes = useStyles();
  return (
    <section className={classes.metric} aria-label={props.title}>
      <Typography variant="subtitle2" component="h4">
        {props.title}
      </Typography>
      {props.children}
    </section>
  );
}

/** The human tile: the pulse and adoption. */
function HumanFigures(props: {
  report: OutcomesReport;
  adoption?: AdoptionReport;
}) {
  const { report, adoption } = props;
  const classes = useStyles();
  const { satisfaction } = report.overall;
  const t = useSoloTrekT();
  return (
    <>
      <Figure title={t('perspectiveTiles.satisfaction')}>
        <Typography variant="caption" color="textSecondary" component="p">
          {t('perspectiveTiles.question', {
            question: report.pulse.question,
            days: String(report.pulse.delayDays),
          })}
        </Typography>
        {satisfaction.mean !== null ? (
          <>
            <Typography className={classes.value} component="p">
              {t('perspectiveTiles.score', {
                score: formatNumber(satisfaction.mean, 1),
              })}
            </Typography>
            <SatisfactionBars
              distribution={satisfaction.distribution!}
              label={t('perspectiveTiles.answersAcross')}
            />
          </>
        ) : (
          <Typography variant="body2" color="textSecondary" component="p">
            {t('perspectiveTiles.minGroup', {
              n: String(report.pulse.minGroupSize),
            })}
          </Typography>
        )}
        <Typography variant="caption" color="textSecondary" component="p">
          {t('perspectiveTiles.answersOn', {
            answers: t('perspectiveTiles.answers', {
              count: satisfaction.responses,
              n: formatNumber(satisfaction.responses, 0),
            }),
            services: t('perspectiveTiles.services', {
              count: satisfaction.services,
              n: formatNumber(satisfaction.services, 0),
            }),
          })}
        </Typography>
      </Figure>
      {adoption && (
        <Figure title={t('perspectiveTiles.adoption')}>
          <Typography className={classes.value} component="p">
            {formatPercent(adoption.totals.adoption)}
          </Typography>
          <Typography variant="caption" color="textSecondary" component="p">
            {t('perspectiveTiles.adoptionDetail', {
              done: String(adoption.totals.done),
              total: String(adoption.totals.total),
            })}
          </Typography>
        </Figure>
      )}
    </>
  );
}

/** One tile per perspective of the balanced scorecard. */
export function PerspectiveTiles(props: {
  report: OutcomesReport;
  adoption?: AdoptionReport;
}) {
  const { report, adoption } = props;
  const classes = useStyles();
  const t = useSoloTrekT();
  const metricsOf = (p: OutcomePerspective) =>
    report.metrics.filter(m => m.perspective === p);
  return (
    <Grid container spacing={2}>
      {OUTCOME_PERSPECTIVES.map(p => (
        <Grid item xs={12} sm={6} lg={3} key={p}>
          <Paper
            className={classes.tile}
            component="section"
            aria-label={t('perspectiveTiles.outcomes', {
              perspective: t(`outcomePerspectives.title.${p}`),
            })}
          >
            <div>
              <Typography variant="overline" component="h3">
                {t(`outcomePerspectives.title.${p}`)}
              </Typography>
              <Typography variant="caption" color="textSecondary" component="p">
                {t(`outcomePerspectives.description.${p}`)}
              </Typography>
            </div>
            {metricsOf(p).map(metric => {
              const summary = report.overall.metrics.find(
                s => s.metric === metric.id,
              );
              return summary ? (
                <MetricFigures
                  key={metric.id}
                  metric={metric}
                  summary={summary}
                  report={report}
                />
              ) : null;
            })}
            {p === 'human' && (
              <HumanFigures report={report} adoption={adoption} />
            )}
          </Paper>
        </Grid>
      ))}
    </Grid>
  );
}
