import { DateTime } from 'luxon';
import { Wave, WaveRow } from './model';
import {
  CaravanPlanTally,
  caravanForecast,
  dependencyWarnings,
  effectiveWave,
  plannedEndLookup,
  waveCompleted,
  waveCompletion,
  waveIdOf,
  waveInfo,
  waveSchedule,
} from './waves';

const now = new Date('2026-12-02T12:00:00Z');
const sunset = DateTime.fromISO('2027-12-31', { zone: 'utc' });

function wave(id: string, order: number, overrides: Partial<Wave> = {}): Wave {
  return {
    migrationId: 'nimbus',
    id,
    title: `Wave ${order}`,
    order,
    plannedStart: '2026-10-01',
    plannedEnd: '2026-12-31',
    status: 'active',
    createdBy: 'user:default/pat',
    createdAt: now,
    updatedBy: 'user:default/pat',
    updatedAt: now,
    ...overrides,
  };
}

function row(name: string, overrides: Partial<WaveRow> = {}): WaveRow {
  return {
    entityRef: `component:default/${name}`,
    title: null,
    ownerRef: 'group:default/payments',
    track: 'caravan',
    stage: 'planning',
    migratedAt: null,
    wave: null,
    dependsOn: [],
    ...overrides,
  };
}

describe('waves as plans', () => {
  it('is late the day after its planned end, done once closed or every member moved', () => {
    const open = wave('w1', 1, { plannedEnd: '2026-12-01' });
    expect(waveSchedule(open, [row('a')], now)).toBe('late');
    expect(
      waveSchedule(open, [row('a')], new Date('2026-12-01T23:59:00Z')),
    ).toBe('on-schedule');
    expect(waveSchedule(open, [row('a', { stage: 'migrated' })], now)).toBe(
      'done',
    );
    expect(waveSchedule({ ...open, status: 'done' }, [row('a')], now)).toBe(
      'done',
    );
    expect(
      waveSchedule({ ...open, status: 'rolled-back' }, [row('a')], now),
    ).toBe('rolled-back');
    expect(waveSchedule({ ...open, plannedEnd: null }, [], now)).toBe(
      'unscheduled',
    );
    // An empty wave has moved nothing.
    expect(waveCompleted([])).toBe(false);
    expect(
      waveCompleted([
        row('a', { stage: 'migrated' }),
        row('b', { stage: 'retired' }),
      ]),
    ).toBe(true);
  });

  it('warns of a dependency in a later wave, a Solo Trek one not done, or a Caravan one in no wave', () => {
    const waves = new Map([
      ['w1', wave('w1', 1)],
      ['w2', wave('w2', 2)],
      ['w1b', wave('w1b', 1)],
    ]);
    const member = row('order-engine', {
      wave: 'w1',
      title: 'Order engine',
      dependsOn: [
        'component:default/later',
        'component:default/together',
        'component:default/alone',
        'component:default/alone-done',
        'component:default/unplaced',
        'component:default/outside-scope',
        'resource:default/orders-db',
      ],
    });
    const rows = new Map(
      [
        row('later', { wave: 'w2', title: 'Ledger' }),
        row('together', { wave: 'w1b' }),
        row('alone', { track: 'solo-trek' }),
        row('alone-done', { track: 'solo-trek', stage: 'migrated' }),
        row('unplaced'),
      ].map(r => [r.entityRef, r]),
    );
    const warnings = dependencyWarnings(member, rows, waves);
    expect(
      warnings.map(w => [w.dependency, w.reason, w.dependencyWave]),
    ).toEqual([
      ['component:default/later', 'later-wave', 'w2'],
      ['component:default/alone', 'solo-trek-not-done', null],
      ['component:default/unplaced', 'no-wave', null],
    ]);
    expect(warnings[0].message).toBe(
      'Order engine (Wave 1) depends on Ledger, which moves later, in Wave 2',
    );
  });

  it('counts waves by where they stand, and reports a wave with its members and warnings', () => {
    const plan = new Map([
      ['w1', wave('w1', 1, { plannedEnd: '2026-11-30' })],
      ['w2', wave('w2', 2)],
    ]);
    const members = [
      row('a', { wave: 'w1' }),
      row('b', { wave: 'w1', stage: 'migrated', migratedAt: now }),
    ];
    const rows = new Map(members.map(r => [r.entityRef, r]));
    const info = waveInfo(plan.get('w1')!, members, rows, plan, now);
    expect(info).toMatchObject({
      schedule: 'late',
      total: 2,
      done: 1,
      completedAt: null,
      warnings: 0,
    });
    expect(
      waveCompletion([
        { schedule: 'late' },
        { schedule: 'done' },
        { schedule: 'done' },
        { schedule: 'on-schedule' },
        { schedule: 'rolled-back' },
      ]),
    ).toEqual({
      total: 5,
      done: 2,
      onSchedule: 1,
      late: 1,
      rolledBack: 1,
      unscheduled: 0,
    });
  });

  it('forecasts the Caravan from its plan', () => {
    const base = {
      remaining: 3,
      unplaced: 0,
      sunset,
      atRiskMarginDays: 30,
    };
    const open = (plannedEnd: string, schedule: 'late' | 'on-schedule') => ({
      plannedEnd,
      schedule,
      total: 2,
    });
    expect(
      caravanForecast({ ...base, waves: [open('2027-03-31', 'on-schedule')] }),
    ).toMatchObject({ status: 'on-track', projectedCompletion: '2027-03-31' });
    expect(
      caravanForecast({
        ...base,
        waves: [open('2026-11-30', 'late'), open('2027-03-31', 'on-schedule')],
      }),
    ).toMatchObject({
      status: 'late',
      lateWaves: 1,
      reason: '1 wave past the planned end.',
    });
    expect(
      caravanForecast({ ...base, waves: [open('2028-02-01', 'on-schedule')] }),
    ).toMatchObject({
      status: 'late',
      reason: 'The plan ends after the sunset.',
    });
    expect(
      caravanForecast({
        ...base,
        unplaced: 2,
        waves: [open('2027-03-31', 'on-schedule')],
      }),
    ).toMatchObject({
      status: 'at-risk',
      reason: '2 Caravan services in no wave yet.',
    });
    expect(
      caravanForecast({ ...base, waves: [open('2027-12-15', 'on-schedule')] }),
    ).toMatchObject({ status: 'at-risk' });
    expect(caravanForecast({ ...base, remaining: 0, waves: [] })).toMatchObject(
      { status: 'complete' },
    );
  });

  it('looks up a service wave and its planned end, for the leaderboard', () => {
    const lookup = plannedEndLookup(
      [wave('w1', 1, { plannedEnd: '2027-03-31' })],
      [
        row('a', { wave: 'w1' }),
        row('b', { wave: 'w9' }),
        row('c', { wave: 'w1', track: 'solo-trek' }),
      ],
    );
    expect(lookup('component:default/a')).toEqual(
      new Date('2027-03-31T23:59:59.999Z'),
    );
    expect(lookup('component:default/b')).toBeNull();
    expect(lookup('component:default/c')).toBeNull();
  });

  it('reads wave labels as ids, and an empty wave set through the API as none', () => {
    expect(waveIdOf('Wave 2 (Payments)')).toBe('wave-2-payments');
    expect(waveIdOf('  ')).toBeNull();
    expect(effectiveWave({ wave: '' }, { annotationWave: 'w1' })).toBeNull();
    expect(effectiveWave({ wave: null }, { annotationWave: 'w1' })).toBe('w1');
    expect(effectiveWave(undefined, { annotationWave: null })).toBeNull();
  });
});

