import { useMemo } from 'react';
import Tooltip from '@material-ui/core/Tooltip';
import { TableColumn } from '@backstage/core-components';
import { TrackDriftEntry } from '@internal/plugin-solo-trek-common';
import { formatDateTime, formatNumber, formatRelative } from '../../lib/format';
import { ErrorState } from '../shared/ErrorState';
import { serviceColumn, ServiceRow, toServiceRow } from '../shared/serviceRows';
import { ownerColumn, ServiceTable } from '../shared/ServiceTable';
import { useCaravanReportPage } from './useCaravanReportPage';
import { SoloTrekT, useSoloTrekT } from '../../translation';
import { SoloTrekLabels, useSoloTrekLabels } from '../../lib/labels';

type Row = ServiceRow<TrackDriftEntry>;

function columnsOf(t: SoloTrekT, labels: SoloTrekLabels): TableColumn<Row>[] {
  return [
    serviceColumn(t),
    ownerColumn(t),
    {
      title: t('trackDriftTable.pinned'),
      field: 'trackLabel',
      render: row => (
        <Tooltip
          title={
            row.pinnedBy
              ? t('trackDriftTable.pinnedTooltip', {
                  date: formatDateTime(row.pinnedAt),
                  by: row.pinnedBy,
                })
              : t('trackDriftTable.pinnedTooltipFirst', {
                  date: formatDateTime(row.pinnedAt),
                })
          }
        >
          <span>
            {t('trackDriftTable.quadrantSays', {
              pinned: labels.track(row.track),
              computed: <strong>{labels.track(row.computedTrack)}</strong>,
            })}
          </span>
        </Tooltip>
      ),
    },
    { title: t('trackDriftTable.why'), field: 'reason' },
    {
      title: t('trackDriftTable.decided'),
      field: 'pinnedAt',
      render: row => (
        <span>
          {row.pinnedBy
            ? t('trackDriftTable.decidedBy', {
                when: formatRelative(row.pinnedAt, t),
                by: row.pinnedBy,
              })
            : formatRelative(row.pinnedAt, t)}
        </span>
      ),
    },
  ];
}

/**
 * The platform team's drift list: services whose quadrant now gives the
 * other track than the pinned one. Each stays on its track until someone
 * decides on its Migration tab.
 */
export function TrackDriftTable(props: { migrationId: string }) {
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const columns = useMemo(() => columnsOf(t, labels), [t, labels]);
  const { state, report, page, pageSize, setPage } = useCaravanReportPage(
    props.migrationId,
    (api, id, query) => api.getTrackDrift(id, query),
  );
  if (state.error) {
    return <ErrorState error={state.error} onRetry={state.retry} />;
  }
  return (
    <ServiceTable<Row>
      title={t('trackDriftTable.title', {
        total: formatNumber(report?.total ?? 0, 0),
      })}
      subtitle={t('trackDriftTable.subtitle')}
      columns={columns}
      data={(report?.items ?? []).map(item => toServiceRow(item, labels))}
      loading={state.loading}
      page={page}
      total={report?.total ?? 0}
      pageSize={pageSize}
      onPageChange={next => setPage(next)}
      empty={t('trackDriftTable.empty')}
    />
  );
}
