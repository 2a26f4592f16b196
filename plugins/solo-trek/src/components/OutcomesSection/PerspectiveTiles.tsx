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
import { formatNumber, formatPercent, plural } from '../../lib/format';
import { ChangeText } from './ChangeText';
import {
  formatOutcome,
  PERSPECTIVE_DESCRIPTIONS,
  PERSPECTIVE_TITLES,
} from './outcomeFormat';
import { SatisfactionBars } from './SatisfactionBars';

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
  const fmt = (v: number | null) => formatOutcome(v, metric, report.rateDays);
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
              {platform} · {plural(side.services, 'service')}
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
            title={`Medians of the ${plural(
              paired.services,
              'service',
            )} with numbers on both platforms: ${fmt(
              paired.medianBefore,
            )} before, ${fmt(paired.medianAfter)} after.`}
          >
            <Typography
              variant="caption"
              color="textSecondary"
              component="span"
            >
              for {plural(paired.services, 'service')} with both:{' '}
              {paired.improved} better, {paired.worsened} worse
            </Typography>
          </Tooltip>
        </Typography>
      ) : (
        <Typography variant="caption" color="textSecondary" component="p">
          No service has numbers on both platforms yet.
        </Typography>
      )}
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
  return (
    <>
      <section className={classes.metric} aria-label="Developer satisfaction">
        <Typography variant="subtitle2" component="h4">
          Developer satisfaction
        </Typography>
        <Typography variant="caption" color="textSecondary" component="p">
          “{report.pulse.question}” {report.pulse.delayDays} days after go-live
        </Typography>
        {satisfaction.mean !== null ? (
          <>
            <Typography className={classes.value} component="p">
              {formatNumber(satisfaction.mean, 1)} / 5
            </Typography>
            <SatisfactionBars
              distribution={satisfaction.distribution!}
              label="Answers across the migration"
            />
          </>
        ) : (
          <Typography variant="body2" color="textSecondary" component="p">
            Scores show from {report.pulse.minGroupSize} answers, so none can be
            traced to a person.
          </Typography>
        )}
        <Typography variant="caption" color="textSecondary" component="p">
          {plural(satisfaction.responses, 'answer')} on{' '}
          {plural(satisfaction.services, 'service')}
        </Typography>
      </section>
      {adoption && (
        <section className={classes.metric} aria-label="Platform adoption">
          <Typography variant="subtitle2" component="h4">
            Platform adoption
          </Typography>
          <Typography className={classes.value} component="p">
            {formatPercent(adoption.totals.adoption)}
          </Typography>
          <Typography variant="caption" color="textSecondary" component="p">
            {adoption.totals.done} of {adoption.totals.total} services done
          </Typography>
        </section>
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
  const metricsOf = (p: OutcomePerspective) =>
    report.metrics.filter(m => m.perspective === p);
  return (
    <Grid container spacing={2}>
      {OUTCOME_PERSPECTIVES.map(p => (
        <Grid item xs={12} sm={6} lg={3} key={p}>
          <Paper
            className={classes.tile}
            component="section"
            aria-label={`${PERSPECTIVE_TITLES[p]} outcomes`}
          >
            <div>
              <Typography variant="overline" component="h3">
                {PERSPECTIVE_TITLES[p]}
              </Typography>
              <Typography variant="caption" color="textSecondary" component="p">
                {PERSPECTIVE_DESCRIPTIONS[p]}
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
