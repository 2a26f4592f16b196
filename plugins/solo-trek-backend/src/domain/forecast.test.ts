import { DateTime } from 'luxon';
import { computeForecast, leastSquaresSlope } from './forecast';

const sunset = DateTime.fromISO('2027-12-31', { zone: 'utc' });
const now = new Date('2026-11-24T12:00:00Z');

function series(perWeek: number, weeks = 8) {
  const points = [];
  for (let d = weeks * 7; d >= 0; d--) {
    const day = DateTime.fromJSDate(now, { zone: 'utc' })
      .minus({ days: d })
      .toISODate()!;
    points.push({ day, done: Math.round(((weeks * 7 - d) * perWeek) / 7) });
  }
  return points;
}

describe('computeForecast', () => {
  it('fits the rate by least squares', () => {
    expect(
      leastSquaresSlope([
        [0, 1],
        [1, 3],
        [2, 5],
      ]),
    ).toBeCloseTo(2);
    expect(leastSquaresSlope([[0, 1]])).toBe(0);
  });

  it('is on track when the projection lands well before the sunset', () => {
    const f = computeForecast({
      points: series(10),
      total: 200,
      done: 80,
      sunset,
      now,
      weeks: 8,
      atRiskMarginDays: 30,
    });
    expect(f.status).toBe('on-track');
    expect(f.weeklyRate).toBeCloseTo(10, 0);
    expect(f.remaining).toBe(120);
    expect(f.projectedCompletion).toBe('2027-02-16'); // 120 left at 10 a week: 12 weeks
    expect(f.requiredWeeklyRate).toBeCloseTo(120 / (402 / 7), 1);
  });

  it('is late when the pace misses the sunset, and says what is needed', () => {
    const f = computeForecast({
      points: series(1),
      total: 500,
      done: 8,
      sunset,
      now,
      weeks: 8,
      atRiskMarginDays: 30,
    });
    expect(f.status).toBe('late');
    expect(f.requiredWeeklyRate).toBeGreaterThan(f.weeklyRate);
  });

  it('is at risk when it lands within the margin before the sunset', () => {
    // 402 days left; finishing in about 390 days is inside a 30-day margin.
    const f = computeForecast({
      points: series(7),
      total: 8 + 390,
      done: 8,
      sunset,
      now,
      weeks: 8,
      atRiskMarginDays: 30,
    });
    expect(f.status).toBe('at-risk');
  });

  it('is late with no progress, and complete with nothing left', () => {
    expect(
      computeForecast({
        points: series(0),
        total: 10,
        done: 0,
        sunset,
        now,
        weeks: 8,
        atRiskMarginDays: 30,
      }),
    ).toMatchObject({
      status: 'late',
      projectedCompletion: null,
    });
    expect(
      computeForecast({
        points: [],
        total: 10,
        done: 10,
        sunset,
        now,
        weeks: 8,
        atRiskMarginDays: 30,
      }).status,
    ).toBe('complete');
  });
});
