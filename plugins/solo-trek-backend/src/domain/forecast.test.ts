/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectProperty"] }] */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  computeForecast,
  ForecastPoint,
  leastSquares,
  leastSquaresSlope,
  tQuantile95,
} from './forecast';

const sunset = DateTime.fromISO('2027-12-31', { zone: 'utc' });
const now = new Date('2026-11-24T12:00:00Z');
const today = DateTime.fromJSDate(now, { zone: 'utc' }).startOf('day');

/** `weeks` of daily points at `perWeek` done a week (rounded to services), today last. */
function series(perWeek: number, weeks = 8, total?: (d: number) => number) {
  const points: ForecastPoint[] = [];
  for (let d = weeks * 7; d >= 0; d--) {
    const day = today.minus({ days: d }).toISODate()!;
    const elapsed = weeks * 7 - d;
    points.push({
      day,
      done: Math.round((elapsed * perWeek) / 7),
      ...(total ? { total: total(elapsed) } : {}),
    });
  }
  return points;
}

const base = { sunset, now, weeks: 8, atRiskMarginDays: 30 };

function expectProperty<Ts>(
  property: fc.IProperty<Ts>,
  params?: fc.Parameters<Ts>,
) {
  const details = fc.check(property, params);
  expect(details.failed ? fc.defaultReportMessage(details) : 'holds').toBe(
    'holds',
  );
}

describe('least squares', () => {
  it('fits the slope, and its standard error from the residuals', () => {
    expect(
      leastSquaresSlope([
        [0, 1],
        [1, 3],
        [2, 5],
      ]),
    ).toBeCloseTo(2);
    expect(leastSquaresSlope([[0, 1]])).toBe(0);
    // A perfect line leaves no doubt about its slope.
    expect(
      leastSquares([
        [0, 1],
        [1, 3],
        [2, 5],
      ]).slopeError,
    ).toBe(0);
    // y = x + (1, −1, 1, −1): slope 0.6 (the noise tilts it), SE² = SSE / (n − 2) / Sxx.
    const fit = leastSquares([
      [0, 1],
      [1, 0],
      [2, 3],
      [3, 2],
    ]);
    expect(fit.slope).toBeCloseTo(0.6);
    const sse = [1, 0, 3, 2].reduce(
      (s, y, x) => s + (y - (fit.intercept + fit.slope * x)) ** 2,
      0,
    );
    expect(fit.slopeError).toBeCloseTo(Math.sqrt(sse / 2 / 5));
  });

  it("uses Student's t for small samples", () => {
    expect(tQuantile95(1)).toBeCloseTo(6.314, 3);
    expect(tQuantile95(10)).toBeCloseTo(1.812, 3);
    expect(tQuantile95(30)).toBeCloseTo(1.697, 3);
    expect(tQuantile95(60)).toBeCloseTo(1.671, 2);
    expect(tQuantile95(100_000)).toBeCloseTo(1.645, 3);
  });
});

