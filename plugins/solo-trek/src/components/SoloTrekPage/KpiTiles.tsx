import Grid from '@material-ui/core/Grid';
import { useTheme } from '@material-ui/core/styles';
import { ReactNode } from 'react';
import { AdoptionReport } from '@internal/plugin-solo-trek-common';
import {
  FORECAST_LABELS,
  formatDate,
  formatRate,
  formatPercent,
  plural,
} from '../../lib/format';
import { describeDaysToSunset, sunsetUrgency } from '../../lib/sunset';
import { forecastColor, urgencyColor } from '../shared/colors';
import { StatTile as Tile } from '../shared/StatTile';

/** The four numbers the platform team looks at first. */
export function KpiTiles(props: { report: AdoptionReport }) {
  const { report } = props;
  const theme = useTheme();
  const { totals, forecast } = report;
  const urgency = sunsetUrgency(
    report.daysToSunset,
    forecast.status === 'complete',
  );

  let forecastDetail: ReactNode;
  if (forecast.status === 'complete') {
    forecastDetail = 'Every service in scope is done.';
  } else if (forecast.status === 'not-enough-data') {
    forecastDetail = forecast.reason;
  } else if (!forecast.projectedCompletion) {
    forecastDetail = `${forecast.reason} ${formatRate(
      forecast.requiredWeeklyRate,
    )} a week are needed to finish by the sunset.`;
  } else {
    forecastDetail = (
      <>
        Projected to finish {formatDate(forecast.projectedCompletion)}, between{' '}
        {formatDate(forecast.earliestCompletion)} and{' '}
        {forecast.latestCompletion
          ? formatDate(forecast.latestCompletion)
          : 'no date in sight'}{' '}
        ({formatPercent(forecast.confidence)} interval), at a net{' '}
        {formatRate(forecast.netWeeklyRate)} a week; finishing by the sunset
        needs {formatRate(forecast.requiredWeeklyRate)} a week (
        {forecast.remaining} left, pace from the last {forecast.basedOnWeeks}{' '}
        weeks).
      </>
    );
  }

  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={6} lg={3}>
        <Tile
          label="Adoption"
          value={formatPercent(totals.adoption)}
          detail={`${totals.done} of ${
            totals.total
          } services done, across ${plural(report.teamCount, 'team')}`}
        />
      </Grid>
      <Grid item xs={12} sm={6} lg={3}>
        <Tile
          label="Compliant adoption"
          value={formatPercent(totals.compliantAdoption)}
          detail={`${totals.compliantDone} of ${totals.total} done and passing every must item`}
        />
      </Grid>
      <Grid item xs={12} sm={6} lg={3}>
        <Tile
          label="Days to sunset"
          value={report.daysToSunset < 0 ? 'Passed' : report.daysToSunset}
          color={urgencyColor(theme, urgency)}
          detail={`${describeDaysToSunset(report.daysToSunset)}: ${formatDate(
            report.sunset,
          )}`}
        />
      </Grid>
      <Grid item xs={12} sm={6} lg={3}>
        <Tile
          label="Forecast"
          value={FORECAST_LABELS[forecast.status]}
          color={forecastColor(theme, forecast.status)}
          detail={forecastDetail}
        />
      </Grid>
    </Grid>
  );
}
