import { ConfigReader } from '@backstage/config';
import { DateTime } from 'luxon';
import { nimbusConfig } from '../../__testUtils__/fixtures';
import { readSoloTrekConfig } from '../../config/readSoloTrekConfig';
import {
  dayAfter,
  daysUntil,
  dueMilestone,
  milestoneName,
  nextMilestone,
  weekIn,
} from './calendar';
import { nextNudgeFor } from './nextNudge';
import { sunsetNudges } from './serviceNudges';
import { NudgeRow } from './model';

const sunsetOn = (date: string) => DateTime.fromISO(date, { zone: 'utc' });
const countdown = { daysBeforeSunset: [90, 30, 7, 0], strandedEveryDays: 7 };

describe('daysUntil', () => {
  const sunset = sunsetOn('2027-01-31');

  it('counts calendar days in the zone, not 24-hour periods', () => {
    // 23:30 UTC on the 30th is already the 31st in Auckland (UTC+13) and
    // still the afternoon of the 30th in Los Angeles.
    const now = new Date('2027-01-30T23:30:00Z');
    expect(daysUntil(sunset, now, 'UTC')).toBe(1);
    expect(daysUntil(sunset, now, 'Pacific/Auckland')).toBe(0);
    expect(daysUntil(sunset, now, 'America/Los_Angeles')).toBe(1);
  });

  it('turns at local midnight', () => {
    // Los Angeles is UTC-8 in January: midnight there is 08:00 UTC.
    expect(
      daysUntil(
        sunset,
        new Date('2027-01-31T07:59:59Z'),
        'America/Los_Angeles',
      ),
    ).toBe(1);
    expect(
      daysUntil(
        sunset,
        new Date('2027-01-31T08:00:00Z'),
        'America/Los_Angeles',
      ),
    ).toBe(0);
  });

  it('is 0 all of the sunset day and negative after it', () => {
    expect(daysUntil(sunset, new Date('2027-01-31T00:00:00Z'), 'UTC')).toBe(0);
    expect(daysUntil(sunset, new Date('2027-01-31T23:59:59Z'), 'UTC')).toBe(0);
    expect(daysUntil(sunset, new Date('2027-02-01T00:00:00Z'), 'UTC')).toBe(-1);
    expect(daysUntil(sunset, new Date('2027-03-02T12:00:00Z'), 'UTC')).toBe(
      -30,
    );
  });

  it('counts whole days across a daylight saving change (a 23-hour day)', () => {
    // Berlin moves its clocks forward on 2027-03-28.
    const dst = sunsetOn('2027-03-29');
    expect(
      daysUntil(dst, new Date('2027-03-27T12:00:00Z'), 'Europe/Berlin'),
    ).toBe(2);
    expect(
      daysUntil(dst, new Date('2027-03-28T22:30:00Z'), 'Europe/Berlin'),
    ).toBe(0);
  });
});

describe('dueMilestone', () => {
  it.each([
    [120, undefined],
    [91, undefined],
    [90, 90],
    [45, 90],
    [31, 90],
    [30, 30],
    [8, 30],
    [7, 7],
    [1, 7],
    [0, 0],
    [-1, 0],
    [-6, 0],
    [-7, -7],
    [-13, -7],
    [-14, -14],
    [-100, -98],
  ])('%i days before the sunset: the %s-day reminder', (days, due) => {
    expect(dueMilestone(days, countdown)).toBe(due);
  });

  it('follows other configured days and stranded intervals', () => {
    const other = { daysBeforeSunset: [60, 14], strandedEveryDays: 10 };
    expect(dueMilestone(61, other)).toBeUndefined();
    expect(dueMilestone(20, other)).toBe(60);
    expect(dueMilestone(14, other)).toBe(14);
    // No sunset-day reminder configured: the 14-day one still applies.
    expect(dueMilestone(-5, other)).toBe(14);
    expect(dueMilestone(-10, other)).toBe(-10);
    expect(dueMilestone(-25, other)).toBe(-20);
  });
});

describe('nextMilestone', () => {
  it.each([
    [200, 90, 110],
    [42, 30, 12],
    [30, 7, 23],
    [7, 0, 7],
    [1, 0, 1],
    [0, -7, 7],
    [-3, -7, 4],
    [-7, -14, 7],
  ])(
    '%i days before: next the %i-day one, in %i days',
    (days, next, inDays) => {
      expect(nextMilestone(days, countdown)).toEqual({
        milestone: next,
        inDays,
      });
    },
  );
});

