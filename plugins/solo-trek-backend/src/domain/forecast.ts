import { AdoptionForecast } from '@internal/plugin-solo-trek-common';
import { DateTime } from 'luxon';

const DAY = 86_400_000;

/**
 * Projects the completion date from the done counts of the last `weeks`
 * weeks with a least-squares line, and sets it against the sunset.
 */
export function computeForecast(options: {
  /** Done counts per day, oldest first. */
  points: Array<{ day: string; done: number }>;
  total: number;
  done: number;
  sunset: DateTime;
  now: Date;
  weeks: number;
  atRiskMarginDays: number;
}): AdoptionForecast {
  const { total, done, sunset, now, weeks, atRiskMarginDays } = options;
  const today = DateTime.fromJSDate(now, { zone: 'utc' }).startOf('day');
  const remaining = Math.max(0, total - done);
  const weeksLeft = Math.max(sunset.diff(today, 'days').days, 0) / 7;
  let requiredWeeklyRate = remaining;
  if (remaining === 0) requiredWeeklyRate = 0;
  else if (weeksLeft > 0) requiredWeeklyRate = remaining / weeksLeft;
  const base = {
    sunset: sunset.toISODate()!,
    remaining,
    requiredWeeklyRate: round(requiredWeeklyRate),
  };
  if (remaining === 0) {
    return {
      ...base,
      status: 'complete',
      projectedCompletion: today.toISODate(),
      weeklyRate: 0,
      basedOnWeeks: 0,
    };
  }

  const from = today.minus({ weeks }).toMillis();
  const window = options.points.filter(
    p => Date.parse(`${p.day}T00:00:00Z`) >= from,
  );
  const slopePerDay = leastSquaresSlope(
    window.map(p => [(Date.parse(`${p.day}T00:00:00Z`) - from) / DAY, p.done]),
  );
  const basedOnWeeks =
    window.length > 1
      ? round(
          (Date.parse(`${window[window.length - 1].day}T00:00:00Z`) -
            Date.parse(`${window[0].day}T00:00:00Z`)) /
            (7 * DAY),
        )
      : 0;
  const weeklyRate = Math.max(0, slopePerDay * 7);
  if (weeklyRate <= 0) {
    return {
      ...base,
      status: 'late',
      projectedCompletion: null,
      weeklyRate: 0,
      basedOnWeeks,
    };
  }
  const projected = today.plus({
    days: Math.ceil(remaining / (weeklyRate / 7)),
  });
  let status: AdoptionForecast['status'] = 'on-track';
  if (projected > sunset) status = 'late';
  else if (projected > sunset.minus({ days: atRiskMarginDays }))
    status = 'at-risk';
  return {
    ...base,
    status,
    projectedCompletion: projected.toISODate(),
    weeklyRate: round(weeklyRate),
    basedOnWeeks,
  };
}

function round(n: number) {
  return Math.round(n * 100) / 100;
}

/** Slope of the least-squares line through the points; 0 for fewer than two. */
export function leastSquaresSlope(points: Array<[number, number]>): number {
  const n = points.length;
  if (n < 2) return 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of points) {
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  const denominator = n * sxx - sx * sx;
  return denominator === 0 ? 0 : (n * sxy - sx * sy) / denominator;
}
