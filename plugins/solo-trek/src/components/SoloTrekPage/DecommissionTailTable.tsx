import { useMemo } from 'react';
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
import { SoloTrekT, useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

type Row = ServiceRow<DecommissionTailEntry & { stage: 'migrated' }>;

function columnsOf(t: SoloTrekT): TableColumn<Row>[] {
  return [
    serviceColumn(t),
    ownerColumn(t),
    {
      title: t('decommissionTailTable.liveSince'),
      field: 'migratedAt',
      render: row => formatDate(row.migratedAt),
    },
    {
      title: t('decommissionTailTable.daysOnBoth'),
      field: 'daysSinceMigrated',
      type: 'numeric',
      render: row => (
        <Tooltip title={t('decommissionTailTable.daysOnBothTooltip')}>
          <span>{row.daysSinceMigrated}</span>
        </Tooltip>
      ),
    },
    {
      title: t('serviceTable.track'),
      field: 'trackLabel',
      render: row => <TrackChip track={row.track} />,
    },
  ];
}

/**
 * The decommission tail: services live on the new platform for longer than
 * the grace period whose old deployment nobody switched off. They count as
 * done, yet the old platform keeps running and paying for them.
 */
export function DecommissionTailTable(props: { migrationId: string }) {
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const columns = useMemo(() => columnsOf(t), [t]);
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
          aria-label={t('decommissionTailTable.section')}
          display="flex"
          alignItems="baseline"
          gridGap={8}
        >
          <Typography variant="h4" component="p">
            {formatNumber(total, 0)}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {report
              ? t('decommissionTailTable.summary', {
                  days: String(report.graceDays),
                })
              : t('decommissionTailTable.summaryLoading')}
          </Typography>
        </Box>
        <CsvExportButtons
          migrationId={props.migrationId}
          reports={['decommission-tail']}
        />
      </Box>
      <ServiceTable<Row>
        title={t('decommissionTailTable.title', {
          total: formatNumber(total, 0),
        })}
        subtitle={t('decommissionTailTable.subtitle')}
        columns={columns}
        data={(report?.items ?? []).map(i =>
          toServiceRow({ ...i, stage: 'migrated' as const }, labels),
        )}
        loading={state.loading}
        page={page}
        total={total}
        pageSize={pageSize}
        onPageChange={next => setPage(next)}
        empty={t('decommissionTailTable.empty')}
      />
    </>
  );
}
