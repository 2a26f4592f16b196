import { useState } from 'react';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { EmptyState, Progress } from '@backstage/core-components';
import {
  LeaderboardEntry,
  LeaderboardPeriod,
} from '@internal/plugin-solo-trek-common';
import {
  MAX_PINNED_TEAMS,
  useHeroes,
  useLeaderboard,
  useMigrations,
  useOwnGroupRefs,
  useSelectedMigration,
} from '../../hooks';
import { formatDate, formatMonth } from '../../lib/format';
import { errorMessage } from '../../lib/errors';
import { ErrorState } from '../shared/ErrorState';
import { MigrationSelect } from '../shared/MigrationSelect';
import { Pager, useKeepPageInRange } from '../shared/Pager';
import { HallOfHeroes } from './HallOfHeroes';
import { HeroOfTheMonth } from './HeroOfTheMonth';
import { LeaderboardTable } from './LeaderboardTable';
import { NominateHeroDialog } from './NominateHeroDialog';
import { ScoreBreakdownDialog } from './ScoreBreakdownDialog';
import { useSoloTrekT } from '../../translation';

const useStyles = makeStyles(theme => ({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1),
  },
  loading: { minHeight: 4 },
}));

const DEFAULT_PAGE_SIZE = 10;

/** @public */
export type SoloTrekLeaderboardProps = {
  /**
   * Teams per page, 10 by default. The viewer's own teams are always shown:
   * below the page when they rank elsewhere.
   */
  maxRows?: number;
  /** Start on this period. Defaults to all-time. */
  initialPeriod?: LeaderboardPeriod;
};

/**
 * The team leaderboard without a card around it, for places that bring
 * their own (the home page widget).
 */
export function SoloTrekLeaderboard(props: SoloTrekLeaderboardProps) {
  const { maxRows, initialPeriod = 'all' } = props;
  const pageSize = maxRows && maxRows > 0 ? maxRows : DEFAULT_PAGE_SIZE;
  const classes = useStyles();
  const t = useSoloTrekT();
  const migrations = useMigrations();
  const [migration, setMigration] = useSelectedMigration(migrations.value);
  const [period, setPeriod] = useState<LeaderboardPeriod>(initialPeriod);
  const [page, setPage] = useState(0);
  const ownTeams = useOwnGroupRefs();
  // Waits for the viewer's teams, so the board is fetched once, with them.
  const leaderboard = useLeaderboard(
    ownTeams ? migration?.id : undefined,
    period,
    {
      limit: pageSize,
      offset: page * pageSize,
      teams: ownTeams?.slice(0, MAX_PINNED_TEAMS),
    },
  );
  const heroes = useHeroes(migration?.id);
  const [nominating, setNominating] = useState(false);
  const [explaining, setExplaining] = useState<LeaderboardEntry>();

  const total = leaderboard.value?.total ?? 0;
  useKeepPageInRange({
    page,
    setPage,
    pageSize,
    result: leaderboard.value && {
      total,
      rows: leaderboard.value.entries.length,
    },
  });

  if (migrations.loading) {
    return <Progress />;
  }
  if (migrations.error) {
    return <ErrorState error={migrations.error} onRetry={migrations.retry} />;
  }
  if (!migration) {
    return (
      <EmptyState
        missing="info"
        title={t('leaderboard.noMigrationsTitle')}
        description={t('leaderboard.noMigrationsDescription')}
      />
    );
  }

  const entries = leaderboard.value?.entries ?? [];
  const onPage = new Set(entries.map(e => e.team.toLocaleLowerCase('en-US')));
  const pinned = (leaderboard.value?.pinned ?? []).filter(
    e => !onPage.has(e.team.toLocaleLowerCase('en-US')),
  );
  const periodLabel =
    period === 'month'
      ? t('leaderboard.periodMonth')
      : t('leaderboard.periodAll');

  let body;
  if (leaderboard.error) {
    body = <ErrorState error={leaderboard.error} onRetry={leaderboard.retry} />;
  } else if (leaderboard.value && total === 0) {
    body = (
      <EmptyState
        missing="data"
        title={t('leaderboard.emptyTitle')}
        description={
          period === 'month'
            ? t('leaderboard.emptyMonth')
            : t('leaderboard.emptyAll')
        }
      />
    );
  } else if (entries.length === 0) {
    // Loading, or past the end of a board that shrank (moving back).
    body = <Progress />;
  } else {
    body = (
      <LeaderboardTable
        entries={entries}
        pinned={pinned}
        ownTeams={ownTeams ?? []}
        caption={t('leaderboard.caption', {
          migration: migration.title,
          period: periodLabel,
        })}
        onExplain={setExplaining}
      />
    );
  }

  return (
    <Box>
      <div className={classes.toolbar}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={period}
          onChange={(_e, next: LeaderboardPeriod | null) => {
            if (next) {
              setPeriod(next);
              setPage(0);
            }
          }}
          aria-label={t('leaderboard.period')}
        >
          <ToggleButton value="all" aria-label={t('leaderboard.allTime')}>
            {t('leaderboard.allTime')}
          </ToggleButton>
          <ToggleButton value="month" aria-label={t('leaderboard.thisMonth')}>
            {t('leaderboard.thisMonth')}
          </ToggleButton>
        </ToggleButtonGroup>
        <MigrationSelect
          migrations={migrations.value ?? []}
          value={migration.id}
          onChange={id => {
            setMigration(id);
            setPage(0);
          }}
        />
      </div>
      {heroes.value && (
        <HeroOfTheMonth
          heroes={heroes.value}
          onNominate={() => setNominating(true)}
        />
      )}
      {heroes.error && (
        <Typography variant="caption" color="textSecondary" component="p">
          {t('leaderboard.heroUnavailable', {
            error: errorMessage(heroes.error),
          })}
        </Typography>
      )}
      <div className={classes.loading} aria-hidden={!leaderboard.loading}>
        {leaderboard.loading && leaderboard.value && (
          <LinearProgress aria-label={t('leaderboard.loading')} />
        )}
      </div>
      <div aria-live="polite" aria-busy={leaderboard.loading}>
        {body}
      </div>
      {leaderboard.value && !leaderboard.error && (
        <Pager
          label={t('leaderboard.pages')}
          total={total}
          page={page}
          pageSize={pageSize}
          onPageChange={setPage}
        />
      )}
      {leaderboard.value && period === 'month' && (
        <Typography variant="caption" color="textSecondary">
          {t('leaderboard.countingFrom', {
            date: formatDate(leaderboard.value.periodStart),
          })}
        </Typography>
      )}
      {leaderboard.value?.scoring && (
        <Typography variant="caption" color="textSecondary" component="p">
          {t('leaderboard.scoring', {
            prior: String(leaderboard.value.scoring.priorStrength),
            mean: String(leaderboard.value.scoring.organisationMean),
          })}
        </Typography>
      )}
      {heroes.value && <HallOfHeroes past={heroes.value.past} />}
      <ScoreBreakdownDialog
        migrationId={migration.id}
        period={period}
        entry={explaining}
        onClose={() => setExplaining(undefined)}
      />
      {heroes.value && (
        <NominateHeroDialog
          open={nominating}
          onClose={() => setNominating(false)}
          migrationId={migration.id}
          monthLabel={formatMonth(heroes.value.current.month)}
          onNominated={() => heroes.retry()}
        />
      )}
    </Box>
  );
}
