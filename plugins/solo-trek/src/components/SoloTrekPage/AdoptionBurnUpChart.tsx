import { useTheme } from '@material-ui/core/styles';
import { DateTime } from 'luxon';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { AdoptionHistory } from '@internal/plugin-solo-trek-common';
import {
  formatDate,
  formatNumber,
  formatRate,
  formatPercent,
} from '../../lib/format';
import {
  ChartDataTable,
  ChartFigure,
  useChartTooltipStyle,
} from './ChartFigure';
import { TrackForecasts } from './TrackForecasts';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

type Datum = {
  t: number;
  total?: number;
  done?: number;
  compliantDone?: number;
  forecast?: number;
  /** The plausible range of done services: [slowest, fastest]. */
  band?: [number, number];
  needed?: number;
};

function dayToMillis(day: string): number {
  return DateTime.fromISO(day, { zone: 'utc' }).toMillis();
}

/** Month starts between two instants, at most `max` of them, evenly spaced. */
export function monthTicks(fromT: number, toT: number, max = 8): number[] {
  const from = DateTime.fromMillis(fromT, { zone: 'utc' }).startOf('month');
  const to = DateTime.fromMillis(toT, { zone: 'utc' });
  const months = Math.max(1, Math.ceil(to.diff(from, 'months').months));
  const step = Math.max(1, Math.ceil(months / max));
  const ticks: number[] = [];
  for (let d = from; d <= to; d = d.plus({ months: step })) {
    if (d.toMillis() >= fromT) ticks.push(d.toMillis());
  }
  return ticks;
}

/** "Jan 2026": a two-digit year reads as a day ("Jan 26"). */
export function formatTick(t: number): string {
  return DateTime.fromMillis(t, { zone: 'utc' }).toLocaleString({
    month: 'short',
    year: 'numeric',
  });
}

/**
 * Builds the chart's series: done and compliant-done per day; the forecast
 * from the last point at the fitted pace to the projected completion; the
 * band of plausible finishes, from the last point to the earliest finish
 * (its fast edge) and the latest (its slow edge, flat when there is none);
 * and the pace needed to finish by the sunset.
 */
export function burnUpData(history: AdoptionHistory): Datum[] {
  const data: Datum[] = history.points.map(p => ({
    t: dayToMillis(p.day),
    total: p.total,
    done: p.done,
    compliantDone: p.compliantDone,
  }));
  const last = data[data.length - 1];
  const { forecast } = history;
  if (
    !last ||
    forecast.status === 'complete' ||
    forecast.status === 'not-enough-data'
  ) {
    return data;
  }
  const total = last.total ?? 0;
  const done = last.done ?? 0;
  last.forecast = done;
  last.needed = done;
  const sunsetT = dayToMillis(history.sunset);
  const after = (t: number) => t > last.t;
  if (forecast.projectedCompletion) {
    const endT = dayToMillis(forecast.projectedCompletion);
    if (after(endT)) {
      data.push({ t: endT, forecast: total });
    }
  } else if (forecast.weeklyRate > 0 && after(sunsetT)) {
    // No projected date but some pace: project it up to the sunset.
    const weeks = (sunsetT - last.t) / (7 * 24 * 3600 * 1000);
    data.push({
      t: sunsetT,
      forecast: Math.min(total, done + forecast.weeklyRate * weeks),
    });
  }
  if (forecast.earliestCompletion) {
    last.band = [done, done];
    const earliestT = dayToMillis(forecast.earliestCompletion);
    const latestT = forecast.latestCompletion
      ? dayToMillis(forecast.latestCompletion)
      : undefined;
    // The slow edge: done at the latest finish, or no progress without one.
    const slowAt = (t: number) =>
      latestT !== undefined && latestT > last.t
        ? Math.min(
            total,
            done + ((total - done) * (t - last.t)) / (latestT - last.t),
          )
        : done;
    if (after(earliestT)) {
      data.push({ t: earliestT, band: [slowAt(earliestT), total] });
    }
    const endT = latestT ?? Math.max(sunsetT, earliestT);
    if (after(endT) && endT !== earliestT) {
      data.push({ t: endT, band: [slowAt(endT), total] });
    }
  }
  if (after(sunsetT)) {
    data.push({ t: sunsetT, needed: total });
  }
  // One datum per instant: series that meet at a date share it.
  const merged = new Map<number, Datum>();
  for (const d of data) merged.set(d.t, { ...merged.get(d.t), ...d });
  return [...merged.values()].sort((a, b) => a.t - b.t);
}

