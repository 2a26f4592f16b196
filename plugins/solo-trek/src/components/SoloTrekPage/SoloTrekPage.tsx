import { ReactNode, useRef } from 'react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  Content,
  ContentHeader,
  EmptyState,
  Header,
  HeaderLabel,
  InfoCard,
  Page,
  Progress,
  SupportButton,
} from '@backstage/core-components';
import { MigrationInfo } from '@internal/plugin-solo-trek-common';
import {
  useAdoptionHistory,
  useAdoptionReport,
  useMigrations,
  useSelectedMigration,
  useSoloTrekApi,
} from '../../hooks';
import { formatDate, formatDateTime, formatRelative } from '../../lib/format';
import { ErrorState } from '../shared/ErrorState';
import { MigrationSelect } from '../shared/MigrationSelect';
import { AdoptionBurnUpChart } from './AdoptionBurnUpChart';
import { CreedFailuresChart } from './CreedFailuresChart';
import { CsvExportButtons } from './CsvExportButtons';
import { KpiTiles } from './KpiTiles';
import { LongTailTable } from './LongTailTable';
import { Quadrant, SegmentationMatrix } from './SegmentationMatrix';
import { TeamStages } from './TeamStages';
import { TracksAndWaves } from './TracksAndWaves';
import { TrackProgressTiles } from './TrackProgressTiles';
import { WavePlanCard } from './WavePlanCard';
import { TrackDriftTable } from './TrackDriftTable';
import { RollbacksCard } from './RollbacksCard';
import { DecommissionTailTable } from './DecommissionTailTable';
import { useLongTailView } from './useLongTailView';
import { WaiverRequestsQueue } from '../WaiverRequests';
import { OutcomesSection } from '../OutcomesSection';
import { useSoloTrekT } from '../../translation';

/** Renders an async section: progress, error, or its content. */
function Section<T>(props: {
  state: { loading: boolean; error?: Error; value?: T; retry: () => void };
  children: (value: T) => ReactNode;
}) {
  const { state, children } = props;
  if (state.error) {
    return <ErrorState error={state.error} onRetry={state.retry} />;
  }
  if (state.value === undefined) {
    return <Progress />;
  }
  return <>{children(state.value)}</>;
}

