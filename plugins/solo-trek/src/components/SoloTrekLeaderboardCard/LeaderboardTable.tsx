import Chip from '@material-ui/core/Chip';
import Link from '@material-ui/core/Link';
import Tooltip from '@material-ui/core/Tooltip';
import LinearProgress from '@material-ui/core/LinearProgress';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { LeaderboardEntry } from '@internal/plugin-solo-trek-common';
import { formatNumber } from '../../lib/format';
import { visuallyHidden } from '../shared/visuallyHidden';
import { BadgeChips } from './BadgeChips';
import { RankChange } from './RankChange';
import { useSoloTrekT } from '../../translation';

const useStyles = makeStyles(theme => ({
  caption: visuallyHidden,
  hidden: visuallyHidden,
  own: {
    '& > td': { fontWeight: theme.typography.fontWeightBold as number },
    '& > td:first-child': {
      boxShadow: `inset 4px 0 0 ${theme.palette.primary.main}`,
    },
  },
  table: {
    '& th, & td': { padding: theme.spacing(0.75, 1) },
  },
  rank: { width: 48, whiteSpace: 'nowrap' },
  gap: { color: theme.palette.text.secondary },
  progress: { minWidth: 48, marginTop: theme.spacing(0.5) },
  teamCell: { minWidth: 120 },
  score: { whiteSpace: 'nowrap' },
  team: {
    marginBottom: theme.spacing(0.5),
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
}));

function LeaderboardRow(props: {
  entry: LeaderboardEntry;
  own: boolean;
  onExplain?: (entry: LeaderboardEntry) => void;
}) {
  const { entry, own, onExplain } = props;
  const classes = useStyles();
  const t = useSoloTrekT();
  return (
    <TableRow
      selected={own}
      className={own ? classes.own : undefined}
      data-testid={`leaderboard-row-${entry.team}`}
    >
      <TableCell className={classes.rank}>
        <Typography variant="body2" component="span">
          {entry.rank}
        </Typography>{' '}
        <RankChange change={entry.rankChange} />
      </TableCell>
      <TableCell className={classes.teamCell}>
        <div className={classes.team}>
          <EntityRefLink entityRef={entry.team} defaultKind="group">
            {entry.title}
          </EntityRefLink>
          {own && (
            <Chip
              size="small"
              color="primary"
              label={t('leaderboardTable.yourTeam')}
              aria-hidden
            />
          )}
          {own && (
            <span className={classes.hidden}>
              {t('leaderboardTable.yourTeamHidden')}
            </span>
          )}
        </div>
        <BadgeChips badges={entry.badges} />
      </TableCell>
      <TableCell align="right">
        {onExplain ? (
          <Tooltip title={t('leaderboardTable.whyScore')}>
            <Link
              component="button"
              variant="body2"
              onClick={() => onExplain(entry)}
              aria-label={t('leaderboardTable.whyScoreLabel', {
                score: formatNumber(entry.score, 1),
                team: entry.title,
              })}
            >
              {formatNumber(entry.score, 1)}
            </Link>
          </Tooltip>
        ) : (
          formatNumber(entry.score, 1)
        )}
      </TableCell>
      <TableCell>
        <Typography variant="body2" component="span">
          {entry.migrated}/{entry.total}
        </Typography>
        <LinearProgress
          variant="determinate"
          className={classes.progress}
          value={entry.total ? (100 * entry.migrated) / entry.total : 0}
          aria-label={t('leaderboardTable.migratedLabel', {
            team: entry.title,
            migrated: String(entry.migrated),
            total: String(entry.total),
          })}
        />
      </TableCell>
    </TableRow>
  );
}

/**
 * One page of the ranking, then the viewer's own teams that rank elsewhere
 * (`pinned`), after a gap, so a team always finds its place.
 */
export function LeaderboardTable(props: {
  entries: LeaderboardEntry[];
  pinned: LeaderboardEntry[];
  ownTeams: string[];
  caption: string;
  /** Opens the breakdown of a team's score. */
  onExplain?: (entry: LeaderboardEntry) => void;
}) {
  const { entries, pinned, ownTeams, caption, onExplain } = props;
  const classes = useStyles();
  const t = useSoloTrekT();
  const isOwn = (team: string) =>
    ownTeams.includes(team.toLocaleLowerCase('en-US'));

  return (
    <Table size="small" aria-label={caption} className={classes.table}>
      <caption className={classes.caption}>{caption}</caption>
      <TableHead>
        <TableRow>
          <TableCell className={classes.rank}>
            {t('leaderboardTable.rank')}
          </TableCell>
          <TableCell>{t('leaderboardTable.team')}</TableCell>
          <TableCell align="right" className={classes.score}>
            {t('leaderboardTable.score')}
          </TableCell>
          <TableCell className={classes.score}>
            {t('leaderboardTable.migrated')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map(entry => (
          <LeaderboardRow
            key={entry.team}
            entry={entry}
            own={isOwn(entry.team)}
            onExplain={onExplain}
          />
        ))}
        {pinned.length > 0 && (
          <TableRow data-testid="leaderboard-gap">
            <TableCell colSpan={4} align="center" className={classes.gap}>
              <span aria-hidden>⋯</span>
              <span className={classes.hidden}>
                {t('leaderboardTable.elsewhere', { count: pinned.length })}
              </span>
            </TableCell>
          </TableRow>
        )}
        {pinned.map(entry => (
          <LeaderboardRow
            key={entry.team}
            entry={entry}
            own
            onExplain={onExplain}
          />
        ))}
      </TableBody>
    </Table>
  );
}
