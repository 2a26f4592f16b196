import { SortOrder, TeamAdoption, TeamAdoptionSort } from './aggregates';

/**
 * Whether a team's title or ref contains the search text, ignoring case: the
 * `q` of the leaderboard and the per-team breakdown.
 *
 * @public
 */
export function teamMatches(
  team: { team: string; title: string },
  q: string | undefined,
): boolean {
  const needle = q?.trim().toLocaleLowerCase('en-US');
  return (
    !needle ||
    team.title.toLocaleLowerCase('en-US').includes(needle) ||
    team.team.toLocaleLowerCase('en-US').includes(needle)
  );
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

function byRef(a: TeamAdoption, b: TeamAdoption) {
  if (a.team === b.team) return 0;
  return a.team < b.team ? -1 : 1;
}

/**
 * The per-team breakdown in the order asked for. Ties fall back to the team
 * ref in ascending order either way, so pages never overlap or skip a team.
 *
 * @public
 */
export function sortTeams(
  teams: readonly TeamAdoption[],
  sort: TeamAdoptionSort,
  order: SortOrder,
): TeamAdoption[] {
  const sign = order === 'asc' ? 1 : -1;
  return teams.slice().sort((a, b) => sign * byKey[sort](a, b) || byRef(a, b));
}
