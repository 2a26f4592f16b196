import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
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

/**
 * How many services each team has in each stage, as stacked bars: one page
 * of teams, in the order given, with the words the caller chose.
 */
export function TeamStageChart(props: {
  teams: TeamAdoption[];
  summary: string;
  caption: string;
}) {
  const { teams, summary, caption } = props;
  const theme = useTheme();
  const data = teams.map(team => ({ title: team.title, ...team.stages }));

  const table = (
    <Table size="small">
      <caption>{caption}</caption>
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
        {teams.map(team => (
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
      height={Math.max(220, teams.length * 32 + 80)}
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
