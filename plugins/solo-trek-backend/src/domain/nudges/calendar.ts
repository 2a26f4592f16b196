import { DateTime } from 'luxon';

/*
 * The milestone arithmetic of nudges: whole calendar days in one time zone,
 * so "30 days before the sunset" is one day for everyone there, whatever
 * the hour a sweep runs or the length of a day across a DST change.
 */

/** The countdown: configured days before the sunset, then every N days after. */
export interface Countdown {
  /** Days before the sunset, each ≥ 0, largest first. */
  daysBeforeSunset: readonly number[];
  /** After the sunset, a stranded service is reminded every this many days. */
  strandedEveryDays: number;
}

/** Today's date in `zone`, as YYYY-MM-DD. */
export function dayIn(now: Date, zone: string): string {
  return DateTime.fromJSDate(now, { zone }).toISODate()!;
}

/**
 * Whole days from today (in `zone`) to the sunset date: 0 on the sunset day
 * itself, negative after it. The sunset is a calendar date (the config's
 * YYYY-MM-DD), the same date in every zone.
 */
export function daysUntil(sunset: DateTime, now: Date, zone: string): number {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const day = DateTime.fromObject(
    { year: sunset.year, month: sunset.month, day: sunset.day },
    { zone },
  );
  // A day across a DST change is 23 or 25 hours: round to whole days.
  return Math.round(day.diff(today, 'days').days);
}

/**
 * The reminder due `daysLeft` days before the sunset: the last milestone
 * passed, so a sweep that comes late (or a service that enters the scope
 * late) still sends the one that applies now, never the ones before it.
 * Milestones are the configured days and, after the sunset, every
 * `strandedEveryDays` days (-7, -14, … by default). Undefined before the
 * first milestone.
 */
export function dueMilestone(
  daysLeft: number,
  countdown: Countdown,
): number | undefined {
  const every = countdown.strandedEveryDays;
  if (daysLeft < 0) {
    const periods = Math.floor(-daysLeft / every);
    if (periods >= 1) return -periods * every;
  }
  let due: number | undefined;
  for (const day of countdown.daysBeforeSunset) {
    if (day >= daysLeft && (due === undefined || day < due)) due = day;
  }
  return due;
}

/** The next milestone after today's, and how many days until it. */
export function nextMilestone(
  daysLeft: number,
  countdown: Countdown,
): { milestone: number; inDays: number } {
  const every = countdown.strandedEveryDays;
  // The first stranded reminder strictly after today.
  let next =
    daysLeft > 0 ? -every : -(Math.floor(-daysLeft / every) + 1) * every;
  for (const day of countdown.daysBeforeSunset) {
    if (day < daysLeft && day > next) next = day;
  }
  return { milestone: next, inDays: daysLeft - next };
}

/** The calendar date `days` days after today in `zone`. */
export function dayAfter(now: Date, zone: string, days: number): string {
  return DateTime.fromJSDate(now, { zone }).plus({ days }).toISODate()!;
}

/** The ISO week of today in `zone`, e.g. 2026-W49: one digest per team per week. */
export function weekIn(now: Date, zone: string): string {
  const day = DateTime.fromJSDate(now, { zone });
  return `${day.weekYear}-W${String(day.weekNumber).padStart(2, '0')}`;
}

/** What a sunset milestone is called: `30 days to sunset`, `stranded for 7 days`. */
export function milestoneName(milestone: number): string {
  if (milestone > 0) {
    return `${milestone} ${milestone === 1 ? 'day' : 'days'} to sunset`;
  }
  if (milestone === 0) return 'the sunset day';
  const days = -milestone;
  return `stranded for ${days} ${days === 1 ? 'day' : 'days'}`;
}
