import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { EmptyState, InfoCard, Progress } from '@backstage/core-components';
import {
  AdoptionReport,
  MigrationInfo,
} from '@internal/plugin-solo-trek-common';
import { formatDateTime, formatNumber } from '../../lib/format';
import { ErrorState } from '../shared/ErrorState';
import { CsvExportButtons } from '../SoloTrekPage/CsvExportButtons';
import { OutcomeBreakdowns } from './OutcomeBreakdowns';
import { OutcomeSeriesCharts } from './OutcomeSeriesCharts';
import { PerspectiveTiles } from './PerspectiveTiles';
import { SatisfactionPanel } from './SatisfactionPanel';
import { useOutcomes } from './useOutcomes';
import { useSoloTrekT } from '../../translation';

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
  const t = useSoloTrekT();

  let body;
  if (state.error) {
    body = <ErrorState error={state.error} onRetry={state.retry} />;
  } else if (!state.value) {
    body = <Progress />;
  } else if (state.value.reportingServices === 0) {
    body = (
      <EmptyState
        missing="data"
        title={t('outcomesSection.noPointsTitle')}
        description={t('outcomesSection.noPointsDescription')}
      />
    );
  } else {
    const report = state.value;
    body = (
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <Typography variant="body2" color="textSecondary">
            {t('outcomesSection.explained', {
              days: String(report.comparisonDays),
              from: report.from,
              to: report.to,
              rateDays: String(report.rateDays),
              services: t('outcomesSection.services', {
                count: report.reportingServices,
                n: formatNumber(report.reportingServices, 0),
              }),
            })}
          </Typography>
        </Grid>
        <Grid item xs={12}>
          <PerspectiveTiles report={report} adoption={adoption} />
        </Grid>
        <Grid item xs={12}>
          <InfoCard
            title={t('outcomesSection.aroundGoLive')}
            subheader={t('outcomesSection.aroundGoLiveSubheader')}
          >
            <OutcomeSeriesCharts report={report} />
          </InfoCard>
        </Grid>
        <Grid item xs={12} lg={7}>
          <InfoCard title={t('outcomesSection.byTrackAndTeam')}>
            <OutcomeBreakdowns report={report} />
          </InfoCard>
        </Grid>
        <Grid item xs={12} lg={5}>
          <InfoCard
            title={t('outcomesSection.satisfaction')}
            subheader={t('outcomesSection.satisfactionSubheader', {
              question: report.pulse.question,
              days: String(report.pulse.delayDays),
            })}
          >
            <SatisfactionPanel report={report} />
          </InfoCard>
        </Grid>
        <Grid item xs={12}>
          <Typography variant="caption" color="textSecondary">
            {t('outcomesSection.computed', {
              date: formatDateTime(report.generatedAt),
            })}
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
            {t('outcomesSection.title')}
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
