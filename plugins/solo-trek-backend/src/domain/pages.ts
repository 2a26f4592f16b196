import {
  LeaderboardEntry,
  TeamAdoption,
  teamMatches,
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

function cut<T extends { team: string; title: string }>(
  list: readonly T[],
  query: PageQuery,
): Page<T> {
  const matching = query.q ? list.filter(t => teamMatches(t, query.q)) : list;
  return {
    total: matching.length,
    offset: query.offset,
    items: matching.slice(query.offset, query.offset + query.limit),
  };
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
  const wanted = new Set(
    (query.teams ?? []).map(t => t.toLocaleLowerCase('en-US')),
  );
  return {
    ...cut(ranked, query),
    pinned: wanted.size
      ? ranked.filter(e => wanted.has(e.team.toLocaleLowerCase('en-US')))
      : [],
  };
}

/** A page of teams already sorted with `sortTeams` from -common. */
export function teamAdoptionPage(
  sorted: readonly TeamAdoption[],
  query: PageQuery,
): Page<TeamAdoption> {
  return cut(sorted, query);
}