describe('the plan read page by page', () => {
  it('keeps the members and the first unplaced, counts the rest, whatever the page size', () => {
    const plan = new Map([
      ['w1', wave('w1', 1)],
      ['w2', wave('w2', 2)],
    ]);
    const rows = [
      row('a', {
        wave: 'w1',
        dependsOn: ['component:default/b', 'component:default/x'],
      }),
      row('b', { wave: 'w2', stage: 'migrated' }),
      row('c'),
      row('d', { wave: 'not-planned' }),
      row('e', { stage: 'decommissioned' }),
      row('f'),
      row('g', { wave: 'w1', dependsOn: ['component:default/x'] }),
      row('s', { track: 'solo-trek', wave: 'w1' }),
    ];
    for (const size of [1, 3, rows.length]) {
      const tally = new CaravanPlanTally(plan, 2);
      for (let i = 0; i < rows.length; i += size) {
        tally.add(rows.slice(i, i + size));
      }
      const names = (rs: WaveRow[]) => rs.map(r => r.entityRef.slice(-1));
      expect(names(tally.members().get('w1')!)).toEqual(['a', 'g']);
      expect(names(tally.members().get('w2')!)).toEqual(['b']);
      // c, d (a wave outside the plan) and f are unplaced; e is done.
      const unplaced = tally.unplaced();
      expect(unplaced.count).toBe(3);
      expect(names(unplaced.rows)).toEqual(['c', 'd']);
      // Not done: a, c, d, f, g; the Solo Trek row is not the plan's.
      expect(tally.remaining()).toBe(5);
      // b is a member; x is read for the warnings.
      expect(tally.dependencies()).toEqual(['component:default/x']);
    }
  });
});
