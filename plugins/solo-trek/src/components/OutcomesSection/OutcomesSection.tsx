import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { EmptyState, InfoCard, Progress } from '@backstage/core-components';
import {
  AdoptionReport,
  MigrationInfo,
} from '@internal/plugin-solo-trek-common';
import { formatDateTime, plural } from '../../lib/format';
import { ErrorState } from '../shared/ErrorState';
import { CsvExportButtons } from '../SoloTrekPage/CsvExportButtons';
import { OutcomeBreakdowns } from './OutcomeBreakdowns';
import { OutcomeSeriesCharts } from './OutcomeSeriesCharts';
import { PerspectiveTiles } from './PerspectiveTiles';
import { SatisfactionPanel } from './SatisfactionPanel';
import { useOutcomes } from './useOutcomes';

/**
 * The outcomes section of the dashboard: the article's balanced scorecard,
 * each service's numbers on the old platform against the new, medians over
 * services, with the breakdowns, the series around go-live, the pulse and
 * the CSV export.
 */
export function OutcomesSection(props: {
  migration: MigrationInfo;
  /** The adoption report the page already has, for the human tile. */
  adoption?: AdoptionReport;
}) {
  const { migration, adoption } = props;
  const state = useOutcomes(migration.id);
  const headingId = `solo-trek-outcomes-${migration.id}`;

  let body;
  if (state.error) {
    body = <ErrorState error={state.error} onRetry={state.retry} />;
  } else if (!state.value) {
    body = <Progress />;
  } else if (state.value.reportingServices === 0) {
    body = (
      <EmptyState
        missing="data"
        title="No outcome points yet"
        description="CI/CD, incident tools and cost exports report deployments, lead time, incidents, latency and cost through POST /api/solo-trek/facts; see the backend plugin's README."
      />
    );
  } else {
    const report = state.value;
    body = (
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <Typography variant="body2" color="textSecondary">
            Each service's last {report.comparisonDays} days on {report.from}{' '}
            before its go-live against its latest {report.comparisonDays} days
            on {report.to}; medians over services. Counts are per{' '}
            {report.rateDays} days.{' '}
            {plural(report.reportingServices, 'service')} report outcomes.
          </Typography>
        </Grid>
        <Grid item xs={12}>
          <PerspectiveTiles report={report} adoption={adoption} />
        </Grid>
        <Grid item xs={12}>
          <InfoCard
            title="Around go-live"
            subheader="Each metric by week, aligned on each service's go-live (day 0)"
          >
            <OutcomeSeriesCharts report={report} />
          </InfoCard>
        </Grid>
        <Grid item xs={12} lg={7}>
          <InfoCard title="By track and team">
            <OutcomeBreakdowns report={report} />
          </InfoCard>
        </Grid>
        <Grid item xs={12} lg={5}>
          <InfoCard
            title="Developer satisfaction"
            subheader={`“${report.pulse.question}”, asked ${report.pulse.delayDays} days after go-live; shown per team and overall, never per person`}
          >
            <SatisfactionPanel report={report} />
          </InfoCard>
        </Grid>
        <Grid item xs={12}>
          <Typography variant="caption" color="textSecondary">
            Outcomes computed {formatDateTime(report.generatedAt)}.
          </Typography>
        </Grid>
      </Grid>
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <Grid container spacing={2} alignItems="center">
        <Grid item xs>
          <Typography variant="h5" component="h2" id={headingId}>
            Outcomes: before and after the move
          </Typography>
        </Grid>
        <Grid item>
          <CsvExportButtons migrationId={migration.id} reports={['outcomes']} />
        </Grid>
      </Grid>
      {body}
    </section>
  );
}