describe('names and periods', () => {
  it('names milestones as the card says them', () => {
    expect(milestoneName(30)).toBe('30 days to sunset');
    expect(milestoneName(1)).toBe('1 day to sunset');
    expect(milestoneName(0)).toBe('the sunset day');
    expect(milestoneName(-7)).toBe('stranded for 7 days');
  });

  it('gives the ISO week in the zone, across a year end', () => {
    // Friday 2027-01-01 belongs to the last ISO week of 2026.
    expect(weekIn(new Date('2027-01-01T12:00:00Z'), 'UTC')).toBe('2026-W53');
    // Sunday 23:30 UTC is already Monday of the next week in Tokyo.
    expect(weekIn(new Date('2026-12-06T23:30:00Z'), 'UTC')).toBe('2026-W49');
    expect(weekIn(new Date('2026-12-06T23:30:00Z'), 'Asia/Tokyo')).toBe(
      '2026-W50',
    );
  });

  it('dates a reminder in the zone', () => {
    expect(dayAfter(new Date('2027-01-30T23:30:00Z'), 'UTC', 12)).toBe(
      '2027-02-11',
    );
    expect(
      dayAfter(new Date('2027-01-30T23:30:00Z'), 'Pacific/Auckland', 12),
    ).toBe('2027-02-12');
  });
});

describe('windows that moved', () => {
  const migrationWithSunset = (sunset: string) =>
    readSoloTrekConfig(
      new ConfigReader({
        soloTrek: {
          ...nimbusConfig,
          migrations: [
            {
              ...nimbusConfig.migrations[0],
              window: { start: '2026-01-01', sunset },
            },
          ],
        },
      }),
    ).migrations[0];
  const row: NudgeRow = {
    entityRef: 'component:default/ledger',
    title: null,
    ownerRef: 'group:default/payments',
    stage: 'planning',
    live: false,
    criticality: 'low',
    track: 'solo-trek',
    wave: null,
    stageChangedAt: new Date('2026-06-01T00:00:00Z'),
    migratedAt: null,
    outcomes: {},
  };
  const now = new Date('2027-01-10T09:00:00Z');
  const nudgesOn = (sunset: string) =>
    sunsetNudges({
      migration: migrationWithSunset(sunset),
      settings: { ...countdown, daysBeforeWaiverExpiry: 7, zone: 'UTC' },
      platformTeam: 'group:default/platform-team',
      longTailIdleDays: 60,
      rows: [row],
      titles: new Map(),
      waivers: [],
      history: [],
      observations: new Map(),
      evidence: new Map(),
      escalations: new Map(),
      ownerMembers: new Map(),
      now,
    });

  it('sends a moved sunset’s reminders again: the key holds the sunset date', () => {
    const [before] = nudgesOn('2027-01-31');
    const [after] = nudgesOn('2027-02-01');
    expect(before.key).toBe('sunset:2027-01-31:30:component:default/ledger');
    expect(after.key).toBe('sunset:2027-02-01:30:component:default/ledger');
    expect(after.title).toBe('22 days to sunset: ledger is not on nimbus yet');
  });

  it('a sunset moved later stops reminders until the countdown reaches it again', () => {
    expect(nudgesOn('2027-06-30')).toEqual([]);
  });

  it('a sunset moved closer sends the reminder that applies now, not those it skipped', () => {
    const nudges = nudgesOn('2027-01-15');
    expect(nudges.map(n => n.key)).toEqual([
      'sunset:2027-01-15:7:component:default/ledger',
    ]);
    expect(nudges[0].severity).toBe('critical');
  });

  it('the card’s next reminder follows the same days', () => {
    const migration = migrationWithSunset('2027-02-21');
    const settings = { ...countdown, enabled: true, zone: 'UTC' };
    // 42 days before the sunset: the 30-day reminder in 12 days.
    expect(
      nextNudgeFor({ migration, settings, stage: 'planning', now }),
    ).toEqual({
      on: '2027-01-22',
      inDays: 12,
      topic: 'solo-trek.sunset',
      title: '30 days to sunset',
    });
    expect(
      nextNudgeFor({ migration, settings, stage: 'migrated', now }),
    ).toBeUndefined();
    expect(
      nextNudgeFor({
        migration,
        settings: { ...settings, enabled: false },
        stage: 'planning',
        now,
      }),
    ).toBeUndefined();
  });
});