describe('computeForecast', () => {
  it('says not-enough-data after two days, with the reason and when it will project', () => {
    const f = computeForecast({
      ...base,
      points: series(10, 8).slice(-3, -1), // two days before today
      total: 200,
      done: 80,
    });
    expect(f).toMatchObject({
      status: 'not-enough-data',
      projectedCompletion: null,
      earliestCompletion: null,
      latestCompletion: null,
      minWeeks: 3,
      reason:
        'The forecast needs 3 weeks of history and has 2 days: it projects from 2026-12-13.',
    });
    // Three weeks are enough.
    expect(
      computeForecast({
        ...base,
        points: series(10, 3),
        total: 200,
        done: 30,
      }).status,
    ).toBe('on-track');
    expect(
      computeForecast({
        ...base,
        points: series(10, 3),
        total: 200,
        done: 30,
        minWeeks: 4,
      }).status,
    ).toBe('not-enough-data');
  });

  it('is on track with a narrow interval well before the sunset', () => {
    const f = computeForecast({
      ...base,
      points: series(10),
      total: 200,
      done: 80,
    });
    expect(f.status).toBe('on-track');
    expect(f.weeklyRate).toBeCloseTo(10, 0);
    expect(f.netWeeklyRate).toBeCloseTo(10, 0);
    expect(f.scopeWeeklyChange).toBe(0);
    expect(f.remaining).toBe(120);
    expect(f.projectedCompletion).toBe('2027-02-16'); // 120 left at 10 a week: 12 weeks
    expect(f.earliestCompletion! <= f.projectedCompletion!).toBe(true);
    expect(f.latestCompletion! >= f.projectedCompletion!).toBe(true);
    // Rounding to whole services is the only noise: within a week either way.
    expect(
      DateTime.fromISO(f.latestCompletion!).diff(
        DateTime.fromISO(f.earliestCompletion!),
        'days',
      ).days,
    ).toBeLessThan(14);
    expect(f.requiredWeeklyRate).toBeCloseTo(120 / (402 / 7), 1);
    expect(f.confidence).toBe(0.9);
  });

  it('is at risk when the interval crosses the sunset, though the projection lands before it', () => {
    // 7 a week in bursts; 400 left takes about 57 of the 57.4 weeks to the sunset.
    const points = [];
    for (let d = 56; d >= 1; d--) {
      points.push({
        day: today.minus({ days: d }).toISODate()!,
        done: 1000 - d + [0, 6, -6, 3, -6, 6][d % 6],
        total: 1400,
      });
    }
    const f = computeForecast({
      ...base,
      points,
      total: 1400,
      done: 1000,
      atRiskMarginDays: 0,
    });
    expect(f).toMatchObject({
      status: 'at-risk',
      projectedCompletion: '2027-12-29',
      earliestCompletion: '2027-12-03',
      latestCompletion: '2028-01-27',
      reason: 'The finish could be as late as 2028-01-27, after the sunset.',
    });
    // The same pace, steady, is on track: the interval decides.
    const steady = computeForecast({
      ...base,
      points: points.map((p, i) => ({ ...p, done: 1000 - (56 - i) })),
      total: 1400,
      done: 1000,
      atRiskMarginDays: 0,
    });
    expect(steady.projectedCompletion).toBe('2027-12-29');
    expect(steady.status).toBe('on-track');
  });

  it('is late when even the earliest plausible finish misses the sunset', () => {
    const f = computeForecast({
      ...base,
      points: series(1),
      total: 500,
      done: 8,
    });
    expect(f.status).toBe('late');
    expect(f.earliestCompletion! > '2027-12-31').toBe(true);
    expect(f.requiredWeeklyRate).toBeGreaterThan(f.weeklyRate);
  });

  it('counts scope changes: services joining as fast as others finish is no progress', () => {
    const f = computeForecast({
      ...base,
      // 5 done a week, and 5 a week join the scope.
      points: series(5, 8, d => 100 + Math.round((d * 5) / 7)),
      total: 140,
      done: 40,
    });
    expect(f.weeklyRate).toBeCloseTo(5, 0);
    expect(f.scopeWeeklyChange).toBeCloseTo(5, 0);
    expect(f).toMatchObject({ status: 'late', projectedCompletion: null });
    expect(f.reason).toMatch(
      /No net progress .* 5 done a week against 5 joining the scope/,
    );
    // Services leaving the scope speed it up.
    const shrinking = computeForecast({
      ...base,
      points: series(5, 8, d => 100 - Math.round((d * 2) / 7)),
      total: 84,
      done: 40,
    });
    expect(shrinking.netWeeklyRate).toBeCloseTo(7, 0);
  });

  it('is complete with nothing left', () => {
    expect(
      computeForecast({ ...base, points: [], total: 10, done: 10 }),
    ).toMatchObject({ status: 'complete', remaining: 0 });
  });

  /** A noisy history leading to today's figures: a pace, a scope drift and bursts. */
  const history = fc.record({
    pace: fc.double({ min: 0, max: 20, noNaN: true }),
    drift: fc.double({ min: -3, max: 3, noNaN: true }),
    noise: fc.array(fc.integer({ min: -5, max: 5 }), {
      minLength: 57,
      maxLength: 57,
    }),
    days: fc.integer({ min: 1, max: 56 }),
    remaining: fc.integer({ min: 1, max: 2000 }),
  });
  /** `days` days before today, done and total consistent with 1000 done today. */
  const pointsOf = (h: {
    pace: number;
    drift: number;
    noise: number[];
    days: number;
    remaining: number;
  }) =>
    Array.from({ length: h.days }, (_, i) => {
      const d = h.days - i;
      return {
        day: today.minus({ days: d }).toISODate()!,
        done: 1000 - (h.pace * d) / 7 + h.noise[i],
        total: 1000 + h.remaining - (h.drift * d) / 7,
      };
    });

  it('property: the projection lies inside its interval, and the status follows the interval', () => {
    expectProperty(
      fc.property(history, fc.integer({ min: 0, max: 90 }), (h, margin) => {
        const f = computeForecast({
          ...base,
          atRiskMarginDays: margin,
          points: pointsOf(h),
          total: 1000 + h.remaining,
          done: 1000,
        });
        const sun = '2027-12-31';
        const edge = sunset.minus({ days: margin }).toISODate()!;
        const ordered =
          !f.projectedCompletion ||
          (f.earliestCompletion! <= f.projectedCompletion &&
            (f.latestCompletion === null ||
              f.projectedCompletion <= f.latestCompletion));
        switch (f.status) {
          case 'not-enough-data':
            return h.days < 21 && f.projectedCompletion === null;
          case 'on-track':
            return ordered && h.days >= 21 && f.latestCompletion! <= edge;
          case 'at-risk':
            return (
              ordered &&
              f.earliestCompletion! <= sun &&
              (f.latestCompletion === null || f.latestCompletion > edge)
            );
          case 'late':
            return (
              ordered &&
              (f.projectedCompletion === null || f.earliestCompletion! > sun)
            );
          default:
            return false;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: a perfectly steady pace has no spread, and noisier history never narrows the interval', () => {
    expectProperty(
      fc.property(history, fc.integer({ min: 2, max: 4 }), (h, factor) => {
        fc.pre(h.days >= 21 && h.pace > 0.1);
        const x = Array.from({ length: h.days + 1 }, (_, i) => i);
        // The noise without its own trend, so scaling it keeps the pace.
        const raw = [...h.noise.slice(0, h.days), 0];
        const fit = leastSquares(x.map(i => [i, raw[i]]));
        const pure = raw.map((n, i) => n - fit.intercept - fit.slope * i);
        const forecast = (scale: number) =>
          computeForecast({
            ...base,
            points: pointsOf({ ...h, noise: pure.map(n => n * scale) }),
            // Today's noise moves done and total alike: the same remain.
            total: 1000 + h.remaining + pure[h.days] * scale,
            done: 1000 + pure[h.days] * scale,
          });
        const steady = forecast(0);
        const calm = forecast(1);
        const noisy = forecast(factor);
        const at = (d: string | null) =>
          d === null ? Infinity : DateTime.fromISO(d).toMillis();
        // Beyond a century there is no date to compare.
        fc.pre(steady.projectedCompletion !== null);
        const day = 86_400_000;
        // Floating point leaves a steady line a day's spread at most.
        return (
          at(steady.projectedCompletion) - at(steady.earliestCompletion) <=
            day &&
          at(steady.latestCompletion) - at(steady.projectedCompletion) <= day &&
          at(noisy.earliestCompletion) <= at(calm.earliestCompletion) &&
          at(noisy.latestCompletion) >= at(calm.latestCompletion)
        );
      }),
      { numRuns: 300 },
    );
  });

  it('property: services joining the scope never bring the finish forward', () => {
    expectProperty(
      fc.property(
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 2000 }),
        (pace, joining, remaining) => {
          const fixed = computeForecast({
            ...base,
            points: series(pace, 8, () => 1000),
            total: 1000 + remaining,
            done: 1000,
          });
          const growing = computeForecast({
            ...base,
            points: series(pace, 8, d => 1000 + (d * joining) / 7),
            total: 1000 + remaining,
            done: 1000,
          });
          const at = (d: string | null) =>
            d === null ? Infinity : DateTime.fromISO(d).toMillis();
          return (
            at(growing.projectedCompletion) >= at(fixed.projectedCompletion)
          );
        },
      ),
    );
  });
});
