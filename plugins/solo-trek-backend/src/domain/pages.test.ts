import {
  LeaderboardEntry,
  sortTeams,
  TeamAdoption,
} from '@internal/plugin-solo-trek-common';
import { leaderboardPage, teamAdoptionPage } from './pages';

function entry(rank: number, name: string, title = name): LeaderboardEntry {
  return {
    rank,
    team: `group:default/${name}`,
    title,
    score: 100 - rank,
    migrated: 1,
    total: 2,
    compliant: 1,
    badges: [],
    rankChange: null,
  };
}

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

describe('leaderboardPage', () => {
  const ranked = Array.from({ length: 25 }, (_, i) =>
    entry(i + 1, `team-${String(i + 1).padStart(2, '0')}`, `Team ${i + 1}`),
  );

  it('cuts pages that cover every team once, in rank order', () => {
    const seen: number[] = [];
    for (let offset = 0; offset < 25; offset += 10) {
      const page = leaderboardPage(ranked, { limit: 10, offset });
      expect(page.total).toBe(25);
      expect(page.offset).toBe(offset);
      seen.push(...page.items.map(e => e.rank));
    }
    expect(seen).toEqual(ranked.map(e => e.rank));
    expect(leaderboardPage(ranked, { limit: 10, offset: 30 }).items).toEqual(
      [],
    );
  });

  it('pins the named teams wherever they rank, ignoring case', () => {
    const page = leaderboardPage(ranked, {
      limit: 5,
      offset: 0,
      teams: [
        'GROUP:default/TEAM-17',
        'group:default/team-02',
        'group:default/gone',
      ],
    });
    expect(page.items.map(e => e.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(page.pinned.map(e => e.rank)).toEqual([2, 17]);
  });

  it('searches titles and refs and keeps the overall ranks', () => {
    const page = leaderboardPage(ranked, {
      limit: 10,
      offset: 0,
      q: ' team 2',
    });
    // "Team 2" and "Team 20"–"Team 25" by title.
    expect(page.items.map(e => e.rank)).toEqual([2, 20, 21, 22, 23, 24, 25]);
    expect(page.total).toBe(7);
    expect(
      leaderboardPage(ranked, { limit: 10, offset: 0, q: 'team-09' }).items,
    ).toEqual([ranked[8]]);
  });
});

describe('teamAdoptionPage', () => {
  const teams = [
    team('b', { total: 4, done: 2, compliantDone: 0 }, 'Bravo'),
    team('a', { total: 2, done: 1, compliantDone: 1 }, 'alpha'),
    team('c', { total: 10, done: 9, compliantDone: 3 }, 'Charlie'),
    team('d', { total: 1, done: 0 }, 'Delta'),
  ];
  const order = (list: TeamAdoption[]) => list.map(t => t.team.split('/')[1]);

  it('pages a sorted list and searches it', () => {
    const sorted = sortTeams(teams, 'adoption', 'desc');
    expect(
      order(teamAdoptionPage(sorted, { limit: 2, offset: 2 }).items),
    ).toEqual(['b', 'd']);
    const found = teamAdoptionPage(sorted, { limit: 10, offset: 0, q: 'LTA' });
    expect(found.total).toBe(1);
    expect(order(found.items)).toEqual(['d']);
  });
});
