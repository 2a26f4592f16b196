import { DateTime } from 'luxon';
import { ScoredRow } from './model';
import { computeLeaderboard, maxPoints, servicePoints } from './leaderboard';

const window = {
  start: DateTime.fromISO('2026-01-01', { zone: 'utc' }),
  sunset: DateTime.fromISO('2027-01-01', { zone: 'utc' }),
};
const weights = { earlinessWeight: 1, complianceWeight: 0.5 };
const now = new Date('2026-11-24T12:00:00Z');
const allPass = { a: 'pass', b: 'pass' };

let n = 0;
function row(
  owner: string | null,
  stage: ScoredRow['stage'],
  migratedAt?: string,
  outcomes = allPass,
  mustPass = true,
): ScoredRow {
  n++;
  return {
    entityRef: `component:default/s${n}`,
    ownerRef: owner,
    stage,
    migratedAt: migratedAt ? new Date(`${migratedAt}T00:00:00Z`) : null,
    mustPass,
    outcomes,
  };
}

function board(rows: ScoredRow[], period: 'all' | 'month' = 'all') {
  return computeLeaderboard({
    rows,
    window,
    weights,
    creedSize: 2,
    period,
    now,
    titles: new Map([['group:default/a', 'Team A']]),
  });
}

describe('servicePoints', () => {
  it('is worth the most on day one and the least at the sunset', () => {
    const first = servicePoints(
      row('t', 'migrated', '2026-01-01'),
      window,
      weights,
      2,
    );
    const last = servicePoints(
      row('t', 'migrated', '2027-01-01'),
      window,
      weights,
      2,
    );
    const after = servicePoints(
      row('t', 'migrated', '2027-06-01'),
      window,
      weights,
      2,
    );
    expect(first).toBe(maxPoints(weights));
    expect(last).toBe(1 * 1.5);
    expect(after).toBe(last);
    expect(first).toBeGreaterThan(
      servicePoints(row('t', 'migrated', '2026-07-01'), window, weights, 2),
    );
  });

  it('depends on Creed compliance, counting waived items half', () => {
    const full = servicePoints(
      row('t', 'migrated', '2026-01-01'),
      window,
      weights,
      2,
    );
    const half = servicePoints(
      row('t', 'migrated', '2026-01-01', { a: 'pass', b: 'fail' }),
      window,
      weights,
      2,
    );
    const waived = servicePoints(
      row('t', 'migrated', '2026-01-01', { a: 'pass', b: 'fail' }),
      window,
      weights,
      2,
      1,
    );
    expect(full).toBe(2 * 1.5);
    expect(half).toBe(2 * 1.25);
    expect(waived).toBe(2 * 1.375);
  });
});

describe('computeLeaderboard', () => {
  it('normalises by team size, so a small team can beat a big one', () => {
    const small = ['2026-02-01', '2026-02-01', '2026-02-01'].map(d =>
      row('group:default/small', 'migrated', d),
    );
    const big = Array.from({ length: 30 }, (_, i) =>
      i < 20
        ? row('group:default/big', 'migrated', '2026-02-01')
        : row('group:default/big', 'planning'),
    );
    const { entries } = board([...big, ...small]);
    expect(entries.map(e => [e.team, e.rank, e.migrated, e.total])).toEqual([
      ['group:default/small', 1, 3, 3],
      ['group:default/big', 2, 20, 30],
    ]);
    expect(entries[0].score).toBeGreaterThan(entries[1].score);
    expect(entries[0].score).toBeLessThanOrEqual(100);
  });

  it('breaks ties deterministically: share migrated, then who finished first, then the ref', () => {
    const a = [
      row('group:default/b', 'migrated', '2026-03-01'),
      row('group:default/b', 'migrated', '2026-03-01'),
    ];
    const b = [
      row('group:default/a', 'migrated', '2026-03-01'),
      row('group:default/a', 'migrated', '2026-03-01'),
    ];
    const first = board([...a, ...b]).entries.map(e => e.team);
    const second = board([...b, ...a]).entries.map(e => e.team);
    expect(first).toEqual(['group:default/a', 'group:default/b']);
    expect(second).toEqual(first);
    expect(board([...a, ...b]).entries.map(e => e.rank)).toEqual([1, 2]);
  });

  it('leaves out teams with no in-scope services and unowned services', () => {
    const { entries } = board([
      row(null, 'migrated', '2026-02-01'),
      row('group:default/a', 'not-started'),
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      team: 'group:default/a',
      title: 'Team A',
      score: 0,
      migrated: 0,
    });
    expect(board([]).entries).toEqual([]);
  });

  it('follows ownership: services count for their current owner', () => {
    const moved = row('group:default/new-owner', 'migrated', '2026-01-01');
    const { entries } = board([
      moved,
      row('group:default/old-owner', 'planning'),
    ]);
    expect(entries[0]).toMatchObject({
      team: 'group:default/new-owner',
      migrated: 1,
      total: 1,
    });
    expect(entries[1]).toMatchObject({
      team: 'group:default/old-owner',
      migrated: 0,
      total: 1,
    });
  });

  it('awards badges', () => {
    const rows = [
      // done, all early and clean
      row('group:default/early', 'migrated', '2026-02-01'),
      row('group:default/early', 'decommissioned', '2026-03-01'),
      // 100% but late, one non-compliant
      row('group:default/late', 'migrated', '2026-10-01', allPass, false),
      row('group:default/late', 'retired', '2026-10-02'),
      // half-way
      row('group:default/mid', 'migrated', '2026-02-01'),
      row('group:default/mid', 'planning'),
      row('group:default/mid', 'planning'),
    ];
    const byTeam = new Map(board(rows).entries.map(e => [e.team, e.badges]));
    expect(byTeam.get('group:default/early')).toEqual([
      'trailblazer',
      'early-mover',
      'clean-creed',
    ]);
    expect(byTeam.get('group:default/late')).toEqual(['trailblazer']);
    expect(byTeam.get('group:default/mid')).toEqual(['clean-creed']);
  });

  it('ranks this month by this month, with the change since last month', () => {
    const rows = [
      row('group:default/a', 'migrated', '2026-10-05'),
      row('group:default/a', 'planning'),
      row('group:default/b', 'migrated', '2026-11-03'),
      row('group:default/b', 'planning'),
    ];
    const month = board(rows, 'month');
    expect(month.periodStart).toBe('2026-11-01');
    expect(month.entries.map(e => [e.team, e.rank, e.rankChange])).toEqual([
      ['group:default/b', 1, 1],
      ['group:default/a', 2, -1],
    ]);
    const all = board(rows, 'all');
    expect(all.periodStart).toBe('2026-01-01');
    expect(all.entries[0].team).toBe('group:default/a'); // earlier move scores more
  });
});
