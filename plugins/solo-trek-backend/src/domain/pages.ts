import {
  LeaderboardEntry,
  SortOrder,
  TeamAdoption,
  TeamAdoptionSort,
} from '@internal/plugin-solo-trek-common';

/** One page of a list, with the size of the whole (filtered) list. */
export interface Page<T> {
  total: number;
  offset: number;
  items: T[];
}

export interface PageQuery {
  limit: number;
  offset: number;
  /** Case-insensitive text that the title or the ref must contain. */
  q?: string;
}

/**
 * Whether a team's title or ref contains the search text. The text is
 * expected lower-cased already, so a search costs one lower-casing per row.
 */
function matches(team: { team: string; title: string }, needle: string) {
  return (
    team.title.toLocaleLowerCase('en-US').includes(needle) ||
    team.team.toLocaleLowerCase('en-US').includes(needle)
  );
}

function filtered<T extends { team: string; title: string }>(
  items: readonly T[],
  q: string | undefined,
): readonly T[] {
  const needle = q?.trim().toLocaleLowerCase('en-US');
  return needle ? items.filter(t => matches(t, needle)) : items;
}

/**
 * A page of the ranking (already in rank order), plus the entries of the
 * named teams wherever they rank, so a team always finds its own place.
 * Ranks stay the overall ones when the search narrows the list.
 */
export function leaderboardPage(
  ranked: readonly LeaderboardEntry[],
  query: PageQuery & { teams?: readonly string[] },
): Page<LeaderboardEntry> & { pinned: LeaderboardEntry[] } {
  const list = filtered(ranked, query.q);
  const wanted = new Set(
    (query.teams ?? []).map(t => t.toLocaleLowerCase('en-US')),
  );
  return {
    total: list.length,
    offset: query.offset,
    items: list.slice(query.offset, query.offset + query.limit),
    pinned: wanted.size
      ? ranked.filter(e => wanted.has(e.team.toLocaleLowerCase('en-US')))
      : [],
  };
}

const byKey: Record<
  TeamAdoptionSort,
  (a: TeamAdoption, b: TeamAdoption) => number
> = {
  adoption: (a, b) => a.adoption - b.adoption,
  compliantAdoption: (a, b) => a.compliantAdoption - b.compliantAdoption,
  total: (a, b) => a.total - b.total,
  title: (a, b) => a.title.localeCompare(b.title, 'en-US'),
};

/**
 * The per-team breakdown in the order asked for. Ties fall back to the team
 * ref in ascending order either way, so pages never overlap or skip a team.
 */
export function sortTeams(
  teams: readonly TeamAdoption[],
  sort: TeamAdoptionSort,
  order: SortOrder,
): TeamAdoption[] {
  const compare = byKey[sort];
  const sign = order === 'asc' ? 1 : -1;
  const byRef = (a: TeamAdoption, b: TeamAdoption) => {
    if (a.team === b.team) return 0;
    return a.team < b.team ? -1 : 1;
  };
  return teams.slice().sort((a, b) => sign * compare(a, b) || byRef(a, b));
}

/** A page of teams already sorted with {@link sortTeams}. */
export function teamAdoptionPage(
  sorted: readonly TeamAdoption[],
  query: PageQuery,
): Page<TeamAdoption> {
  const list = filtered(sorted, query.q);
  return {
    total: list.length,
    offset: query.offset,
    items: list.slice(query.offset, query.offset + query.limit),
  };
}