function Dashboard(props: { migration: MigrationInfo }) {
  const { migration } = props;
  const report = useAdoptionReport(migration.id);
  const history = useAdoptionHistory(migration.id);
  const tracks = useSoloTrekApi(
    api => api.getTrackProgress(migration.id),
    [migration.id],
  );
  const longTail = useLongTailView(migration.id);
  const longTailRef = useRef<HTMLDivElement>(null);
  const t = useSoloTrekT();

  const selectQuadrant = (next: Quadrant | undefined) => {
    longTail.selectQuadrant(next);
    if (next) {
      longTailRef.current?.scrollIntoView?.({
        behavior: 'smooth',
        block: 'start',
      });
    }
  };

  const stale = report.value?.stale || migration.lastScan?.stale;

  return (
    <Grid container spacing={3}>
      {stale && (
        <Grid item xs={12}>
          <Alert severity="warning">
            {t('soloTrekPage.stale', {
              error: migration.lastScan?.error
                ? t('soloTrekPage.staleError', {
                    error: migration.lastScan.error,
                  })
                : '',
              finished: migration.lastScan?.finishedAt
                ? t('soloTrekPage.staleFinished', {
                    when: formatRelative(migration.lastScan.finishedAt, t),
                  })
                : '',
            })}
          </Alert>
        </Grid>
      )}
      <Grid item xs={12}>
        <Section state={report}>
          {value =>
            value.totals.total === 0 ? (
              <EmptyState
                missing="data"
                title={t('soloTrekPage.nothingInScope')}
                description={t('soloTrekPage.nothingInScopeDescription')}
              />
            ) : (
              <KpiTiles report={value} />
            )
          }
        </Section>
      </Grid>
      <Grid item xs={12}>
        <Section state={tracks}>
          {value => <TrackProgressTiles progress={value} />}
        </Section>
      </Grid>
      <Grid item xs={12} lg={8}>
        <InfoCard
          title={t('soloTrekPage.adoptionOverTime')}
          subheader={t('soloTrekPage.adoptionOverTimeSubheader')}
        >
          <Section state={history}>
            {value => <AdoptionBurnUpChart history={value} />}
          </Section>
        </InfoCard>
      </Grid>
      <Grid item xs={12} lg={4}>
        <InfoCard
          title={t('soloTrekPage.segmentation')}
          subheader={t('soloTrekPage.segmentationSubheader')}
        >
          <Section state={report}>
            {value => (
              <SegmentationMatrix
                quadrants={value.byQuadrant}
                longTailCounts={longTail.counts}
                selected={longTail.quadrant}
                onSelect={selectQuadrant}
              />
            )}
          </Section>
        </InfoCard>
      </Grid>
      <Grid item xs={12} lg={8}>
        <InfoCard title={t('soloTrekPage.stagesByTeam')}>
          <TeamStages migrationId={migration.id} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} lg={4}>
        <InfoCard title={t('soloTrekPage.adoptionPerTrack')}>
          <Section state={report}>
            {value => <TracksAndWaves report={value} />}
          </Section>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <WavePlanCard
          migrationId={migration.id}
          onChange={() => {
            tracks.retry();
            report.retry();
          }}
        />
      </Grid>
      <Grid item xs={12}>
        <div ref={longTailRef} style={{ scrollMarginTop: 16 }}>
          <Section state={longTail.state}>
            {value => (
              <LongTailTable
                report={value}
                loading={longTail.loading}
                page={longTail.page}
                pageSize={longTail.pageSize}
                onPageChange={longTail.setPaging}
                quadrant={longTail.quadrant}
                onClearQuadrant={() => selectQuadrant(undefined)}
              />
            )}
          </Section>
        </div>
      </Grid>
      <Grid item xs={12}>
        <TrackDriftTable migrationId={migration.id} />
      </Grid>
      <Grid item xs={12} lg={6}>
        <RollbacksCard migrationId={migration.id} />
      </Grid>
      <Grid item xs={12} lg={6}>
        <DecommissionTailTable migrationId={migration.id} />
      </Grid>
      <Grid item xs={12}>
        <InfoCard
          title={t('soloTrekPage.creedFailures')}
          subheader={t('soloTrekPage.creedFailuresSubheader')}
        >
          <Section state={report}>
            {value => <CreedFailuresChart creed={value.creed} />}
          </Section>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <WaiverRequestsQueue migrationId={migration.id} />
      </Grid>
      {report.value && (
        <Grid item xs={12}>
          <Typography variant="caption" color="textSecondary">
            {t('soloTrekPage.generated', {
              date: formatDateTime(report.value.generatedAt),
            })}
          </Typography>
        </Grid>
      )}
      <Grid item xs={12} style={{ marginTop: 16 }}>
        <OutcomesSection migration={migration} adoption={report.value} />
      </Grid>
    </Grid>
  );
}

/**
 * The platform team's dashboard at /solo-trek: adoption, forecast, teams,
 * segmentation, the long tail, Creed failures and the outcomes.
 */
export function SoloTrekPage() {
  const migrations = useMigrations();
  const [migration, setMigration] = useSelectedMigration(migrations.value);
  const t = useSoloTrekT();

  let body;
  if (migrations.loading) {
    body = <Progress />;
  } else if (migrations.error) {
    body = <ErrorState error={migrations.error} onRetry={migrations.retry} />;
  } else if (!migration) {
    body = (
      <EmptyState
        missing="info"
        title={t('soloTrekPage.noMigrationsTitle')}
        description={t('soloTrekPage.noMigrationsDescription')}
      />
    );
  } else {
    body = (
      <>
        <ContentHeader title={migration.title}>
          <MigrationSelect
            migrations={migrations.value ?? []}
            value={migration.id}
            onChange={setMigration}
          />
          <CsvExportButtons migrationId={migration.id} />
          <SupportButton>{t('soloTrekPage.support')}</SupportButton>
        </ContentHeader>
        {migration.description && (
          <Typography variant="body1" paragraph>
            {migration.description}
          </Typography>
        )}
        <Dashboard key={migration.id} migration={migration} />
      </>
    );
  }

  return (
    <Page themeId="tool">
      <Header
        title={t('soloTrekPage.title')}
        subtitle={
          migration
            ? t('soloTrekPage.subtitle', {
                from: migration.from,
                to: migration.to,
              })
            : t('soloTrekPage.subtitleNone')
        }
      >
        {migration && (
          <>
            <HeaderLabel
              label={t('soloTrekPage.window')}
              value={`${formatDate(migration.window.start)} – ${formatDate(
                migration.window.sunset,
              )}`}
            />
            <HeaderLabel
              label={t('soloTrekPage.lastScan')}
              value={
                migration.lastScan?.finishedAt
                  ? formatRelative(migration.lastScan.finishedAt, t)
                  : t('soloTrekPage.notYet')
              }
            />
          </>
        )}
      </Header>
      <Content>{body}</Content>
    </Page>
  );
}
