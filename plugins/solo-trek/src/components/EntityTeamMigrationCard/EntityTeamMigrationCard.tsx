import { ReactNode, useMemo } from 'react';
import Box from '@material-ui/core/Box';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import CancelIcon from '@material-ui/icons/Cancel';
import {
  EmptyState,
  InfoCard,
  InfoCardVariants,
  Progress,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  DONE_STAGES,
  stageRank,
  TeamServiceRow,
} from '@internal/plugin-solo-trek-common';
import {
  useMigrations,
  useSelectedMigration,
  useTeamServices,
} from '../../hooks';
import {
  formatDateTime,
  formatPercent,
  formatRelative,
  quadrantLabel,
} from '../../lib/format';
import { ErrorState } from '../shared/ErrorState';
import { MigrationSelect } from '../shared/MigrationSelect';
import { serviceColumn, ServiceRow, toServiceRow } from '../shared/serviceRows';
import { StageChip } from '../shared/StageChip';
import {
  isRolledBack,
  progressText,
  RolledBackChip,
} from '../shared/RolledBack';
import { TrackChip } from '../shared/TrackChip';
import { SoloTrekT, useSoloTrekT } from '../../translation';

/** A row with plain-text fields, so the table's search and filters work on words. */
type Row = ServiceRow<TeamServiceRow> & {
  complianceText: string;
  mustText: string;
  liveText: string;
  progressText: string;
};

function toRow(item: TeamServiceRow): Row {
  return {
    ...toServiceRow(item),
    complianceText: `${item.passed}/${item.total}`,
    mustText: item.mustPass ? 'All must items pass' : 'Must items failing',
    liveText: item.live ? 'Live' : 'Not live',
    progressText: progressText(item),
  };
}

function CreedCell(props: { row: Row }) {
  const { row } = props;
  const theme = useTheme();
  const details = [
    `${row.passed} pass`,
    row.failed ? `${row.failed} failing` : '',
    row.waived ? `${row.waived} waived` : '',
    row.unknown ? `${row.unknown} unknown` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <Tooltip title={`${details}. ${row.mustText}.`}>
      <Box display="flex" alignItems="center" gridGap={4}>
        {row.mustPass ? (
          <CheckCircleIcon
            fontSize="small"
            style={{ color: theme.palette.success.main }}
            aria-label={row.mustText}
          />
        ) : (
          <CancelIcon
            fontSize="small"
            style={{ color: theme.palette.error.main }}
            aria-label={row.mustText}
          />
        )}
        <span>
          {row.passed}/{row.total}
        </span>
      </Box>
    </Tooltip>
  );
}

function columnsOf(t: SoloTrekT): TableColumn<Row>[] {
  return [
    serviceColumn(t),
    {
      title: 'Stage',
      field: 'stageLabel',
      customSort: (a, b) => stageRank(a.stage) - stageRank(b.stage),
      render: row => (
        <Box>
          <StageChip stage={row.stage} />
          {isRolledBack(row) && <RolledBackChip at={row.rolledBackAt!} />}
          <Typography variant="caption" display="block" color="textSecondary">
            {row.live ? 'Live on the new platform' : 'Not live yet'}
          </Typography>
        </Box>
      ),
    },
    {
      title: 'Track',
      field: 'trackLabel',
      render: row => (
        <Box>
          <TrackChip track={row.track} />
          <Tooltip title={quadrantLabel(row.criticality, row.complexity)}>
            <Typography variant="caption" display="block" color="textSecondary">
              {row.quadrantText}
              {row.track === 'caravan' &&
                (row.wave ? ` · wave ${row.wave}` : ' · no wave yet')}
            </Typography>
          </Tooltip>
        </Box>
      ),
    },
    {
      title: 'Creed',
      field: 'complianceText',
      customSort: (a, b) =>
        Number(a.mustPass) - Number(b.mustPass) ||
        a.passed / Math.max(a.total, 1) - b.passed / Math.max(b.total, 1),
      render: row => <CreedCell row={row} />,
    },
    {
      title: 'Last change',
      field: 'lastChange',
      defaultSort: 'desc',
      render: row => (
        <Tooltip title={formatDateTime(row.lastChange)}>
          <span>{formatRelative(row.lastChange)}</span>
        </Tooltip>
      ),
    },
    // Hidden columns: searchable and usable as filters.
    { title: 'Live', field: 'liveText', hidden: true },
    { title: 'Progress', field: 'progressText', hidden: true },
    { title: 'Quadrant', field: 'quadrantText', hidden: true },
    { title: 'Must items', field: 'mustText', hidden: true },
  ];
}

