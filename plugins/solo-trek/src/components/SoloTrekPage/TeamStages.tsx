import { useState } from 'react';
import LinearProgress from '@material-ui/core/LinearProgress';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Progress } from '@backstage/core-components';
import {
  SortOrder,
  TeamAdoptionPage,
  TeamAdoptionQuery,
  TeamAdoptionSort,
} from '@internal/plugin-solo-trek-common';
import { useTeamAdoption } from '../../hooks';
import { formatNumber, formatPercent } from '../../lib/format';
import { useUniqueId } from '../../lib/useUniqueId';
import { SEARCH_DELAY_MS, useSearchPaging } from '../../lib/useSearchPaging';
import { ErrorState } from '../shared/ErrorState';
import { SearchField } from '../shared/SearchField';
import { Pager, useKeepPageInRange } from '../shared/Pager';
import { TeamStageChart } from './TeamStageChart';
import { SoloTrekT, useSoloTrekT } from '../../translation';

/** Teams per page: a chart of ten bars still reads at a glance. */
export const TEAMS_PAGE_SIZE = 10;
/** How long typing pauses before the search goes to the server. */
export const TEAM_SEARCH_DELAY_MS = SEARCH_DELAY_MS;

type SortKey = 'behind' | 'along' | 'services' | 'name';

/** Each sort's words are `teamStages.sort.<key>` and `teamStages.phrase.<key>`. */
const SORTS: Record<SortKey, { sort: TeamAdoptionSort; order: SortOrder }> = {
  behind: { sort: 'adoption', order: 'asc' },
  along: { sort: 'adoption', order: 'desc' },
  services: { sort: 'total', order: 'desc' },
  name: { sort: 'title', order: 'asc' },
};

const useStyles = makeStyles(theme => ({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(1),
  },
  sort: { minWidth: 180 },
  loading: { minHeight: 4, marginBottom: theme.spacing(1) },
}));

/** The chart's summary, from the query the page answers. */
function describe(
  result: TeamAdoptionPage & { query: TeamAdoptionQuery },
  t: SoloTrekT,
) {
  const { items, total, offset } = result;
  const q = result.query.q ?? '';
  const sortKey = (Object.keys(SORTS) as SortKey[]).find(
    key =>
      SORTS[key].sort === result.query.sort &&
      SORTS[key].order === result.query.order,
  );
  const n = formatNumber(total, 0);
  const teams = q
    ? t('teamStages.teamsMatch', { count: total, n, q })
    : t('teamStages.teams', { count: total, n });
  if (items.length === 1 && total === 1) {
    const [team] = items;
    return t('teamStages.single', {
      teams,
      team: team.title,
      done: String(team.done),
      total: String(team.total),
    });
  }
  const first = items[0];
  const last = items[items.length - 1];
  return t('teamStages.range', {
    teams,
    sorted: sortKey
      ? t('teamStages.sorted', { phrase: t(`teamStages.phrase.${sortKey}`) })
      : '',
    from: formatNumber(offset + 1, 0),
    to: formatNumber(offset + items.length, 0),
    first: first.title,
    firstAdoption: formatPercent(first.adoption),
    last: last.title,
    lastAdoption: formatPercent(last.adoption),
  });
}

/**
 * "Stages by team": a page of teams at a time, sorted and searched on the
 * server, so the chart stays readable with thousands of teams.
 */
export function TeamStages(props: { migrationId: string }) {
  const { migrationId } = props;
  const classes = useStyles();
  const id = useUniqueId('solo-trek-teams');
  const t = useSoloTrekT();
  const [sortKey, setSortKey] = useState<SortKey>('behind');
  const { text, setText, q, page, setPage } = useSearchPaging();

  const { sort, order } = SORTS[sortKey];
  const state = useTeamAdoption(migrationId, {
    limit: TEAMS_PAGE_SIZE,
    offset: page * TEAMS_PAGE_SIZE,
    sort,
    order,
    q: q || undefined,
  });
  const result = state.value;
  useKeepPageInRange({
    page,
    setPage,
    pageSize: TEAMS_PAGE_SIZE,
    result: result && { total: result.total, rows: result.items.length },
  });

  let body;
  if (state.error) {
    body = <ErrorState error={state.error} onRetry={state.retry} />;
  } else if (!result) {
    body = <Progress />;
  } else if (result.total === 0) {
    body = (
      <Typography variant="body2" color="textSecondary">
        {result.query.q
          ? t('teamStages.noMatch', { q: result.query.q })
          : t('teamStages.none')}
      </Typography>
    );
  } else if (result.items.length === 0) {
    // Past the end of a list that shrank: useKeepPageInRange moves back.
    body = <Progress />;
  } else {
    const from = formatNumber(result.offset + 1, 0);
    const to = formatNumber(result.offset + result.items.length, 0);
    body = (
      <TeamStageChart
        teams={result.items}
        summary={describe(result, t)}
        caption={t('teamStages.caption', {
          from,
          to,
          total: formatNumber(result.total, 0),
        })}
      />
    );
  }

  return (
    <>
      <div className={classes.toolbar}>
        <TextField
          select
          id={`${id}-sort`}
          label={t('teamStages.sortLabel')}
          variant="outlined"
          size="small"
          className={classes.sort}
          value={sortKey}
          onChange={event => {
            setSortKey(event.target.value as SortKey);
            setPage(0);
          }}
        >
          {(Object.keys(SORTS) as SortKey[]).map(key => (
            <MenuItem key={key} value={key}>
              {t(`teamStages.sort.${key}`)}
            </MenuItem>
          ))}
        </TextField>
        <SearchField
          id={`${id}-search`}
          label={t('searchField.searchTeams')}
          value={text}
          onChange={setText}
        />
      </div>
      <div className={classes.loading} aria-hidden={!state.loading}>
        {state.loading && result && (
          <LinearProgress aria-label={t('teamStages.loading')} />
        )}
      </div>
      <div aria-live="polite" aria-busy={state.loading}>
        {body}
      </div>
      {result && !state.error && (
        <Pager
          label={t('teamStages.pages')}
          total={result.total}
          page={page}
          pageSize={TEAMS_PAGE_SIZE}
          onPageChange={setPage}
        />
      )}
    </>
  );
}