export function AdoptionBurnUpChart(props: { history: AdoptionHistory }) {
  const { history } = props;
  const theme = useTheme();
  const tooltipStyle = useChartTooltipStyle();
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const data = burnUpData(history);
  const first = history.points[0];
  const last = history.points[history.points.length - 1];
  const sunsetT = dayToMillis(history.sunset);
  const startT = dayToMillis(history.start);
  const minT = Math.min(startT, data[0]?.t ?? startT);
  const maxT = Math.max(sunsetT, ...data.map(d => d.t));
  const { forecast } = history;

  const summary = last
    ? t('adoptionBurnUpChart.summary', {
        adoption:
          first && first !== last
            ? t('adoptionBurnUpChart.went', {
                from: formatPercent(first.adoption),
                fromDate: formatDate(first.day),
                to: formatPercent(last.adoption),
                toDate: formatDate(last.day),
              })
            : t('adoptionBurnUpChart.is', {
                adoption: formatPercent(last.adoption),
                date: formatDate(last.day),
              }),
        done: String(last.done),
        total: String(last.total),
        compliant: String(last.compliantDone),
        status: labels.forecast(forecast.status).toLowerCase(),
        projected: forecast.projectedCompletion
          ? t('adoptionBurnUpChart.projected', {
              date: formatDate(forecast.projectedCompletion),
            })
          : '',
        plausible: forecast.earliestCompletion
          ? t('adoptionBurnUpChart.plausibly', {
              earliest: formatDate(forecast.earliestCompletion),
              latest: forecast.latestCompletion
                ? formatDate(forecast.latestCompletion)
                : t('kpiTiles.noDateInSight'),
            })
          : '',
        sunset: formatDate(history.sunset),
        reason: forecast.reason,
      })
    : t('adoptionBurnUpChart.noHistory');

  // The series in drawing order: the scope, what is done, then the forecast.
  const series = [
    {
      kind: 'line',
      type: 'stepAfter',
      dataKey: 'total',
      name: t('adoptionBurnUpChart.inScope'),
      stroke: theme.palette.text.secondary,
      strokeDasharray: '2 4',
    },
    {
      kind: 'area',
      type: 'monotone',
      dataKey: 'done',
      name: t('adoptionBurnUpChart.done'),
      stroke: theme.palette.info.main,
      fill: theme.palette.info.main,
      fillOpacity: 0.25,
    },
    {
      kind: 'area',
      type: 'monotone',
      dataKey: 'compliantDone',
      name: t('adoptionBurnUpChart.compliantDone'),
      stroke: theme.palette.success.main,
      fill: theme.palette.success.main,
      // Inside the done area: a little darker.
      fillOpacity: 0.35,
    },
    {
      kind: 'area',
      type: 'linear',
      dataKey: 'band',
      name: t('adoptionBurnUpChart.band', {
        confidence: formatPercent(forecast.confidence),
      }),
      stroke: 'none',
      fill: theme.palette.info.light,
      fillOpacity: 0.3,
      connectNulls: true,
    },
    {
      kind: 'line',
      type: 'linear',
      dataKey: 'forecast',
      name: t('adoptionBurnUpChart.forecast', {
        rate: formatRate(forecast.netWeeklyRate),
      }),
      stroke: theme.palette.info.dark,
      strokeDasharray: '6 4',
      connectNulls: true,
    },
    {
      kind: 'line',
      type: 'linear',
      dataKey: 'needed',
      name: t('adoptionBurnUpChart.needed', {
        rate: formatRate(forecast.requiredWeeklyRate),
      }),
      stroke: theme.palette.warning.main,
      strokeDasharray: '2 3',
      connectNulls: true,
    },
  ] as const;

  const table = (
    <ChartDataTable
      caption={t('adoptionBurnUpChart.caption')}
      rows={history.points}
      rowKey={p => p.day}
      columns={[
        { header: t('adoptionBurnUpChart.day'), cell: p => formatDate(p.day) },
        {
          header: t('adoptionBurnUpChart.done'),
          align: 'right',
          cell: p => p.done,
        },
        {
          header: t('adoptionBurnUpChart.compliantDone'),
          align: 'right',
          cell: p => p.compliantDone,
        },
        {
          header: t('adoptionBurnUpChart.inScope'),
          align: 'right',
          cell: p => p.total,
        },
        {
          header: t('adoptionBurnUpChart.adoption'),
          align: 'right',
          cell: p => formatPercent(p.adoption),
        },
      ]}
    />
  );

  return (
    <>
      <ChartFigure
        label={t('adoptionBurnUpChart.label')}
        summary={summary}
        table={table}
        height={320}
      >
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={data}
            margin={{ top: 24, right: 24, bottom: 8, left: 0 }}
          >
            <CartesianGrid
              strokeDasharray="3 3"
              stroke={theme.palette.divider}
            />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={[minT, maxT]}
              ticks={monthTicks(minT, maxT)}
              tickFormatter={formatTick}
              stroke={theme.palette.text.secondary}
            />
            <YAxis
              allowDecimals={false}
              stroke={theme.palette.text.secondary}
              label={{
                value: t('adoptionBurnUpChart.services'),
                angle: -90,
                position: 'insideLeft',
                fill: theme.palette.text.secondary,
              }}
            />
            <Tooltip
              labelFormatter={ms =>
                formatDate(
                  DateTime.fromMillis(Number(ms), { zone: 'utc' }).toISODate(),
                )
              }
              formatter={(value: number | number[]) =>
                Array.isArray(value)
                  ? value.map(v => formatNumber(v, 0)).join('–')
                  : formatNumber(value)
              }
              contentStyle={tooltipStyle}
            />
            <Legend />
            {series.map(({ kind, ...seriesProps }) =>
              kind === 'area' ? (
                <Area
                  key={seriesProps.dataKey}
                  {...seriesProps}
                  isAnimationActive={false}
                />
              ) : (
                <Line
                  key={seriesProps.dataKey}
                  {...seriesProps}
                  dot={false}
                  isAnimationActive={false}
                />
              ),
            )}
            <ReferenceLine
              x={sunsetT}
              stroke={theme.palette.error.main}
              strokeWidth={2}
              label={{
                value: t('adoptionBurnUpChart.sunset'),
                position: 'top',
                fill: theme.palette.error.main,
              }}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </ChartFigure>
      <TrackForecasts forecasts={history.forecastByTrack ?? []} />
    </>
  );
}
