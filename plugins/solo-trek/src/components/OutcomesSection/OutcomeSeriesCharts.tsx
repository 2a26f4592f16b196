import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  OutcomeMetric,
  OutcomeSeries,
  OutcomesReport,
} from '@internal/plugin-solo-trek-common';
import { formatNumber } from '../../lib/format';
import {
  ChartDataTable,
  ChartFigure,
  useChartTooltipStyle,
} from '../SoloTrekPage/ChartFigure';
import { formatOutcome, unitOf } from './outcomeFormat';
import { SoloTrekT, useSoloTrekT } from '../../translation';

/** "day 14" / "day −7": the first day of a week relative to go-live. */
export function weekLabel(
  day: number,
  bucketDays: number,
  t: SoloTrekT,
): string {
  const end = day + bucketDays - 1;
  const fmt = (d: number) => (d < 0 ? `−${-d}` : `${d}`);
  return t('outcomeSeriesCharts.week', { from: fmt(day), to: fmt(end) });
}

function medianOf(points: OutcomeSeries['points'], before: boolean) {
  const values = points
    .filter(p => (before ? p.day < 0 : p.day >= 0))
    .map(p => p.median)
    .sort((a, b) => a - b);
  if (values.length === 0) return null;
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

function SeriesChart(props: {
  metric: OutcomeMetric;
  series: OutcomeSeries;
  report: OutcomesReport;
}) {
  const { metric, series, report } = props;
  const theme = useTheme();
  const tooltipStyle = useChartTooltipStyle();
  const t = useSoloTrekT();
  const unit = unitOf(metric, report.rateDays, t);
  const before = medianOf(series.points, true);
  const after = medianOf(series.points, false);
  const summary =
    before !== null && after !== null
      ? t('outcomeSeriesCharts.summary', {
          before: formatOutcome(before, metric, report.rateDays, t),
          after: formatOutcome(after, metric, report.rateDays, t),
        })
      : t('outcomeSeriesCharts.summaryNone');
  const table = (
    <ChartDataTable
      caption={t('outcomeSeriesCharts.caption', { metric: metric.title, unit })}
      rows={series.points}
      rowKey={p => String(p.day)}
      columns={[
        {
          header: t('outcomeSeriesCharts.weekHeader'),
          cell: p => weekLabel(p.day, report.bucketDays, t),
        },
        {
          header: t('outcomeSeriesCharts.services'),
          align: 'right',
          cell: p => p.services,
        },
        {
          header: t('outcomeSeriesCharts.median'),
          align: 'right',
          cell: p => formatNumber(p.median),
        },
      ]}
    />
  );
  return (
    <>
      <Typography variant="subtitle2" component="h4">
        {metric.title}{' '}
        <Typography variant="caption" color="textSecondary" component="span">
          ({unit})
        </Typography>
      </Typography>
      <ChartFigure
        label={t('outcomeSeriesCharts.label', { metric: metric.title })}
        summary={summary}
        table={table}
        height={200}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={series.points}
            margin={{ top: 16, right: 16, bottom: 4, left: 0 }}
          >
            <CartesianGrid
              strokeDasharray="3 3"
              stroke={theme.palette.divider}
            />
            <XAxis
              dataKey="day"
              type="number"
              domain={['dataMin', 'dataMax']}
              tickFormatter={d => `${d > 0 ? '+' : ''}${d}d`}
              stroke={theme.palette.text.secondary}
            />
            <YAxis stroke={theme.palette.text.secondary} width={48} />
            <Tooltip
              labelFormatter={d => weekLabel(Number(d), report.bucketDays, t)}
              formatter={(value: number, _name, item: any) => [
                t('outcomeSeriesCharts.tooltip', {
                  value: formatNumber(value),
                  services: String(item?.payload?.services ?? 0),
                }),
                t('outcomeSeriesCharts.median'),
              ]}
              contentStyle={tooltipStyle}
            />
            <ReferenceLine
              x={0}
              stroke={theme.palette.info.main}
              strokeDasharray="4 2"
              label={{
                value: t('outcomeSeriesCharts.goLive', { platform: report.to }),
                position: 'top',
                fill: theme.palette.info.main,
                fontSize: 11,
              }}
            />
            <Line
              type="monotone"
              dataKey="median"
              stroke={theme.palette.primary.main}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </ChartFigure>
    </>
  );
}

/** A chart per metric with data, aligned on each service's go-live. */
export function OutcomeSeriesCharts(props: { report: OutcomesReport }) {
  const { report } = props;
  const t = useSoloTrekT();
  const charts = report.metrics.flatMap(metric => {
    const series = report.series.find(s => s.metric === metric.id);
    return series && series.points.length > 1 ? [{ metric, series }] : [];
  });
  if (charts.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('outcomeSeriesCharts.none')}
      </Typography>
    );
  }
  return (
    <Grid container spacing={3}>
      {charts.map(({ metric, series }) => (
        <Grid item xs={12} md={6} xl={4} key={metric.id}>
          <SeriesChart metric={metric} series={series} report={report} />
        </Grid>
      ))}
    </Grid>
  );
}
