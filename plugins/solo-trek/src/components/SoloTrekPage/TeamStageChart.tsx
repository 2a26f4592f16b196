import { useTheme } from '@material-ui/core/styles';
import {
  MIGRATION_STAGES,
  TeamAdoption,
} from '@internal/plugin-solo-trek-common';
import { formatPercent } from '../../lib/format';
import { stageColor } from '../shared/colors';
import { StackedBarChart } from './StackedBarChart';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

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
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  return (
    <StackedBarChart<TeamAdoption>
      label={t('teamStageChart.label')}
      summary={summary}
      caption={caption}
      rows={teams}
      rowKey={team => team.team}
      titleHeader={t('teamStageChart.team')}
      title={team => team.title}
      axisWidth={150}
      parts={MIGRATION_STAGES.map(stage => ({
        name: labels.stage(stage),
        value: team => team.stages[stage],
        color: stageColor(theme, stage),
      }))}
      after={[
        {
          header: t('teamStageChart.adoption'),
          cell: team => formatPercent(team.adoption),
          align: 'right',
        },
      ]}
      height={Math.max(220, teams.length * 32 + 80)}
    />
  );
}
