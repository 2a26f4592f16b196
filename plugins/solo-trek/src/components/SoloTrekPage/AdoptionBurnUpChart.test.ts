import { DateTime } from 'luxon';
import { burnUpData, formatTick, monthTicks } from './AdoptionBurnUpChart';
import { makeAdoptionHistory } from '../../__fixtures__/data';

const t = (day: string) => DateTime.fromISO(day, { zone: 'utc' }).toMillis();

describe('burnUpData', () => {
  it('projects the forecast from the last point to the projected completion, and the needed pace to the sunset', () => {
    const data = burnUpData(makeAdoptionHistory());
    const last = data.find(d => d.t === t('2026-10-01'))!;
    expect(last).toMatchObject({ done: 9, forecast: 9, needed: 9 });
    expect(data.find(d => d.t === t('2027-12-31'))).toEqual({
      t: t('2027-12-31'),
      needed: 20,
    });
    expect(data.find(d => d.t === t('2028-02-14'))).toMatchObject({
      forecast: 20,
    });
  });

  it('projects up to the sunset at the weekly rate when there is no date', () => {
    const history = makeAdoptionHistory();
    history.forecast = {
      ...history.forecast,
      projectedCompletion: null,
      weeklyRate: 0.05,
    };
    const data = burnUpData(history);
    const end = data.filter(d => d.forecast !== undefined).pop()!;
    expect(end.t).toBe(t('2027-12-31'));
    expect(end.forecast).toBeGreaterThan(9);
    expect(end.forecast).toBeLessThan(20);
  });

  it('draws the band of plausible finishes: fast edge to the earliest, slow edge to the latest', () => {
    const data = burnUpData(makeAdoptionHistory());
    const last = data.find(d => d.t === t('2026-10-01'))!;
    expect(last.band).toEqual([9, 9]);
    // Earliest 2027-09-01: the fast edge is done; the slow one on its way.
    const earliest = data.find(d => d.t === t('2027-09-01'))!;
    expect(earliest.band![1]).toBe(20);
    expect(earliest.band![0]).toBeGreaterThan(9);
    expect(earliest.band![0]).toBeLessThan(20);
    expect(data.find(d => d.t === t('2028-09-30'))!.band).toEqual([20, 20]);
  });

  it('keeps the slow edge flat when no latest finish is in sight', () => {
    const history = makeAdoptionHistory();
    history.forecast = { ...history.forecast, latestCompletion: null };
    const data = burnUpData(history);
    expect(data.find(d => d.t === t('2027-12-31'))!.band).toEqual([9, 20]);
  });

  it('projects nothing without enough history', () => {
    const history = makeAdoptionHistory();
    history.forecast = {
      ...history.forecast,
      status: 'not-enough-data',
      projectedCompletion: null,
      earliestCompletion: null,
      latestCompletion: null,
    };
    expect(
      burnUpData(history).some(
        d => d.forecast !== undefined || d.band !== undefined,
      ),
    ).toBe(false);
  });

  it('draws no forecast once complete', () => {
    const history = makeAdoptionHistory();
    history.forecast = { ...history.forecast, status: 'complete' };
    expect(burnUpData(history).some(d => d.forecast !== undefined)).toBe(false);
  });
});

describe('formatTick', () => {
  it('writes the year out, so "Jan 26" is never read as a day', () => {
    expect(formatTick(t('2026-01-01'))).toMatch(/2026/);
    expect(formatTick(t('2026-01-01'))).not.toMatch(/\b26\b/);
  });
});

describe('monthTicks', () => {
  it('places at most eight month starts', () => {
    const ticks = monthTicks(t('2026-01-01'), t('2028-02-14'));
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks[0]).toBe(t('2026-01-01'));
    for (const tick of ticks) {
      expect(DateTime.fromMillis(tick, { zone: 'utc' }).day).toBe(1);
    }
  });
});
