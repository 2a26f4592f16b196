import { useMemo } from 'react';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import WarningIcon from '@material-ui/icons/Warning';
import { TableColumn } from '@backstage/core-components';
import {
  LongTailEntry,
  LongTailReport,
} from '@internal/plugin-solo-trek-common';
import { formatDate, formatNumber } from '../../lib/format';
import { serviceColumn, ServiceRow, toServiceRow } from '../shared/serviceRows';
import { StageChip } from '../shared/StageChip';
import { isRolledBack, RolledBackChip } from '../shared/RolledBack';
import { TrackChip } from '../shared/TrackChip';
import { ownerColumn, ServiceTable } from '../shared/ServiceTable';
import { Quadrant } from './SegmentationMatrix';
import { SoloTrekT, useSoloTrekT } from '../../translation';
import { SoloTrekLabels, useSoloTrekLabels } from '../../lib/labels';

/** Page sizes on offer; the first is the default. */
export const LONG_TAIL_PAGE_SIZES = [20, 50, 100];

type Row = ServiceRow<LongTailEntry>;

function columnsOf(t: SoloTrekT, labels: SoloTrekLabels): TableColumn<Row>[] {
  return [
    serviceColumn(t),
    ownerColumn(t),
    {
      title: t('longTailTable.stage'),
      field: 'stageLabel',
      render: row => (
        <>
          <StageChip stage={row.stage} />
          {isRolledBack(row) && <RolledBackChip at={row.rolledBackAt!} />}
        </>
      ),
    },
    {
      title: t('longTailTable.daysIdle'),
      field: 'daysIdle',
      type: 'numeric',
      render: row => (
        <Tooltip
          title={t('longTailTable.lastChange', {
            date: formatDate(row.lastChange),
          })}
        >
          <span>{row.daysIdle}</span>
        </Tooltip>
      ),
    },
    {
      title: t('longTailTable.quadrant'),
      field: 'quadrantText',
      render: row => (
        <Tooltip title={labels.quadrantLabel(row.criticality, row.complexity)}>
          <span>{row.quadrantText}</span>
        </Tooltip>
      ),
    },
    {
      title: t('serviceTable.track'),
      field: 'trackLabel',
      render: row => <TrackChip track={row.track} />,
    },
    {
      title: t('longTailTable.stranded'),
      field: 'stranded',
      render: row =>
        row.stranded ? (
          <Chip
            size="small"
            color="secondary"
            icon={<WarningIcon aria-hidden />}
            label={t('longTailTable.stranded')}
          />
        ) : (
          <Typography variant="body2" color="textSecondary">
            {t('longTailTable.atRisk')}
          </Typography>
        ),
    },
  ];
}

/**
 * Services at risk of being stranded on the old platform, a page at a time
 * from the server, riskiest first. The quadrant filter is applied by the
 * server too; the table has no search or column filters of its own, as they
 * could only ever see the one page.
 */
export function LongTailTable(props: {
  report: LongTailReport;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  quadrant?: Quadrant;
  onClearQuadrant: () => void;
}) {
  const {
    report,
    loading,
    page,
    pageSize,
    onPageChange,
    quadrant,
    onClearQuadrant,
  } = props;
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const columns = useMemo(() => columnsOf(t, labels), [t, labels]);
  const rows = report.items.map(item => toServiceRow(item, labels));
  const whole = report.quadrants.reduce((sum, q) => sum + q.total, 0);
  const subtitle = `${
    report.afterSunset
      ? t('longTailTable.afterSunset')
      : t('longTailTable.idle', { days: String(report.idleDays) })
  } ${t('longTailTable.order')}`;

  return (
    <>
      {quadrant && (
        <Chip
          label={t('longTailTable.quadrantFilter', {
            name: labels.quadrantName(
              quadrant.criticality,
              quadrant.complexity,
            ),
            label: labels.quadrantLabel(
              quadrant.criticality,
              quadrant.complexity,
            ),
          })}
          onDelete={onClearQuadrant}
          color="primary"
          variant="outlined"
          style={{ marginBottom: 8 }}
        />
      )}
      <ServiceTable<Row>
        title={
          quadrant
            ? t('longTailTable.titleOf', {
                total: formatNumber(report.total, 0),
                whole: formatNumber(whole, 0),
              })
            : t('longTailTable.title', { total: formatNumber(report.total, 0) })
        }
        subtitle={subtitle}
        columns={columns}
        data={rows}
        loading={loading}
        page={page}
        total={report.total}
        pageSize={pageSize}
        pageSizeOptions={LONG_TAIL_PAGE_SIZES}
        paging={report.total > LONG_TAIL_PAGE_SIZES[0] || page > 0}
        onPageChange={onPageChange}
        empty={
          quadrant ? t('longTailTable.emptyQuadrant') : t('longTailTable.empty')
        }
      />
    </>
  );
}
