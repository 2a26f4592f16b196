import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import WarningIcon from '@material-ui/icons/Warning';
import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  LongTailEntry,
  LongTailReport,
  stageRank,
} from '@internal/plugin-solo-trek-common';
import {
  formatDate,
  quadrantLabel,
  quadrantName,
  STAGE_LABELS,
  TRACK_LABELS,
} from '../../lib/format';
import { StageChip } from '../shared/StageChip';
import { TrackChip } from '../shared/TrackChip';
import { Quadrant } from './SegmentationMatrix';

type Row = LongTailEntry & {
  id: string;
  name: string;
  ownerName: string;
  stageLabel: string;
  trackLabel: string;
  quadrantText: string;
  strandedText: string;
};

function toRow(entry: LongTailEntry): Row {
  return {
    ...entry,
    id: entry.entityRef,
    name: entry.title ?? entry.entityRef.split('/').pop() ?? entry.entityRef,
    ownerName: entry.ownerTitle ?? entry.owner ?? 'No owner',
    stageLabel: STAGE_LABELS[entry.stage],
    trackLabel: TRACK_LABELS[entry.track],
    quadrantText: quadrantName(entry.criticality, entry.complexity),
    strandedText: entry.stranded ? 'Stranded' : 'At risk',
  };
}

const columns: TableColumn<Row>[] = [
  {
    title: 'Service',
    field: 'name',
    highlight: true,
    render: row => (
      <EntityRefLink entityRef={row.entityRef}>{row.name}</EntityRefLink>
    ),
  },
  {
    title: 'Owner',
    field: 'ownerName',
    render: row =>
      row.owner ? (
        <EntityRefLink entityRef={row.owner} defaultKind="group">
          {row.ownerName}
        </EntityRefLink>
      ) : (
        <Typography variant="body2" color="textSecondary">
          No owner
        </Typography>
      ),
  },
  {
    title: 'Stage',
    field: 'stageLabel',
    customSort: (a, b) => stageRank(a.stage) - stageRank(b.stage),
    render: row => <StageChip stage={row.stage} />,
  },
  {
    title: 'Days idle',
    field: 'daysIdle',
    type: 'numeric',
    defaultSort: 'desc',
    render: row => (
      <Tooltip title={`Last change ${formatDate(row.lastChange)}`}>
        <span>{row.daysIdle}</span>
      </Tooltip>
    ),
  },
  {
    title: 'Quadrant',
    field: 'quadrantText',
    render: row => (
      <Tooltip title={quadrantLabel(row.criticality, row.complexity)}>
        <span>{row.quadrantText}</span>
      </Tooltip>
    ),
  },
  {
    title: 'Track',
    field: 'trackLabel',
    render: row => <TrackChip track={row.track} />,
  },
  {
    title: 'Stranded',
    field: 'strandedText',
    render: row =>
      row.stranded ? (
        <Chip
          size="small"
          color="secondary"
          icon={<WarningIcon aria-hidden />}
          label="Stranded"
        />
      ) : (
        <Typography variant="body2" color="textSecondary">
          At risk
        </Typography>
      ),
  },
];

/** Services at risk of being stranded on the old platform. */
export function LongTailTable(props: {
  report: LongTailReport;
  quadrant?: Quadrant;
  onClearQuadrant: () => void;
}) {
  const { report, quadrant, onClearQuadrant } = props;
  const rows = report.items
    .filter(
      item =>
        !quadrant ||
        (item.criticality === quadrant.criticality &&
          item.complexity === quadrant.complexity),
    )
    .map(toRow);
  const subtitle = report.afterSunset
    ? 'The sunset has passed: every service not yet moved is stranded.'
    : `Not done, and no stage change for ${report.idleDays} days or more.`;

  return (
    <>
      {quadrant && (
        <Chip
          label={`Quadrant: ${quadrantName(
            quadrant.criticality,
            quadrant.complexity,
          )} (${quadrantLabel(quadrant.criticality, quadrant.complexity)})`}
          onDelete={onClearQuadrant}
          color="primary"
          variant="outlined"
          style={{ marginBottom: 8 }}
        />
      )}
      <Table<Row>
        title={`Long tail (${rows.length}${
          quadrant ? ` of ${report.items.length}` : ''
        })`}
        subtitle={subtitle}
        columns={columns}
        data={rows}
        options={{
          paging: rows.length > 20,
          pageSize: 20,
          search: true,
          padding: 'dense',
          draggable: false,
        }}
        filters={[
          { column: 'Stage', type: 'multiple-select' },
          { column: 'Track', type: 'select' },
          { column: 'Stranded', type: 'select' },
        ]}
        emptyContent={
          <Typography
            variant="body2"
            color="textSecondary"
            style={{ padding: 16 }}
          >
            {quadrant
              ? 'No service in this quadrant is in the long tail.'
              : 'No service is in the long tail. Every team is moving.'}
          </Typography>
        }
      />
    </>
  );
}
