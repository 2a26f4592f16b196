import { ReactNode } from 'react';
import { useTheme } from '@material-ui/core/styles';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  ChartDataTable,
  ChartFigure,
  useChartTooltipStyle,
} from './ChartFigure';

/** One part of every bar: its name (legend, tooltip and column), its count in a row, its colour. */
export type BarPart<T> = {
  name: string;
  value: (row: T) => number;
  color: string;
};

/** A table column beside the bars' own. */
export type ExtraColumn<T> = {
  header: string;
  cell: (row: T) => ReactNode;
  align?: 'right';
};

/**
 * Horizontal stacked bars, one a row, in the order given, and the same
 * numbers as a table: the row's title, the `before` columns, one column a
 * part, then the `after` columns.
 */
export function StackedBarChart<T>(props: {
  /** What the chart shows, as one sentence: read out for the chart image. */
  label: string;
  summary: ReactNode;
  /** The table's caption. */
  caption: string;
  rows: T[];
  rowKey: (row: T) => string;
  /** The first column: its header and each row's title (the row's header cell). */
  titleHeader: string;
  title: (row: T) => string;
  /** The words beside each bar; the title by default. */
  axisLabel?: (row: T) => string;
  axisWidth: number;
  parts: BarPart<T>[];
  before?: ExtraColumn<T>[];
  after?: ExtraColumn<T>[];
  height: number;
}) {
  const { rows, rowKey, title, axisLabel = title, parts } = props;
  const theme = useTheme();
  const tooltipStyle = useChartTooltipStyle();
  const columns: ExtraColumn<T>[] = [
    ...(props.before ?? []),
    ...parts.map(part => ({
      header: part.name,
      cell: part.value,
      align: 'right' as const,
    })),
    ...(props.after ?? []),
  ];
  const data = rows.map(row => ({
    label: axisLabel(row),
    ...Object.fromEntries(
      parts.map((part, i) => [`part${i}`, part.value(row)]),
    ),
  }));

  const table = (
    <ChartDataTable
      caption={props.caption}
      rows={rows}
      rowKey={rowKey}
      columns={[{ header: props.titleHeader, cell: title }, ...columns]}
    />
  );

  return (
    <ChartFigure
      label={props.label}
      summary={props.summary}
      table={table}
      height={props.height}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid
            strokeDasharray="3 3"
            stroke={theme.palette.divider}
            horizontal={false}
          />
          <XAxis
            type="number"
            allowDecimals={false}
            stroke={theme.palette.text.secondary}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={props.axisWidth}
            stroke={theme.palette.text.secondary}
          />
          <Tooltip
            contentStyle={tooltipStyle}
            cursor={{ fill: theme.palette.action.hover }}
          />
          <Legend />
          {parts.map((part, i) => (
            <Bar
              key={part.name}
              dataKey={`part${i}`}
              name={part.name}
              stackId="parts"
              fill={part.color}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
