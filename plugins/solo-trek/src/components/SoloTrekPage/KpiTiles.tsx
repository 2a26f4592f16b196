import Grid from '@material-ui/core/Grid';
import { useTheme } from '@material-ui/core/styles';
import { ReactNode } from 'react';
import { AdoptionReport } from '@internal/plugin-solo-trek-common';
import {
  formatDate,
  formatRate,
  formatNumber,
  formatPercent,
} from '../../lib/format';
import { sunsetUrgency } from '../../lib/sunset';
import { forecastColor, urgencyColor } from '../shared/colors';
import { StatTile as Tile } from '../shared/StatTile';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

/** The four numbers the platform team looks at first. */
export function KpiTiles(props: { report: AdoptionReport }) {
  const { report } = props;
  const theme = useTheme();
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const { totals, forecast } = report;
  const urgency = sunsetUrgency(
    report.daysToSunset,
    forecast.status === 'complete',
  );

  let forecastDetail: ReactNode;
  if (forecast.status === 'complete') {
    forecastDetail = t('kpiTiles.complete');
  } else if (forecast.status === 'not-enough-data') {
    forecastDetail = forecast.reason;
  } else if (!forecast.projectedCompletion) {
    forecastDetail = t('kpiTiles.needed', {
      reason: forecast.reason,
      rate: formatRate(forecast.requiredWeeklyRate),
    });
  } else {
    forecastDetail = t('kpiTiles.projected', {
      date: formatDate(forecast.projectedCompletion),
      earliest: formatDate(forecast.earliestCompletion),
      latest: forecast.latestCompletion
        ? formatDate(forecast.latestCompletion)
        : t('kpiTiles.noDateInSight'),
      confidence: formatPercent(forecast.confidence),
      net: formatRate(forecast.netWeeklyRate),
      required: formatRate(forecast.requiredWeeklyRate),
      remaining: String(forecast.remaining),
      weeks: String(forecast.basedOnWeeks),
    });
  }

  const tiles: Parameters<typeof Tile>[0][] = [
    {
      label: t('kpiTiles.adoption'),
      value: formatPercent(totals.adoption),
      detail: t('kpiTiles.adoptionDetail', {
        done: String(totals.done),
        total: String(totals.total),
        teams: t('kpiTiles.teams', {
          count: report.teamCount,
          n: formatNumber(report.teamCount, 0),
        }),
      }),
    },
    {
      label: t('kpiTiles.compliantAdoption'),
      value: formatPercent(totals.compliantAdoption),
      detail: t('kpiTiles.compliantDetail', {
        done: String(totals.compliantDone),
        total: String(totals.total),
      }),
    },
    {
      label: t('kpiTiles.daysToSunset'),
      value:
        report.daysToSunset < 0 ? t('kpiTiles.passed') : report.daysToSunset,
      color: urgencyColor(theme, urgency),
      detail: t('kpiTiles.sunsetDetail', {
        days: labels.daysToSunset(report.daysToSunset),
        date: formatDate(report.sunset),
      }),
    },
    {
      label: t('kpiTiles.forecast'),
      value: labels.forecast(forecast.status),
      color: forecastColor(theme, forecast.status),
      detail: forecastDetail,
    },
  ];

  return (
    <Grid container spacing={2}>
      {tiles.map(tile => (
        <Grid item xs={12} sm={6} lg={3} key={tile.label}>
          <Tile {...tile} />
        </Grid>
      ))}
    </Grid>
  );
}
