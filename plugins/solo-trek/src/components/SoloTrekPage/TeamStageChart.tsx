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
import {
  MIGRATION_STAGES,
  TeamAdoption,
} from '@internal/plugin-solo-trek-common';
import { formatPercent, STAGE_LABELS } from '../../lib/format';
import { stageColor } from '../shared/colors';
import { ChartFigure } from './ChartFigure';

/** How many services each team has in each stage, as stacked bars. */
export function TeamStageChart(props: { teams: TeamAdoption[] }) {
  const { teams } = props;
  const theme = useTheme();
  if (teams.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No team owns a service in scope.
      </Typography>
    );
  }
  const sorted = [...teams].sort(
    (a, b) => b.adoption - a.adoption || a.title.localeCompare(b.title),
  );
  const data = sorted.map(team => ({ title: team.title, ...team.stages }));
  const leader = sorted[0];
  const trailing = sorted[sorted.length - 1];
  const summary =
    sorted.length === 1
      ? `${leader.title}: ${leader.done} of ${leader.total} done.`
      : `${sorted.length} teams. Furthest along: ${
          leader.title
        } (${formatPercent(leader.adoption)} done). Furthest behind: ${
          trailing.title
        } (${formatPercent(trailing.adoption)}).`;

  const table = (
    <Table size="small">
      <caption>Services per stage for each team</caption>
      <TableHead>
        <TableRow>
          <TableCell>Team</TableCell>
          {MIGRATION_STAGES.map(stage => (
            <TableCell key={stage} align="right">
              {STAGE_LABELS[stage]}
            </TableCell>
          ))}
          <TableCell align="right">Adoption</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {sorted.map(team => (
          <TableRow key={team.team}>
            <TableCell component="th" scope="row">
              {team.title}
            </TableCell>
            {MIGRATION_STAGES.map(stage => (
              <TableCell key={stage} align="right">
                {team.stages[stage]}
              </TableCell>
            ))}
            <TableCell align="right">{formatPercent(team.adoption)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );

  return (
    <ChartFigure
      label="Stacked bar chart of each team's services by migration stage"
      summary={summary}
      table={table}
      height={Math.max(220, sorted.length * 32 + 80)}
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
            dataKey="title"
            width={150}
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
          {MIGRATION_STAGES.map(stage => (
            <Bar
              key={stage}
              dataKey={stage}
              name={STAGE_LABELS[stage]}
              stackId="stages"
              fill={stageColor(theme, stage)}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