/** @public */
export type EntityTeamMigrationCardProps = {
  variant?: InfoCardVariants;
};

/**
 * For a Group page: the team's in-scope services with stage, track and
 * compliance, sortable, searchable and filterable.
 */
export function EntityTeamMigrationCard(props: EntityTeamMigrationCardProps) {
  const { variant = 'gridItem' } = props;
  const t = useSoloTrekT();
  const columns = useMemo(() => columnsOf(t), [t]);
  const { entity } = useEntity();
  const teamRef = stringifyEntityRef(entity);
  const migrations = useMigrations();
  const [migration, setMigration] = useSelectedMigration(migrations.value);
  const services = useTeamServices(migration?.id, teamRef);

  let content;
  if (migrations.loading || (services.loading && !services.value)) {
    content = <Progress />;
  } else if (migrations.error) {
    content = (
      <ErrorState error={migrations.error} onRetry={migrations.retry} />
    );
  } else if (!migration) {
    content = (
      <EmptyState
        missing="info"
        title="No migrations configured"
        description="Add a migration under soloTrek.migrations in the app config."
      />
    );
  } else if (services.error) {
    content = <ErrorState error={services.error} onRetry={services.retry} />;
  } else if (!services.value || services.value.items.length === 0) {
    content = (
      <EmptyState
        missing="data"
        title="No services to move"
        description={`${
          entity.metadata.title ?? entity.metadata.name
        } owns no services in the scope of ${migration.title}.`}
      />
    );
  } else {
    const rows = services.value.items.map(toRow);
    const done = rows.filter(r => DONE_STAGES.includes(r.stage)).length;
    const failingMust = rows.filter(r => !r.mustPass).length;
    content = (
      <>
        <Typography variant="body2" paragraph>
          <strong>
            {done} of {rows.length}
          </strong>{' '}
          services done ({formatPercent(done / rows.length)}).{' '}
          {failingMust > 0
            ? `${failingMust} ${
                failingMust === 1 ? 'service fails' : 'services fail'
              } a must item of the Creed.`
            : 'Every service passes the must items of the Creed.'}
        </Typography>
        <section
          aria-label={`Services of ${
            entity.metadata.title ?? entity.metadata.name
          } in ${migration.title}`}
        >
          <Table<Row>
            columns={columns}
            data={rows}
            options={{
              paging: rows.length > 10,
              pageSize: 10,
              search: true,
              padding: 'dense',
              draggable: false,
              showTitle: false,
            }}
            components={{
              Container: (containerProps: { children?: ReactNode }) => (
                <div style={{ overflowX: 'auto' }}>
                  {containerProps.children}
                </div>
              ),
            }}
            filters={[
              { column: 'Stage', type: 'multiple-select' },
              { column: 'Track', type: 'select' },
              { column: 'Live', type: 'select' },
              { column: 'Progress', type: 'select' },
              { column: 'Quadrant', type: 'select' },
              { column: 'Must items', type: 'select' },
            ]}
          />
        </section>
      </>
    );
  }

  return (
    <InfoCard
      title="Team migration"
      subheader={migration ? migration.title : undefined}
      variant={variant}
      action={
        migrations.value ? (
          <MigrationSelect
            migrations={migrations.value}
            value={migration?.id}
            onChange={setMigration}
          />
        ) : undefined
      }
    >
      {content}
    </InfoCard>
  );
}
