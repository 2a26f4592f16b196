import {
  EntityOutcomes,
  OutcomeGroupSummary,
  OutcomeMetric,
  OutcomeMetricSummary,
  OutcomesReport,
  OutcomeTeam,
  PulseComment,
} from '@internal/plugin-solo-trek-common';

/** Outcome fixtures for tests and the dev app, shaped like the backend's answers. */

export const OUTCOME_METRICS: OutcomeMetric[] = [
  {
    id: 'leadTimeHours',
    title: 'Lead time for changes',
    unit: 'hours',
    aggregation: 'median',
    higherIsBetter: false,
    perspective: 'business',
    builtIn: true,
  },
  {
    id: 'incidents',
    title: 'Incidents',
    unit: 'incidents',
    aggregation: 'sum',
    higherIsBetter: false,
    perspective: 'business',
    builtIn: true,
  },
  {
    id: 'deployments',
    title: 'Deployments',
    unit: 'deployments',
    aggregation: 'sum',
    higherIsBetter: true,
    perspective: 'technical',
    builtIn: true,
  },
  {
    id: 'latencyP95Ms',
    title: 'p95 latency',
    unit: 'ms',
    aggregation: 'median',
    higherIsBetter: false,
    perspective: 'technical',
    builtIn: true,
  },
  {
    id: 'costPerMonth',
    title: 'Cost per month',
    unit: 'per month',
    aggregation: 'median',
    higherIsBetter: false,
    perspective: 'financial',
    builtIn: true,
  },
];

/** A metric's figures: medians before and after, and the pairs. */
export function metricSummary(
  metric: string,
  before: number | null,
  after: number | null,
  services = { before: 40, after: 24, paired: 18 },
): OutcomeMetricSummary {
  const change =
    before !== null && after !== null && before !== 0
      ? Math.round(((after - before) / Math.abs(before)) * 1000) / 10
      : null;
  const up = change !== null && change > 0;
  const higherIsBetter =
    OUTCOME_METRICS.find(m => m.id === metric)?.higherIsBetter ?? true;
  const improved = Math.round(services.paired * 0.7);
  return {
    metric,
    before: { services: services.before, median: before },
    after: { services: services.after, median: after },
    paired: {
      services: services.paired,
      medianBefore: before,
      medianAfter: after,
      changePercent: change,
      improved: up === higherIsBetter ? improved : services.paired - improved,
      worsened: up === higherIsBetter ? services.paired - improved : improved,
    },
  };
}

export function makeGroupSummary(
  overrides: Partial<OutcomeGroupSummary> = {},
): OutcomeGroupSummary {
  return {
    services: 64,
    metrics: [
      metricSummary('leadTimeHours', 46, 20),
      metricSummary('incidents', 3.2, 1.4),
      metricSummary('deployments', 9, 22),
      metricSummary('latencyP95Ms', 180, 165),
      metricSummary('costPerMonth', 4200, 4500),
    ],
    satisfaction: {
      responses: 31,
      services: 17,
      distribution: [1, 2, 6, 16, 6],
      mean: 3.77,
    },
    ...overrides,
  };
}

export function makeOutcomesReport(
  overrides: Partial<OutcomesReport> = {},
): OutcomesReport {
  const series = (metric: string, before: number, after: number) => ({
    metric,
    points: Array.from({ length: 26 }, (_, i) => {
      const week = i - 13;
      return {
        day: week * 7,
        services: 12 + (i % 5),
        median: week < 0 ? before + (i % 3) : after - (i % 2),
      };
    }),
  });
  return {
    migrationId: 'nimbus',
    generatedAt: '2026-12-02T10:00:00.000Z',
    from: 'legacy-dc',
    to: 'nimbus',
    comparisonDays: 90,
    rateDays: 30,
    bucketDays: 7,
    metrics: OUTCOME_METRICS,
    overall: makeGroupSummary(),
    byTrack: [
      { track: 'caravan', ...makeGroupSummary({ services: 14 }) },
      { track: 'solo-trek', ...makeGroupSummary({ services: 50 }) },
    ],
    series: [
      series('leadTimeHours', 46, 20),
      series('incidents', 3, 1),
      series('deployments', 9, 22),
      series('latencyP95Ms', 180, 165),
      series('costPerMonth', 4200, 4500),
    ],
    pulse: {
      question: 'How is life on the new platform?',
      delayDays: 14,
      minGroupSize: 3,
    },
    reportingServices: 64,
    teamCount: 2,
    ...overrides,
  };
}

export function makeOutcomeTeams(): OutcomeTeam[] {
  return [
    {
      team: 'group:default/payments',
      title: 'Payments',
      ...makeGroupSummary({ services: 8 }),
    },
    {
      team: 'group:default/logistics',
      title: 'Logistics',
      ...makeGroupSummary({
        services: 8,
        metrics: [
          metricSummary('deployments', 6, null, {
            before: 8,
            after: 0,
            paired: 0,
          }),
        ],
        satisfaction: {
          responses: 1,
          services: 1,
          distribution: null,
          mean: null,
        },
      }),
    },
  ];
}

export function makePulseComments(): PulseComment[] {
  return [
    {
      score: 5,
      comment: 'Deploys take minutes instead of days.',
      team: 'group:default/payments',
      month: '2026-11',
    },
    {
      score: 2,
      comment: 'Logs are harder to find than before.',
      team: null,
      month: '2026-10',
    },
  ];
}

export function makeEntityOutcomes(
  overrides: Partial<EntityOutcomes> = {},
): EntityOutcomes {
  return {
    migrationId: 'nimbus',
    entityRef: 'component:default/ledger-service',
    goLiveAt: '2026-09-01T00:00:00.000Z',
    comparisonDays: 90,
    rateDays: 30,
    metrics: OUTCOME_METRICS,
    values: [
      {
        metric: 'deployments',
        before: 8,
        after: 21,
        changePercent: 162.5,
        better: true,
      },
      {
        metric: 'incidents',
        before: 3,
        after: 1,
        changePercent: -66.7,
        better: true,
      },
      {
        metric: 'costPerMonth',
        before: 4000,
        after: 4400,
        changePercent: 10,
        better: false,
      },
    ],
    pulse: {
      question: 'How is life on the new platform?',
      status: 'open',
      opensAt: '2026-09-15T00:00:00.000Z',
      canAnswer: true,
      answer: null,
    },
    ...overrides,
  };
}
