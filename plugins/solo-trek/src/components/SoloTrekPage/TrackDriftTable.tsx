import Tooltip from '@material-ui/core/Tooltip';
import { TableColumn } from '@backstage/core-components';
import { TrackDriftEntry } from '@internal/plugin-solo-trek-common';
import {
  formatDateTime,
  formatNumber,
  formatRelative,
  TRACK_LABELS,
} from '../../lib/format';
import { ErrorState } from '../shared/ErrorState';
import { serviceColumn, ServiceRow, toServiceRow } from '../shared/serviceRows';
import { ownerColumn, ServiceTable } from '../shared/ServiceTable';
import { useCaravanReportPage } from './useCaravanReportPage';

type Row = ServiceRow<TrackDriftEntry>;

const columns: TableColumn<Row>[] = [
  serviceColumn(),
  ownerColumn(),
  {
    title: 'Pinned',
    field: 'trackLabel',
    render: row => (
      <Tooltip
        title={`Since ${formatDateTime(row.pinnedAt)}${
          row.pinnedBy ? `, by ${row.pinnedBy}` : ', at the first evaluation'
        }`}
      >
        <span>
          {TRACK_LABELS[row.track]} → quadrant says{' '}
          <strong>{TRACK_LABELS[row.computedTrack]}</strong>
        </span>
      </Tooltip>
    ),
  },
  { title: 'Why', field: 'reason' },
  {
    title: 'Decided',
    field: 'pinnedAt',
    render: row => (
      <span>
        {formatRelative(row.pinnedAt)}
        {row.pinnedBy ? ` by ${row.pinnedBy}` : ''}
      </span>
    ),
  },
];

/**
 * The platform team's drift list: services whose quadrant now gives the
 * other track than the pinned one. Each stays on its track until someone
 * decides on its Migration tab.
 */
export function TrackDriftTable(props: { migrationId: string }) {
  const { state, report, page, pageSize, setPage } = useCaravanReportPage(
    props.migrationId,
    (api, id, query) => api.getTrackDrift(id, query),
  );
  if (state.error) {
    return <ErrorState error={state.error} onRetry={state.retry} />;
  }
  return (
    <ServiceTable<Row>
      title={`Track drift (${formatNumber(report?.total ?? 0, 0)})`}
      subtitle="The quadrant now gives another track than the pinned one. The track changes only when the platform team decides, on the service's Migration tab."
      columns={columns}
      data={(report?.items ?? []).map(toServiceRow)}
      loading={state.loading}
      page={page}
      total={report?.total ?? 0}
      pageSize={pageSize}
      onPageChange={next => setPage(next)}
      empty="No drift: every service's quadrant still gives its pinned track."
    />
  );
}
