import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
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
import { CreedItemStats } from '@internal/plugin-solo-trek-common';
import { checkStatusColor } from '../shared/colors';
import { ChartFigure } from './ChartFigure';

export function sortByFailures(items: CreedItemStats[]): CreedItemStats[] {
  return [...items].sort(
    (a, b) =>
      b.fail - a.fail ||
      b.unknown - a.unknown ||
      a.title.localeCompare(b.title),
  );
}

/** Which Creed items fail most, worst first. */
export function CreedFailuresChart(props: { creed: CreedItemStats[] }) {
  const { creed } = props;
  const theme = useTheme();
  if (creed.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        This migration has no Creed items.
      </Typography>
    );
  }
  const sorted = sortByFailures(creed);
  const data = sorted.map(item => ({
    ...item,
    label: `${item.title} (${item.severity})`,
  }));
  const worst = sorted[0];
  const summary =
    worst.fail === 0
      ? 'No Creed item fails for any service.'
      : `Most failures: ${worst.title} (${worst.severity}), failing for ${
          worst.fail
        } ${worst.fail === 1 ? 'service' : 'services'}.`;

  const table = (
    <Table size="small">
      <caption>Creed outcomes per item, most failures first</caption>
      <TableHead>
        <TableRow>
          <TableCell>Creed item</TableCell>
          <TableCell>Severity</TableCell>
          <TableCell align="right">Fail</TableCell>
          <TableCell align="right">Unknown</TableCell>
          <TableCell align="right">Waived</TableCell>
          <TableCell align="right">Pass</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {sorted.map(item => (
          <TableRow key={item.id}>
            <TableCell component="th" scope="row">
              {item.title}
            </TableCell>
            <TableCell>{item.severity}</TableCell>
            <TableCell align="right">{item.fail}</TableCell>
            <TableCell align="right">{item.unknown}</TableCell>
            <TableCell align="right">{item.waived}</TableCell>
            <TableCell align="right">{item.pass}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );

  return (
    <ChartFigure
      label="Stacked bar chart of Creed outcomes per item, sorted by failures"
      summary={summary}
      table={table}
      height={Math.max(200, sorted.length * 34 + 80)}
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
            width={220}
            stroke={theme.palette.text.secondary}
          />
          <Tooltip
            contentStyle={{
              background: theme.palette.background.paper,
              borderColor: theme.palette.divider,
              color: theme.palette.text.primary,
            }}
            cursor={{ fill: theme.palette.action.hover }}
          />
          <Legend />
          <Bar
            dataKey="fail"
            name="Fail"
            stackId="c"
            fill={checkStatusColor(theme, 'fail')}
            isAnimationActive={false}
          />
          <Bar
            dataKey="unknown"
            name="Unknown"
            stackId="c"
            fill={theme.palette.grey[500]}
            isAnimationActive={false}
          />
          <Bar
            dataKey="waived"
            name="Waived"
            stackId="c"
            fill={checkStatusColor(theme, 'waived')}
            isAnimationActive={false}
          />
          <Bar
            dataKey="pass"
            name="Pass"
            stackId="c"
            fill={checkStatusColor(theme, 'pass')}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
