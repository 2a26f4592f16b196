/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectProperty"] }] */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { ScoredRow } from './model';
import {
  computeLeaderboard,
  earliness,
  explainTeamScore,
  maxPoints,
  servicePoints,
  teamScore,
} from './leaderboard';

const window = {
  start: DateTime.fromISO('2026-01-01', { zone: 'utc' }),
  sunset: DateTime.fromISO('2027-01-01', { zone: 'utc' }),
};
/** The plain mean (no prior), as the score was before issue 17. */
const weights = { earlinessWeight: 1, complianceWeight: 0.5, priorStrength: 0 };
/** The defaults: a prior of five services at the organisation's mean. */
const fair = { ...weights, priorStrength: 5 };
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

function board(
  rows: ScoredRow[],
  period: 'all' | 'month' = 'all',
  scoring = weights,
  plannedEndFor?: (ref: string) => Date | undefined,
) {
  return computeLeaderboard({
    rows,
    window,
    weights: scoring,
    plannedEndFor,
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
  it('without a prior, normalises by team size, so a small team can beat a big one', () => {
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

/** Runs a property; a counterexample fails the test with fast-check's report. */
function expectProperty<Ts>(
  property: fc.IProperty<Ts>,
  params?: fc.Parameters<Ts>,
) {
  const details = fc.check(property, params);
  expect(details.failed ? fc.defaultReportMessage(details) : 'holds').toBe(
    'holds',
  );
}

/** `count` services of `team`, `done` of them migrated on `day`, all compliant. */
function team(
  owner: string,
  count: number,
  done: number,
  day: string,
  track: 'solo-trek' | 'caravan' = 'solo-trek',
): ScoredRow[] {
  return Array.from({ length: count }, (_, i) => ({
    ...(i < done ? row(owner, 'migrated', day) : row(owner, 'planning')),
    track,
  }));
}

const scoreOf = (entries: Array<{ team: string; score: number }>, t: string) =>
  entries.find(e => e.team === t)!.score;
const rankOf = (entries: Array<{ team: string; rank: number }>, t: string) =>
  entries.find(e => e.team === t)!.rank;

/** Other teams of an organisation mid-migration: at most `maxShare` of each done. */
const otherTeams = (maxShare: number, minServices: number) =>
  fc
    .array(
      fc.record({
        size: fc.integer({ min: 1, max: 40 }),
        share: fc.double({ min: 0, max: maxShare, noNaN: true }),
        day: fc.integer({ min: 0, max: 320 }),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .filter(ts => ts.reduce((sum, t) => sum + t.size, 0) >= minServices)
    .map(ts =>
      ts.flatMap((t, i) =>
        team(
          `group:default/other-${i}`,
          t.size,
          Math.floor(t.size * t.share),
          window.start.plus({ days: t.day }).toISODate()!,
        ),
      ),
    );

describe('the fair score (issue 17)', () => {
  it('27 of 30 done early beats 1 of 1 done early, in an organisation mid-migration', () => {
    const rows = [
      ...team('group:default/solo', 1, 1, '2026-01-05'),
      ...team('group:default/many', 30, 27, '2026-01-05'),
      ...team('group:default/c', 20, 8, '2026-04-01'),
      ...team('group:default/d', 12, 3, '2026-06-01'),
      ...team('group:default/e', 8, 0, '2026-06-01'),
    ];
    // Without the prior, the single finished service wins (the bias).
    const plain = board(rows).entries;
    expect(rankOf(plain, 'group:default/solo')).toBeLessThan(
      rankOf(plain, 'group:default/many'),
    );
    const { entries, organisationMean } = board(rows, 'all', fair);
    expect(rankOf(entries, 'group:default/many')).toBeLessThan(
      rankOf(entries, 'group:default/solo'),
    );
    expect(organisationMean).toBeGreaterThan(0);
    // The team of one sits between its own 99 and the organisation's mean.
    expect(scoreOf(entries, 'group:default/solo')).toBeGreaterThan(
      organisationMean,
    );
    expect(scoreOf(entries, 'group:default/solo')).toBeLessThan(
      scoreOf(plain, 'group:default/solo'),
    );
  });

  it('property: 27 of 30 beats 1 of 1 whenever the rest of the organisation is no more than 60% done', () => {
    expectProperty(
      fc.property(
        otherTeams(0.6, 31),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 20 }),
        (others, day, strength) => {
          const when = window.start.plus({ days: day }).toISODate()!;
          const { entries } = board(
            [
              ...team('group:default/solo', 1, 1, when),
              ...team('group:default/many', 30, 27, when),
              ...others,
            ],
            'all',
            { ...weights, priorStrength: strength },
          );
          return (
            rankOf(entries, 'group:default/many') <
            rankOf(entries, 'group:default/solo')
          );
        },
      ),
    );
  });

  it('property: a score is a Bayesian average between the team’s own and the organisation’s mean', () => {
    expectProperty(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (size, own, mean, strength) => {
          const score = teamScore(own * size, size, { strength, mean });
          const raw = teamScore(own * size, size, { strength: 0, mean });
          const lo = Math.min(100 * own, 100 * mean) - 0.05;
          const hi = Math.max(100 * own, 100 * mean) + 0.05;
          return (
            score >= 0 &&
            score <= 100 &&
            score >= lo &&
            score <= hi &&
            Math.abs(raw - 100 * own) <= 0.05
          );
        },
      ),
    );
  });

  it('property: of two teams as good per service and better than the mean, the bigger scores at least as high', () => {
    expectProperty(
      fc.property(
        otherTeams(0.5, 1),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        (others, a, b) => {
          fc.pre(a !== b);
          const { entries } = board(
            [
              ...team('group:default/a', a, a, '2026-01-02'),
              ...team('group:default/b', b, b, '2026-01-02'),
              ...others,
            ],
            'all',
            fair,
          );
          const bigger = a > b ? 'group:default/a' : 'group:default/b';
          const smaller = a > b ? 'group:default/b' : 'group:default/a';
          // Scores are rounded to 0.1: close sizes may tie.
          return scoreOf(entries, bigger) >= scoreOf(entries, smaller);
        },
      ),
    );
  });

  it('a Caravan team that finished every service on its waves’ schedule does not rank below a Solo Trek team that finished half', () => {
    // The central plan put the Caravan's waves late in the window.
    const caravan = team(
      'group:default/caravan',
      6,
      6,
      '2026-11-20',
      'caravan',
    );
    const half = team('group:default/half', 6, 3, '2026-01-10');
    const most = team('group:default/most', 6, 4, '2026-01-10');
    const others = team('group:default/other', 10, 2, '2026-05-01');
    const planned = new Map(
      caravan.map(r => [r.entityRef, new Date('2026-11-30T00:00:00Z')]),
    );
    // Scored against the window, as before issue 17, finishing every
    // service on schedule counted as moving late: below a team that did 4 of 6.
    const againstWindow = board(
      [
        ...caravan.map(r => ({ ...r, track: 'solo-trek' as const })),
        ...half,
        ...most,
        ...others,
      ],
      'all',
      fair,
    ).entries;
    expect(rankOf(againstWindow, 'group:default/caravan')).toBeGreaterThan(
      rankOf(againstWindow, 'group:default/most'),
    );
    const { entries } = board(
      [...caravan, ...half, ...most, ...others],
      'all',
      fair,
      ref => planned.get(ref),
    );
    expect(entries.map(e => e.team)).toEqual([
      'group:default/caravan',
      'group:default/most',
      'group:default/half',
      'group:default/other',
    ]);
    // With no planned wave, each Caravan service is scored neutrally (0.5).
    const unplanned = board(
      [...caravan, ...half, ...most, ...others],
      'all',
      fair,
    ).entries;
    expect(rankOf(unplanned, 'group:default/caravan')).toBeLessThan(
      rankOf(unplanned, 'group:default/half'),
    );
  });

  it('property: for teams of one size, finishing every Caravan service on schedule never ranks below half a Solo Trek team', () => {
    expectProperty(
      fc.property(
        otherTeams(1, 1),
        fc.integer({ min: 2, max: 30 }),
        fc.array(fc.integer({ min: 0, max: 320 }), {
          minLength: 30,
          maxLength: 30,
        }),
        fc.array(fc.integer({ min: 0, max: 320 }), {
          minLength: 30,
          maxLength: 30,
        }),
        fc.record({
          earlinessWeight: fc.double({ min: 0, max: 5, noNaN: true }),
          complianceWeight: fc.double({ min: 0, max: 5, noNaN: true }),
          priorStrength: fc.double({ min: 0, max: 50, noNaN: true }),
        }),
        // Every go-live before `now` (2026-11-24, day 327), so all count.
        (others, size, plannedDays, lateness, scoring) => {
          const planned = new Map<string, Date>();
          const caravan = Array.from({ length: size }, (_, i) => {
            const end = window.start.plus({ days: plannedDays[i] });
            // On schedule: done on or before its wave's planned end.
            const r = {
              ...row(
                'group:default/caravan',
                'migrated',
                end.minus({ days: lateness[i] % 30 }).toISODate()!,
              ),
              track: 'caravan' as const,
            };
            planned.set(r.entityRef, end.toJSDate());
            return r;
          });
          const solo = Array.from({ length: size }, (_, i) =>
            i < Math.floor(size / 2)
              ? row(
                  'group:default/solo',
                  'migrated',
                  window.start.plus({ days: lateness[i] }).toISODate()!,
                )
              : row('group:default/solo', 'planning'),
          );
          const { entries } = board(
            [...caravan, ...solo, ...others],
            'all',
            scoring,
            ref => planned.get(ref),
          );
          return (
            rankOf(entries, 'group:default/caravan') <
            rankOf(entries, 'group:default/solo')
          );
        },
      ),
    );
  });

  it('measures Caravan earliness against the wave’s planned end, and a Caravan service with no planned wave neutrally', () => {
    const late = {
      ...row('t', 'migrated', '2026-12-01'),
      track: 'caravan' as const,
    };
    const plannedEnd = new Date('2026-12-15T00:00:00Z');
    expect(earliness(late, window, () => plannedEnd)).toEqual({
      value: 1,
      basis: 'wave',
      plannedEnd,
    });
    // A fortnight after a plan that ends a fortnight before the sunset.
    const behind = {
      ...row('t', 'migrated', '2026-12-31'),
      track: 'caravan' as const,
    };
    expect(
      earliness(behind, window, () => new Date('2026-12-15T00:00:00Z')).value,
    ).toBeCloseTo(1 - 16 / 17, 5);
    for (const day of ['2026-01-02', '2026-12-30']) {
      const unplanned = {
        ...row('t', 'migrated', day),
        track: 'caravan' as const,
      };
      expect(earliness(unplanned, window, () => undefined)).toEqual({
        value: 0.5,
        basis: 'no-wave',
      });
    }
    // Solo Trek services keep the window, whatever a wave says.
    expect(
      earliness(row('t', 'migrated', '2026-12-01'), window, () => plannedEnd),
    ).toMatchObject({ basis: 'window' });
  });

  it('property: the breakdown adds up to the score on the board', () => {
    expectProperty(
      fc.property(
        otherTeams(1, 1),
        fc.constantFrom<'all' | 'month'>('all', 'month'),
        (rows, period) => {
          const { entries } = board(rows, period, fair);
          return entries.every(entry => {
            const b = explainTeamScore({
              rows,
              window,
              weights: fair,
              creedSize: 2,
              period,
              now,
              titles: new Map(),
              team: entry.team,
            })!;
            const shares =
              b.services.reduce((sum, x) => sum + x.points, 0) / b.maxPoints;
            return (
              b.score === entry.score &&
              Math.abs(b.rawScore - (100 * shares) / entry.total) <= 0.051 &&
              b.services.length === entry.total
            );
          });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('explains badges with the rule each met', () => {
    const rows = [
      row('group:default/early', 'migrated', '2026-02-01'),
      row('group:default/early', 'decommissioned', '2026-03-01'),
    ];
    const b = explainTeamScore({
      rows,
      window,
      weights: fair,
      creedSize: 2,
      period: 'all',
      now,
      titles: new Map(),
      team: 'group:default/early',
      heroTeams: new Set(['group:default/early']),
    })!;
    expect(b.badges).toEqual([
      {
        badge: 'trailblazer',
        rule: 'One of the first three teams to have every service done',
        detail: 'Every service done on 2026-03-01',
      },
      {
        badge: 'early-mover',
        rule: 'At least half of its services done in the first quarter of the window',
        detail: '2 of 2 services done in the first quarter',
      },
      {
        badge: 'clean-creed',
        rule: "Every service live on the new platform passes all of the Creed's must items",
        detail: 'All 2 live services pass every must item',
      },
      {
        badge: 'migration-hero',
        rule: "Last month's Migration Hero, or one of its members, chosen by peers",
        detail: 'The reigning hero',
      },
    ]);
    expect(
      explainTeamScore({
        rows,
        window,
        weights: fair,
        creedSize: 2,
        period: 'all',
        now,
        titles: new Map(),
        team: 'group:default/nobody',
      }),
    ).toBeUndefined();
  });
});
