import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Tooltip from '@material-ui/core/Tooltip';
import { TableColumn } from '@backstage/core-components';
import { DecommissionTailEntry } from '@internal/plugin-solo-trek-common';
import { formatDate, formatNumber } from '../../lib/format';
import { ErrorState } from '../shared/ErrorState';
import { serviceColumn, ServiceRow, toServiceRow } from '../shared/serviceRows';
import { TrackChip } from '../shared/TrackChip';
import { ownerColumn, ServiceTable } from '../shared/ServiceTable';
import { CsvExportButtons } from './CsvExportButtons';
import { useCaravanReportPage } from './useCaravanReportPage';

type Row = ServiceRow<DecommissionTailEntry & { stage: 'migrated' }>;

const columns: TableColumn<Row>[] = [
  serviceColumn(),
  ownerColumn(),
  {
    title: 'Live since',
    field: 'migratedAt',
    render: row => formatDate(row.migratedAt),
  },
  {
    title: 'Days on both platforms',
    field: 'daysSinceMigrated',
    type: 'numeric',
    render: row => (
      <Tooltip title="Live on the new platform while the old deployment still runs">
        <span>{row.daysSinceMigrated}</span>
      </Tooltip>
    ),
  },
  {
    title: 'Track',
    field: 'trackLabel',
    render: row => <TrackChip track={row.track} />,
  },
];

/**
 * The decommission tail: services live on the new platform for longer than
 * the grace period whose old deployment nobody switched off. They count as
 * done, yet the old platform keeps running and paying for them.
 */
export function DecommissionTailTable(props: { migrationId: string }) {
  const { state, report, page, pageSize, setPage } = useCaravanReportPage(
    props.migrationId,
    (api, id, query) => api.getDecommissionTail(id, query),
  );
  if (state.error) {
    return <ErrorState error={state.error} onRetry={state.retry} />;
  }
  const total = report?.total ?? 0;
  return (
    <>
      <Box
        display="flex"
        alignItems="center"
        justifyContent="space-between"
        flexWrap="wrap"
        gridGap={8}
        mb={1}
      >
        <Box
          component="section"
          aria-label="Decommission tail"
          display="flex"
          alignItems="baseline"
          gridGap={8}
        >
          <Typography variant="h4" component="p">
            {formatNumber(total, 0)}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {report
              ? `migrated more than ${report.graceDays} days ago and still running on the old platform`
              : 'services in the decommission tail'}
          </Typography>
        </Box>
        <CsvExportButtons
          migrationId={props.migrationId}
          reports={['decommission-tail']}
        />
      </Box>
      <ServiceTable<Row>
        title={`Decommission tail (${formatNumber(total, 0)})`}
        subtitle="Done on paper, still paid for: switch off the old deployment and set the stage to decommissioned. The longest-running first."
        columns={columns}
        data={(report?.items ?? []).map(i =>
          toServiceRow({ ...i, stage: 'migrated' as const }),
        )}
        loading={state.loading}
        page={page}
        total={total}
        pageSize={pageSize}
        onPageChange={next => setPage(next)}
        empty="No decommission tail: every service migrated long enough ago has switched off its old deployment."
      />
    </>
  );
}
