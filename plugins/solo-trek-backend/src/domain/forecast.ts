import { AdoptionForecast } from '@internal/plugin-solo-trek-common';
import { DateTime } from 'luxon';

const DAY = 86_400_000;

/** The interval's coverage: 90%, from the 5th to the 95th percentile. */
export const FORECAST_CONFIDENCE = 0.9;

/** One day of history: done services, and the in-scope total that day. */
export interface ForecastPoint {
  /** YYYY-MM-DD */
  day: string;
  done: number;
  /** The in-scope services that day; today's total when left out. */
  total?: number;
}

/**
 * Student's t at 0.95 (the two-sided 90% interval) for 1 to 30 degrees of
 * freedom; beyond 30 the Cornish-Fisher expansion around the normal's
 * 1.6449 is within 0.001 of the table's values.
 */
const T95 = [
  6.314, 2.92, 2.353, 2.132, 2.015, 1.943, 1.895, 1.86, 1.833, 1.812, 1.796,
  1.782, 1.771, 1.761, 1.753, 1.746, 1.74, 1.734, 1.729, 1.725, 1.721, 1.717,
  1.714, 1.711, 1.708, 1.706, 1.703, 1.701, 1.699, 1.697,
];

/** The 95th percentile of Student's t with `df` degrees of freedom. */
export function tQuantile95(df: number): number {
  if (df < 1) return Infinity;
  if (df <= 30) return T95[Math.floor(df) - 1];
  const z = 1.6448536;
  return (
    z +
    (z ** 3 + z) / (4 * df) +
    (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2)
  );
}

/** Least squares of y on x: slope, intercept and the slope's standard error. */
export function leastSquares(points: Array<[number, number]>): {
  slope: number;
  intercept: number;
  /** The slope's standard error, from the residuals; Infinity below 3 points. */
  slopeError: number;
  n: number;
} {
  const n = points.length;
  if (n < 2)
    return {
      slope: 0,
      intercept: points[0]?.[1] ?? 0,
      slopeError: Infinity,
      n,
    };
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of points) {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (y - my);
  }
  if (sxx === 0) return { slope: 0, intercept: my, slopeError: Infinity, n };
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  if (n < 3) return { slope, intercept, slopeError: Infinity, n };
  let sse = 0;
  for (const [x, y] of points) sse += (y - (intercept + slope * x)) ** 2;
  return { slope, intercept, slopeError: Math.sqrt(sse / (n - 2) / sxx), n };
}

/** Slope of the least-squares line through the points; 0 for fewer than two. */
export function leastSquaresSlope(points: Array<[number, number]>): number {
  return leastSquares(points).slope;
}

function round(n: number) {
  return Math.round(n * 100) / 100;
}

const millisOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * When the remaining services will be done, with how sure we can be, set
 * against the sunset.
 *
 * Scope changes count: the remaining services per day (that day's in-scope
 * total less the done) are fitted with a least-squares line over the last
 * `weeks` weeks, today's figures included, so services added to the scope
 * slow the forecast and services removed speed it up. The line's slope is
 * the net pace; its standard error comes from the residuals. With Student's
 * t at n − 2 degrees of freedom, the pace's 90% interval, applied to what
 * remains today, gives the earliest and the latest plausible finish
 * (none when the slow end of the pace is no progress at all).
 *
 * - complete: nothing remains.
 * - not-enough-data: the fitted history spans less than `minWeeks` weeks
 *   (or under 3 days): a line through two days of data says nothing.
 * - late: no net progress, or even the earliest plausible finish is after
 *   the sunset.
 * - at-risk: the interval reaches past the sunset less `atRiskMarginDays`
 *   (or has no latest end).
 * - on-track: the latest plausible finish is at least `atRiskMarginDays`
 *   before the sunset.
 */
