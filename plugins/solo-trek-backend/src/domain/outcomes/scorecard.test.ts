import { dailyValues } from './daily';
import { entityOutcomeValues } from './entityOutcomes';
import { metricCatalog } from './metrics';
import { OutcomeService, StoredOutcomePoint } from './model';
import { computeScorecard, summarizeSatisfaction } from './scorecard';
import { comparisonWindows, serviceOutcome } from './serviceOutcome';
import { dayNumber } from './validatePoints';

const metrics = metricCatalog({});
const NOW = new Date('2026-12-02T12:00:00Z');
const DAYS = 28;
const aggregationOf = (id: string) => metrics.get(id)?.aggregation;

/** `count` daily points from `from`, at noon, with value(i). */
function daily(
  entityRef: string,
  metric: string,
  from: string,
  count: number,
  value: (i: number) => number,
  platform: 'old' | 'new' | null = null,
): StoredOutcomePoint[] {
  const start = Date.parse(`${from}T12:00:00Z`);
  return Array.from({ length: count }, (_, i) => ({
    entityRef,
    metric,
    at: new Date(start + i * 86_400_000),
    value: value(i),
    platform,
  }));
}

const live = (
  entityRef: string,
  goLive: string,
  ownerRef = 'group:default/payments',
): OutcomeService => ({
  entityRef,
  ownerRef,
  track: 'solo-trek',
  goLive: new Date(`${goLive}T09:00:00Z`),
});

const A = 'component:default/a';
const B = 'component:default/b';
const C = 'component:default/c';

function scorecard(points: StoredOutcomePoint[], services: OutcomeService[]) {
  return computeScorecard({
    metrics,
    services,
    daily: dailyValues(points, aggregationOf),
    answers: [],
    now: NOW,
    comparisonDays: DAYS,
    minGroupSize: 3,
  });
}

const summary = (card: ReturnType<typeof scorecard>, metric: string) =>
  card.overall.metrics.find(m => m.metric === metric)!;

