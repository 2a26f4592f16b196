import {
  OutcomeAggregation,
  OutcomeMetric,
  OutcomePerspective,
} from '@internal/plugin-solo-trek-common';

/** A metric as the config and the domain know it. */
export interface OutcomeMetricDefinition extends OutcomeMetric {
  /** The smallest value a point may carry; undefined for any finite number. */
  min?: number;
}

/**
 * The article's scorecard, measured per service: time-to-market (lead time)
 * and outage frequency (incidents) for the business, deployment frequency
 * and performance (p95 latency) for engineering, cloud spend for finance.
 * The human perspective is the satisfaction pulse and adoption.
 */
export const BUILT_IN_METRICS: readonly OutcomeMetricDefinition[] = [
  {
    id: 'leadTimeHours',
    title: 'Lead time for changes',
    unit: 'hours',
    aggregation: 'median',
    higherIsBetter: false,
    perspective: 'business',
    builtIn: true,
    min: 0,
  },
  {
    id: 'incidents',
    title: 'Incidents',
    unit: 'incidents',
    aggregation: 'sum',
    higherIsBetter: false,
    perspective: 'business',
    builtIn: true,
    min: 0,
  },
  {
    id: 'deployments',
    title: 'Deployments',
    unit: 'deployments',
    aggregation: 'sum',
    higherIsBetter: true,
    perspective: 'technical',
    builtIn: true,
    min: 0,
  },
  {
    id: 'latencyP95Ms',
    title: 'p95 latency',
    unit: 'ms',
    aggregation: 'median',
    higherIsBetter: false,
    perspective: 'technical',
    builtIn: true,
    min: 0,
  },
  {
    id: 'costPerMonth',
    title: 'Cost per month',
    unit: 'per month',
    aggregation: 'median',
    higherIsBetter: false,
    perspective: 'financial',
    builtIn: true,
    min: 0,
  },
];

export const BUILT_IN_METRIC_IDS: ReadonlySet<string> = new Set(
  BUILT_IN_METRICS.map(m => m.id),
);

/** A metric name: a letter, then letters, digits and underscores. */
export const METRIC_ID = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;

/** A configured metric, before it joins the built-ins. */
export interface ConfiguredMetric {
  title?: string;
  unit: string;
  aggregation: OutcomeAggregation;
  higherIsBetter: boolean;
  perspective?: OutcomePerspective;
}

/** The built-ins followed by the configured metrics, by id in that order. */
export function metricCatalog(
  configured: Record<string, ConfiguredMetric>,
): Map<string, OutcomeMetricDefinition> {
  const out = new Map<string, OutcomeMetricDefinition>(
    BUILT_IN_METRICS.map(m => [m.id, m]),
  );
  for (const [id, m] of Object.entries(configured)) {
    out.set(id, {
      id,
      title: m.title ?? id,
      unit: m.unit,
      aggregation: m.aggregation,
      higherIsBetter: m.higherIsBetter,
      perspective: m.perspective ?? 'technical',
      builtIn: false,
    });
  }
  return out;
}

/** The wire form: what the API says about a metric. */
export function metricInfo(m: OutcomeMetricDefinition): OutcomeMetric {
  return {
    id: m.id,
    title: m.title,
    unit: m.unit,
    aggregation: m.aggregation,
    higherIsBetter: m.higherIsBetter,
    perspective: m.perspective,
    builtIn: m.builtIn,
  };
}
