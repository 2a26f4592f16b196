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
import { SoloTrekLabels, useSoloTrekLabels } from '../../lib/labels';

/** A row with plain-text fields, so the table's search and filters work on words. */
type Row = ServiceRow<TeamServiceRow> & {
  complianceText: string;
  mustText: string;
  liveText: string;
  progressText: string;
};

function toRow(
  item: TeamServiceRow,
  t: SoloTrekT,
  labels: SoloTrekLabels,
): Row {
  return {
    ...toServiceRow(item, labels),
    complianceText: `${item.passed}/${item.total}`,
    mustText: item.mustPass
      ? t('teamMigrationCard.allMustPass')
      : t('teamMigrationCard.mustFailing'),
    liveText: item.live
      ? t('teamMigrationCard.live')
      : t('teamMigrationCard.notLive'),
    progressText: progressText(item, t),
  };
}

function CreedCell(props: { row: Row }) {
  const { row } = props;
  const theme = useTheme();
  const t = useSoloTrekT();
  const details = [
    t('teamMigrationCard.pass', { n: String(row.passed) }),
    row.failed ? t('teamMigrationCard.failing', { n: String(row.failed) }) : '',
    row.waived ? t('teamMigrationCard.waived', { n: String(row.waived) }) : '',
    row.unknown
      ? t('teamMigrationCard.unknown', { n: String(row.unknown) })
      : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <Tooltip
      title={t('teamMigrationCard.creedTooltip', {
        details,
        must: row.mustText,
      })}
    >
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

function columnsOf(t: SoloTrekT, labels: SoloTrekLabels): TableColumn<Row>[] {
  return [
    serviceColumn(t),
    {
      title: t('teamMigrationCard.stage'),
      field: 'stageLabel',
      customSort: (a, b) => stageRank(a.stage) - stageRank(b.stage),
      render: row => (
        <Box>
          <StageChip stage={row.stage} />
          {isRolledBack(row) && <RolledBackChip at={row.rolledBackAt!} />}
          <Typography variant="caption" display="block" color="textSecondary">
            {row.live
              ? t('teamMigrationCard.liveOnNew')
              : t('teamMigrationCard.notLiveYet')}
          </Typography>
        </Box>
      ),
    },
    {
      title: t('teamMigrationCard.track'),
      field: 'trackLabel',
      render: row => (
        <Box>
          <TrackChip track={row.track} />
          <Tooltip
            title={labels.quadrantLabel(row.criticality, row.complexity)}
          >
            <Typography variant="caption" display="block" color="textSecondary">
              {row.quadrantText}
              {row.track === 'caravan' &&
                (row.wave
                  ? t('teamMigrationCard.wave', { wave: row.wave })
                  : t('teamMigrationCard.noWave'))}
            </Typography>
          </Tooltip>
        </Box>
      ),
    },
    {
      title: t('teamMigrationCard.creed'),
      field: 'complianceText',
      customSort: (a, b) =>
        Number(a.mustPass) - Number(b.mustPass) ||
        a.passed / Math.max(a.total, 1) - b.passed / Math.max(b.total, 1),
      render: row => <CreedCell row={row} />,
    },
    {
      title: t('teamMigrationCard.lastChange'),
      field: 'lastChange',
      defaultSort: 'desc',
      render: row => (
        <Tooltip title={formatDateTime(row.lastChange)}>
          <span>{formatRelative(row.lastChange, t)}</span>
        </Tooltip>
      ),
    },
    // Hidden columns: searchable and usable as filters.
    { title: t('teamMigrationCard.live'), field: 'liveText', hidden: true },
    {
      title: t('teamMigrationCard.progress'),
      field: 'progressText',
      hidden: true,
    },
    {
      title: t('teamMigrationCard.quadrant'),
      field: 'quadrantText',
      hidden: true,
    },
    {
      title: t('teamMigrationCard.mustItems'),
      field: 'mustText',
      hidden: true,
    },
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
  const labels = useSoloTrekLabels();
  const columns = useMemo(() => columnsOf(t, labels), [t, labels]);
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
        title={t('teamMigrationCard.noMigrationsTitle')}
        description={t('teamMigrationCard.noMigrationsDescription')}
      />
    );
  } else if (services.error) {
    content = <ErrorState error={services.error} onRetry={services.retry} />;
  } else if (!services.value || services.value.items.length === 0) {
    content = (
      <EmptyState
        missing="data"
        title={t('teamMigrationCard.noServicesTitle')}
        description={t('teamMigrationCard.noServicesDescription', {
          team: entity.metadata.title ?? entity.metadata.name,
          migration: migration.title,
        })}
      />
    );
  } else {
    const rows = services.value.items.map(item => toRow(item, t, labels));
    const done = rows.filter(r => DONE_STAGES.includes(r.stage)).length;
    const failingMust = rows.filter(r => !r.mustPass).length;
    content = (
      <>
        <Typography variant="body2" paragraph>
          {t('teamMigrationCard.done', {
            done: (
              <strong>
                {t('teamMigrationCard.doneCount', {
                  done: String(done),
                  total: String(rows.length),
                })}
              </strong>
            ),
            adoption: formatPercent(done / rows.length),
          })}{' '}
          {failingMust > 0
            ? t('teamMigrationCard.failingMust', { count: failingMust })
            : t('teamMigrationCard.allPass')}
        </Typography>
        <section
          aria-label={t('teamMigrationCard.services', {
            team: entity.metadata.title ?? entity.metadata.name,
            migration: migration.title,
          })}
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
              {
                column: t('teamMigrationCard.stage'),
                type: 'multiple-select',
              },
              { column: t('teamMigrationCard.track'), type: 'select' },
              { column: t('teamMigrationCard.live'), type: 'select' },
              { column: t('teamMigrationCard.progress'), type: 'select' },
              { column: t('teamMigrationCard.quadrant'), type: 'select' },
              { column: t('teamMigrationCard.mustItems'), type: 'select' },
            ]}
          />
        </section>
      </>
    );
  }

  return (
    <InfoCard
      title={t('teamMigrationCard.title')}
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
