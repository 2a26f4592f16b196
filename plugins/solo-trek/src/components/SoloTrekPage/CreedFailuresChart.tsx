import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { CreedItemStats } from '@internal/plugin-solo-trek-common';
import { checkStatusColor } from '../shared/colors';
import { StackedBarChart } from './StackedBarChart';
import { useSoloTrekT } from '../../translation';

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
  const t = useSoloTrekT();
  if (creed.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('creedChecklist.empty')}
      </Typography>
    );
  }
  const sorted = sortByFailures(creed);
  const worst = sorted[0];
  const summary =
    worst.fail === 0
      ? t('creedFailuresChart.none')
      : t('creedFailuresChart.worst', {
          creed: worst.title,
          severity: worst.severity,
          count: worst.fail,
        });

  return (
    <StackedBarChart
      label={t('creedFailuresChart.label')}
      summary={summary}
      caption={t('creedFailuresChart.caption')}
      rows={sorted}
      rowKey={item => item.id}
      titleHeader={t('creedFailuresChart.item')}
      title={item => item.title}
      axisLabel={item => `${item.title} (${item.severity})`}
      axisWidth={220}
      before={[
        {
          header: t('creedFailuresChart.severity'),
          cell: item => item.severity,
        },
      ]}
      parts={[
        {
          name: t('creedFailuresChart.fail'),
          value: item => item.fail,
          color: checkStatusColor(theme, 'fail'),
        },
        {
          name: t('creedFailuresChart.unknown'),
          value: item => item.unknown,
          color: theme.palette.grey[500],
        },
        {
          name: t('creedFailuresChart.waived'),
          value: item => item.waived,
          color: checkStatusColor(theme, 'waived'),
        },
        {
          name: t('creedFailuresChart.pass'),
          value: item => item.pass,
          color: checkStatusColor(theme, 'pass'),
        },
      ]}
      height={Math.max(200, sorted.length * 34 + 80)}
    />
  );
}
