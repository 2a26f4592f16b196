import { useState } from 'react';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { EmptyState, Progress } from '@backstage/core-components';
import { LeaderboardPeriod } from '@internal/plugin-solo-trek-common';
import {
  useHeroes,
  useLeaderboard,
  useMigrations,
  useOwnershipRefs,
  useSelectedMigration,
} from '../../hooks';
import { formatDate, formatMonth } from '../../lib/format';
import { errorMessage } from '../../lib/errors';
import { ErrorState } from '../shared/ErrorState';
import { MigrationSelect } from '../shared/MigrationSelect';
import { HeroOfTheMonth } from './HeroOfTheMonth';
import { LeaderboardTable } from './LeaderboardTable';
import { NominateHeroDialog } from './NominateHeroDialog';

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

/** @public */
export type SoloTrekLeaderboardProps = {
  /** Show only the first rows; the viewer's own team is always shown. */
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
  const classes = useStyles();
  const migrations = useMigrations();
  const [migration, setMigration] = useSelectedMigration(migrations.value);
  const [period, setPeriod] = useState<LeaderboardPeriod>(initialPeriod);
  const leaderboard = useLeaderboard(migration?.id, period);
  const heroes = useHeroes(migration?.id);
  const ownTeams = useOwnershipRefs();
  const [nominating, setNominating] = useState(false);

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
        title="No migrations configured"
        description="Add a migration under soloTrek.migrations in the app config."
      />
    );
  }

  const entries = leaderboard.value?.entries ?? [];
  const visible =
    maxRows && entries.length > maxRows
      ? entries.filter(
          (e, i) =>
            i < maxRows || ownTeams.includes(e.team.toLocaleLowerCase('en-US')),
        )
      : entries;
  const teams = entries.map(e => ({ ref: e.team, title: e.title }));
  const periodLabel = period === 'month' ? 'this month' : 'all time';

  let body;
  if (leaderboard.error) {
    body = <ErrorState error={leaderboard.error} onRetry={leaderboard.retry} />;
  } else if (!leaderboard.value) {
    body = <Progress />;
  } else if (entries.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title="No teams on the leaderboard yet"
        description={
          period === 'month'
            ? 'No team has moved a service this month. Yet.'
            : 'Teams appear here as soon as they own services in scope.'
        }
      />
    );
  } else {
    body = (
      <LeaderboardTable
        entries={visible}
        ownTeams={ownTeams}
        caption={`${migration.title} leaderboard, ${periodLabel}`}
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
            if (next) setPeriod(next);
          }}
          aria-label="Leaderboard period"
        >
          <ToggleButton value="all" aria-label="All time">
            All time
          </ToggleButton>
          <ToggleButton value="month" aria-label="This month">
            This month
          </ToggleButton>
        </ToggleButtonGroup>
        <MigrationSelect
          migrations={migrations.value ?? []}
          value={migration.id}
          onChange={setMigration}
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
          The Migration Hero is unavailable: {errorMessage(heroes.error)}
        </Typography>
      )}
      <div className={classes.loading} aria-hidden={!leaderboard.loading}>
        {leaderboard.loading && leaderboard.value && (
          <LinearProgress aria-label="Loading leaderboard" />
        )}
      </div>
      <div aria-live="polite" aria-busy={leaderboard.loading}>
        {body}
      </div>
      {leaderboard.value && period === 'month' && (
        <Typography variant="caption" color="textSecondary">
          Counting from {formatDate(leaderboard.value.periodStart)}.
        </Typography>
      )}
      {heroes.value && (
        <NominateHeroDialog
          open={nominating}
          onClose={() => setNominating(false)}
          migrationId={migration.id}
          teams={teams}
          monthLabel={formatMonth(heroes.value.current.month)}
          onNominated={() => heroes.retry()}
        />
      )}
    </Box>
  );
}
