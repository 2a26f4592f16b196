import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { CreedItemStats } from '@internal/plugin-solo-trek-common';
import { checkStatusColor } from '../shared/colors';
import { StackedBarChart } from './StackedBarChart';

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
  const worst = sorted[0];
  const summary =
    worst.fail === 0
      ? 'No Creed item fails for any service.'
      : `Most failures: ${worst.title} (${worst.severity}), failing for ${
          worst.fail
        } ${worst.fail === 1 ? 'service' : 'services'}.`;

  return (
    <StackedBarChart
      label="Stacked bar chart of Creed outcomes per item, sorted by failures"
      summary={summary}
      caption="Creed outcomes per item, most failures first"
      rows={sorted}
      rowKey={item => item.id}
      titleHeader="Creed item"
      title={item => item.title}
      axisLabel={item => `${item.title} (${item.severity})`}
      axisWidth={220}
      before={[{ header: 'Severity', cell: item => item.severity }]}
      parts={[
        {
          name: 'Fail',
          value: item => item.fail,
          color: checkStatusColor(theme, 'fail'),
        },
        {
          name: 'Unknown',
          value: item => item.unknown,
          color: theme.palette.grey[500],
        },
        {
          name: 'Waived',
          value: item => item.waived,
          color: checkStatusColor(theme, 'waived'),
        },
        {
          name: 'Pass',
          value: item => item.pass,
          color: checkStatusColor(theme, 'pass'),
        },
      ]}
      height={Math.max(200, sorted.length * 34 + 80)}
    />
  );
}
