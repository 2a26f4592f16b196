import { TeamAdoption } from './aggregates';
import { sortTeams, teamMatches } from './teamOrder';

function team(
  name: string,
  figures: { total: number; done: number; compliantDone?: number },
  title = name,
): TeamAdoption {
  const { total, done, compliantDone = 0 } = figures;
  return {
    team: `group:default/${name}`,
    title,
    total,
    done,
    compliantDone,
    adoption: total ? done / total : 0,
    compliantAdoption: total ? compliantDone / total : 0,
    stages: {
      'not-started': total - done,
      planning: 0,
      'in-progress': 0,
      migrated: done,
      decommissioned: 0,
      retired: 0,
    },
  };
}

describe('sortTeams', () => {
  const teams = [
    team('b', { total: 4, done: 2, compliantDone: 0 }, 'Bravo'),
    team('a', { total: 2, done: 1, compliantDone: 1 }, 'alpha'),
    team('c', { total: 10, done: 9, compliantDone: 3 }, 'Charlie'),
    team('d', { total: 1, done: 0 }, 'Delta'),
  ];
  const order = (list: TeamAdoption[]) => list.map(t => t.team.split('/')[1]);

  it('sorts by each key both ways, ties by ref ascending either way', () => {
    expect(order(sortTeams(teams, 'adoption', 'desc'))).toEqual([
      'c',
      'a',
      'b',
      'd',
    ]);
    expect(order(sortTeams(teams, 'adoption', 'asc'))).toEqual([
      'd',
      'a',
      'b',
      'c',
    ]);
    expect(order(sortTeams(teams, 'total', 'desc'))).toEqual([
      'c',
      'b',
      'a',
      'd',
    ]);
    expect(order(sortTeams(teams, 'compliantAdoption', 'desc'))).toEqual([
      'a',
      'c',
      'b',
      'd',
    ]);
    // Titles compare as people read them, not by code point.
    expect(order(sortTeams(teams, 'title', 'asc'))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(teams.map(t => t.team.split('/')[1])).toEqual(['b', 'a', 'c', 'd']);
  });
});

describe('teamMatches', () => {
  it('finds the text in the title or the ref, ignoring case and spaces around', () => {
    const t = { team: 'group:default/data-platform', title: 'Data Platform' };
    expect(teamMatches(t, ' PLAT ')).toBe(true);
    expect(teamMatches(t, 'data-plat')).toBe(true);
    expect(teamMatches(t, 'payments')).toBe(false);
    expect(teamMatches(t, undefined)).toBe(true);
    expect(teamMatches(t, '  ')).toBe(true);
  });
});
