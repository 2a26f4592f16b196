import { HeroOfMonth } from '@internal/plugin-solo-trek-common';
import { DateTime } from 'luxon';
import { HeroMonthRecord, HeroNominationRow } from './model';

/** The calendar month of an instant in `zone`: `2026-03`. */
export function monthOf(date: Date, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).toFormat('yyyy-MM');
}

/** The instant a month (`2026-03`) ends in `zone`: midnight as the next begins. */
export function monthEnd(month: string, zone: string): Date {
  return DateTime.fromFormat(month, 'yyyy-MM', { zone })
    .plus({ months: 1 })
    .toJSDate();
}

/** The month before `month` (`2026-01` → `2025-12`). */
export function previousMonth(month: string): string {
  return DateTime.fromFormat(month, 'yyyy-MM', { zone: 'utc' })
    .minus({ months: 1 })
    .toFormat('yyyy-MM');
}

/**
 * The winner of each month's nominations: most nominations, then whoever was
 * nominated first, then the ref, so ties always break the same way. The
 * reasons are the winner's, oldest first.
 */
export function heroesByMonth(
  nominations: HeroNominationRow[],
  titles: ReadonlyMap<string, string> = new Map(),
): Map<string, HeroOfMonth> {
  const months = new Map<
    string,
    Map<string, { count: number; first: number; reasons: string[] }>
  >();
  for (const n of nominations) {
    let month = months.get(n.month);
    if (!month) {
      month = new Map();
      months.set(n.month, month);
    }
    const tally = month.get(n.nominee) ?? {
      count: 0,
      first: n.createdAt.getTime(),
      reasons: [],
    };
    tally.count++;
    tally.first = Math.min(tally.first, n.createdAt.getTime());
    tally.reasons.push(n.reason);
    month.set(n.nominee, tally);
  }
  const out = new Map<string, HeroOfMonth>();
  for (const [month, tallies] of months) {
    const [nominee, tally] = [...tallies.entries()].sort(
      ([a, x], [b, y]) =>
        y.count - x.count || x.first - y.first || a.localeCompare(b),
    )[0];
    out.set(month, {
      month,
      nominee,
      title: titles.get(nominee),
      nominations: tally.count,
      reasons: tally.reasons,
      closed: false,
    });
  }
  return out;
}

/**
 * The months that have ended in `zone` by `now` but are not recorded yet,
 * each with its winner, as the record to keep. Nominations are only ever
 * taken for the running month, so a month's tally is final once it ends:
 * recording it then is what makes the Hall of heroes permanent, whatever
 * later happens to the nominations (retention) or the config.
 */
export function monthsToClose(options: {
  migrationId: string;
  nominations: HeroNominationRow[];
  recorded: ReadonlySet<string>;
  now: Date;
  zone: string;
}): HeroMonthRecord[] {
  const { migrationId, nominations, recorded, now, zone } = options;
  const current = monthOf(now, zone);
  const winners = heroesByMonth(
    nominations.filter(n => n.month < current && !recorded.has(n.month)),
  );
  return [...winners.values()]
    .filter(w => w.nominee !== null)
    .sort((a, b) => a.month.localeCompare(b.month))
    .map(w => ({
      migrationId,
      month: w.month,
      nominee: w.nominee!,
      nominations: w.nominations,
      reasons: w.reasons,
      timeZone: zone,
      closedAt: monthEnd(w.month, zone),
      recordedAt: now,
    }));
}

/** A recorded month as the wire shows it. */
export function heroOfRecord(
  record: HeroMonthRecord,
  title?: string,
): HeroOfMonth {
  return {
    month: record.month,
    nominee: record.nominee,
    title,
    nominations: record.nominations,
    reasons: record.reasons,
    closed: true,
    closedAt: record.closedAt.toISOString(),
  };
}