export function computeForecast(options: {
  /** Days of history, oldest first. */
  points: ForecastPoint[];
  /** Today's in-scope total and done services. */
  total: number;
  done: number;
  sunset: DateTime;
  now: Date;
  weeks: number;
  atRiskMarginDays: number;
  /** Weeks of history needed before anything is projected. Default 3. */
  minWeeks?: number;
}): AdoptionForecast {
  const { total, done, sunset, now, weeks, atRiskMarginDays } = options;
  const minWeeks = options.minWeeks ?? 3;
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
    confidence: FORECAST_CONFIDENCE,
    minWeeks,
  };
  const none = {
    projectedCompletion: null,
    earliestCompletion: null,
    latestCompletion: null,
  };
  if (remaining === 0) {
    return {
      ...base,
      status: 'complete',
      projectedCompletion: today.toISODate(),
      earliestCompletion: today.toISODate(),
      latestCompletion: today.toISODate(),
      weeklyRate: 0,
      scopeWeeklyChange: 0,
      netWeeklyRate: 0,
      basedOnWeeks: 0,
      reason: 'Every service in scope is done.',
    };
  }

  // The fitted window, today's figures last (they replace today's snapshot).
  const from = today.minus({ weeks }).toMillis();
  const todayIso = today.toISODate()!;
  const window = [
    ...options.points.filter(p => millisOf(p.day) >= from && p.day < todayIso),
    { day: todayIso, done, total },
  ];
  const x = (p: ForecastPoint) => (millisOf(p.day) - from) / DAY;
  const basedOnDays = (millisOf(todayIso) - millisOf(window[0].day)) / DAY;
  const basedOnWeeks = round(basedOnDays / 7);
  if (window.length < 3 || basedOnDays < minWeeks * 7) {
    return {
      ...base,
      ...none,
      status: 'not-enough-data',
      weeklyRate: 0,
      scopeWeeklyChange: 0,
      netWeeklyRate: 0,
      basedOnWeeks,
      reason:
        `The forecast needs ${minWeeks} weeks of history and has ${
          basedOnDays === 0 ? 'today only' : `${basedOnDays} days`
        }: ` +
        `it projects from ${today
          .plus({ days: minWeeks * 7 - basedOnDays })
          .toISODate()}.`,
    };
  }

  const totalOf = (p: ForecastPoint) => p.total ?? total;
  const doneFit = leastSquares(window.map(p => [x(p), p.done]));
  const scopeFit = leastSquares(window.map(p => [x(p), totalOf(p)]));
  const remainingFit = leastSquares(
    window.map(p => [x(p), totalOf(p) - p.done]),
  );
  // Net services finished per day: done, less what joined the scope.
  const pace = -remainingFit.slope;
  const spread = tQuantile95(remainingFit.n - 2) * remainingFit.slopeError;
  const rates = {
    weeklyRate: round(Math.max(0, doneFit.slope * 7)),
    scopeWeeklyChange: round(scopeFit.slope * 7),
    netWeeklyRate: round(pace * 7),
    basedOnWeeks,
  };
  // A finish more than a century away is no finish in sight.
  const finish = (perDay: number) =>
    perDay > 0 && remaining / perDay <= 36_500
      ? today.plus({ days: Math.ceil(remaining / perDay) })
      : null;
  const projected = finish(pace);
  const earliest = finish(pace + spread);
  const latest = finish(pace - spread);
  const dates = {
    projectedCompletion: projected?.toISODate() ?? null,
    earliestCompletion: earliest?.toISODate() ?? null,
    latestCompletion: latest?.toISODate() ?? null,
  };
  const weekly = (n: number) => round(n * 7);
  if (!projected) {
    return {
      ...base,
      ...rates,
      ...dates,
      status: 'late',
      reason: `No net progress in the last ${basedOnWeeks} weeks: ${weekly(
        Math.max(0, doneFit.slope),
      )} done a week against ${weekly(
        Math.max(0, scopeFit.slope),
      )} joining the scope.`,
    };
  }
  if (earliest! > sunset) {
    return {
      ...base,
      ...rates,
      ...dates,
      status: 'late',
      reason: `Even the earliest plausible finish, ${dates.earliestCompletion}, is after the sunset.`,
    };
  }
  const margin = sunset.minus({ days: atRiskMarginDays });
  if (!latest || latest > margin) {
    return {
      ...base,
      ...rates,
      ...dates,
      status: 'at-risk',
      reason: latest
        ? `The finish could be as late as ${dates.latestCompletion}, ${
            latest > sunset
              ? 'after the sunset'
              : `within ${atRiskMarginDays} days of the sunset`
          }.`
        : 'The pace varies too much to promise a finish: at its slowest plausible, nothing more gets done.',
    };
  }
  return {
    ...base,
    ...rates,
    ...dates,
    status: 'on-track',
    reason: `Done between ${dates.earliestCompletion} and ${dates.latestCompletion}, at least ${atRiskMarginDays} days before the sunset.`,
  };
}