describe('the scorecard', () => {
  // A went live on 1 November: 28 days before at one deployment a day and
  // p95 200 ms, 28 days after at two a day and 150 ms.
  const aPoints = [
    ...daily(A, 'deployments', '2026-10-04', 28, () => 1),
    ...daily(A, 'deployments', '2026-11-01', 28, () => 2),
    ...daily(A, 'latencyP95Ms', '2026-10-04', 28, i => (i % 2 ? 190 : 210)),
    ...daily(A, 'latencyP95Ms', '2026-11-01', 28, () => 150),
    // Two incidents in the old window, none after: zero days count.
    ...daily(A, 'incidents', '2026-10-10', 2, () => 1),
  ];

  it('compares each service before and after its go-live, and pairs the services with both', () => {
    const card = scorecard(
      [
        ...aPoints,
        // B is not live: its last 28 days are the old platform.
        ...daily(B, 'deployments', '2026-11-05', 28, () => 3),
        // C reported only after going live.
        ...daily(C, 'deployments', '2026-11-10', 20, () => 1),
      ],
      [
        live(A, '2026-11-01'),
        { ...live(B, '2026-01-01'), goLive: null },
        live(C, '2026-11-10'),
      ],
    );
    const deployments = summary(card, 'deployments');
    // Rates per 30 days: A 30 → 60, B 90 → none, C none → 30.
    expect(deployments.before).toEqual({ services: 2, median: 60 });
    expect(deployments.after).toEqual({ services: 2, median: 45 });
    expect(deployments.paired).toEqual({
      services: 1,
      medianBefore: 30,
      medianAfter: 60,
      changePercent: 100,
      improved: 1,
      worsened: 0,
    });
    const latency = summary(card, 'latencyP95Ms');
    expect(latency.paired).toMatchObject({
      medianBefore: 200,
      medianAfter: 150,
      changePercent: -25,
      improved: 1,
    });
    const incidents = summary(card, 'incidents');
    // 2 incidents in 28 days is 2.14 a month; after go-live, days without points are zero.
    expect(incidents.paired).toMatchObject({
      medianBefore: 2.14,
      medianAfter: 0,
      changePercent: -100,
      improved: 1,
    });
    // Nobody reported lead time or cost.
    expect(summary(card, 'costPerMonth').before.services).toBe(0);
    expect(card.reportingServices).toBe(3);
  });

  it('cuts the windows to the days a service was observed', () => {
    // D reported from 10 days before go-live: its rate is over those 10 days.
    const D = 'component:default/d';
    const windows = comparisonWindows(
      live(D, '2026-11-01'),
      dailyValues(
        daily(D, 'deployments', '2026-10-22', 15, () => 1),
        aggregationOf,
      ),
      NOW,
      DAYS,
    );
    const day = (s: string) => dayNumber(new Date(`${s}T00:00:00Z`));
    expect(windows.before).toEqual({
      start: day('2026-10-22'),
      end: day('2026-11-01'),
    });
    expect(windows.after).toEqual({
      start: day('2026-11-01'),
      end: day('2026-11-06'),
    });
    const outcome = serviceOutcome(
      live(D, '2026-11-01'),
      dailyValues(
        daily(D, 'deployments', '2026-10-22', 15, () => 1),
        aggregationOf,
      ),
      metrics,
      NOW,
      DAYS,
    );
    // 10 deployments in 10 days is 30 a month; 5 days after is too short to rate.
    expect(outcome.byMetric.get('deployments')).toEqual({ before: 30 });
  });

  it('keeps a point the reporter placed on the other platform out of the wrong side', () => {
    const card = scorecard(
      [
        ...daily(A, 'latencyP95Ms', '2026-10-04', 28, () => 200),
        // A canary on the new platform before the recorded go-live.
        ...daily(A, 'latencyP95Ms', '2026-10-25', 7, () => 90, 'new'),
        ...daily(A, 'latencyP95Ms', '2026-11-01', 28, () => 150),
      ],
      [live(A, '2026-11-01')],
    );
    expect(summary(card, 'latencyP95Ms').paired).toMatchObject({
      medianBefore: 200,
      medianAfter: 150,
    });
  });

  it('gives a weekly series aligned on go-live, per service then the median', () => {
    const card = scorecard(aPoints, [live(A, '2026-11-01')]);
    const series = card.series.find(s => s.metric === 'deployments')!;
    expect(series.points.map(p => p.day)).toEqual([
      -28, -21, -14, -7, 0, 7, 14, 21,
    ]);
    expect(series.points.find(p => p.day === -7)).toEqual({
      day: -7,
      services: 1,
      median: 30,
    });
    expect(series.points.find(p => p.day === 0)).toEqual({
      day: 0,
      services: 1,
      median: 60,
    });
    const latency = card.series.find(s => s.metric === 'latencyP95Ms')!;
    expect(latency.points.find(p => p.day === 7)?.median).toBe(150);
  });

  it('breaks down per track and per owning team', () => {
    const card = scorecard(
      [...aPoints, ...daily(C, 'deployments', '2026-10-01', 60, () => 1)],
      [
        live(A, '2026-11-01'),
        { ...live(C, '2026-11-01', 'group:default/search'), track: 'caravan' },
      ],
    );
    expect(card.byTrack.map(t => [t.track, t.services])).toEqual([
      ['caravan', 1],
      ['solo-trek', 1],
    ]);
    expect(card.byTeam.map(t => t.team)).toEqual([
      'group:default/payments',
      'group:default/search',
    ]);
    const search = card.byTeam[1].metrics.find(
      m => m.metric === 'deployments',
    )!;
    expect(search.paired).toMatchObject({
      medianBefore: 30,
      medianAfter: 30,
      changePercent: 0,
      improved: 0,
      worsened: 0,
    });
  });

  it('gives one service its own numbers, as the scorecard computes them', () => {
    const values = entityOutcomeValues(
      live(A, '2026-11-01'),
      dailyValues(aPoints, aggregationOf),
      metrics,
      NOW,
      DAYS,
    );
    expect(values.find(v => v.metric === 'deployments')).toEqual({
      metric: 'deployments',
      before: 30,
      after: 60,
      changePercent: 100,
      better: true,
    });
    expect(values.map(v => v.metric).sort()).toEqual([
      'deployments',
      'incidents',
      'latencyP95Ms',
    ]);
  });
});

describe('summarizeSatisfaction', () => {
  const answer = (entityRef: string, score: number) => ({ entityRef, score });

  it('shows no scores for fewer answers than the smallest group', () => {
    expect(summarizeSatisfaction([answer(A, 4), answer(A, 5)], 3)).toEqual({
      responses: 2,
      services: 1,
      distribution: null,
      mean: null,
    });
  });

  it('counts each score and the mean from the smallest group on', () => {
    expect(
      summarizeSatisfaction([answer(A, 4), answer(B, 4), answer(B, 2)], 3),
    ).toEqual({
      responses: 3,
      services: 2,
      distribution: [0, 1, 0, 2, 0],
      mean: 3.33,
    });
  });
});
