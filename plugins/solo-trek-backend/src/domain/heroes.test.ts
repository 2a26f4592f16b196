import { heroesByMonth, monthOf, monthsToClose } from './heroes';

const n = (
  month: string,
  nominee: string,
  at: string,
  nominator = `user:default/${at}`,
) => ({
  id: at,
  migrationId: 'nimbus',
  month,
  nominator,
  nominee,
  reason: `because ${at}`,
  createdAt: new Date(`${month}-01T${at}:00Z`),
});

describe('heroesByMonth', () => {
  it('picks the most nominated, breaking ties by who was nominated first', () => {
    const winners = heroesByMonth([
      n('2026-11', 'group:default/b', '10:00'),
      n('2026-11', 'group:default/a', '09:00'),
      n('2026-11', 'group:default/b', '11:00'),
      n('2026-10', 'group:default/c', '12:00'),
      n('2026-10', 'group:default/d', '11:00'),
    ]);
    expect(winners.get('2026-11')).toMatchObject({
      nominee: 'group:default/b',
      nominations: 2,
    });
    expect(winners.get('2026-10')).toMatchObject({
      nominee: 'group:default/d',
      nominations: 1,
    });
    expect(winners.get('2026-11')!.reasons).toEqual([
      'because 10:00',
      'because 11:00',
    ]);
  });
});

describe('monthOf', () => {
  it('counts months in the configured zone', () => {
    // 23:30 UTC on 31 January is already February in Berlin (UTC+1).
    const at = new Date('2026-01-31T23:30:00Z');
    expect(monthOf(at, 'UTC')).toBe('2026-01');
    expect(monthOf(at, 'Europe/Berlin')).toBe('2026-02');
    expect(monthOf(at, 'America/New_York')).toBe('2026-01');
  });
});

describe('monthsToClose', () => {
  const nominations = [
    n('2026-10', 'group:default/c', '12:00'),
    n('2026-11', 'group:default/b', '10:00'),
    n('2026-11', 'group:default/b', '11:00'),
    n('2026-11', 'group:default/a', '09:00'),
    n('2026-12', 'group:default/a', '08:00'),
  ];

  it('records each ended month once, with its winner and reasons, and never the running one', () => {
    const records = monthsToClose({
      migrationId: 'nimbus',
      nominations,
      recorded: new Set(['2026-10']),
      now: new Date('2026-12-05T12:00:00Z'),
      zone: 'UTC',
    });
    expect(records).toEqual([
      {
        migrationId: 'nimbus',
        month: '2026-11',
        nominee: 'group:default/b',
        nominations: 2,
        reasons: ['because 10:00', 'because 11:00'],
        timeZone: 'UTC',
        closedAt: new Date('2026-12-01T00:00:00Z'),
        recordedAt: new Date('2026-12-05T12:00:00Z'),
      },
    ]);
  });

  it('closes a month at midnight in the zone, not in UTC', () => {
    const beforeMidnight = new Date('2026-11-30T22:30:00Z'); // 23:30 in Berlin
    const afterMidnight = new Date('2026-11-30T23:30:00Z'); // 00:30 in Berlin
    const close = (now: Date) =>
      monthsToClose({
        migrationId: 'nimbus',
        nominations,
        recorded: new Set(['2026-10']),
        now,
        zone: 'Europe/Berlin',
      }).map(r => r.month);
    expect(close(beforeMidnight)).toEqual([]);
    expect(close(afterMidnight)).toEqual(['2026-11']);
    expect(
      monthsToClose({
        migrationId: 'nimbus',
        nominations,
        recorded: new Set(),
        now: afterMidnight,
        zone: 'Europe/Berlin',
      }).find(r => r.month === '2026-11')!.closedAt,
    ).toEqual(new Date('2026-11-30T23:00:00Z'));
  });

  it('a month without nominations has no hero to record', () => {
    expect(
      monthsToClose({
        migrationId: 'nimbus',
        nominations: [],
        recorded: new Set(),
        now: new Date('2026-12-05T12:00:00Z'),
        zone: 'UTC',
      }),
    ).toEqual([]);
  });
});
