import {
  OutcomeMetric,
  OutcomePerspective,
} from '@internal/plugin-solo-trek-common';
import { formatNumber } from '../../lib/format';

export const PERSPECTIVE_TITLES: Record<OutcomePerspective, string> = {
  business: 'Business',
  technical: 'Technical',
  financial: 'Financial',
  human: 'Human',
};

/** What each tile answers, in the article's words. */
export const PERSPECTIVE_DESCRIPTIONS: Record<OutcomePerspective, string> = {
  business: 'Time-to-market and outage frequency',
  technical: 'Deployment frequency and performance',
  financial: 'Cloud spend',
  human: 'Developer satisfaction and platform adoption',
};

/** The unit a service's value is in: sum metrics are rates per `rateDays`. */
export function unitOf(metric: OutcomeMetric, rateDays: number): string {
  return metric.aggregation === 'sum'
    ? `${metric.unit} per ${rateDays} days`
    : metric.unit;
}

/**
 * A value with its unit: "21 per 30 days" for a sum metric (the metric's
 * title names what is counted), "165 ms", "4,200 per month".
 */
export function formatOutcome(
  value: number | null | undefined,
  metric: OutcomeMetric,
  rateDays: number,
): string {
  if (value === null || value === undefined) return '—';
  const digits = Math.abs(value) >= 100 ? 0 : 1;
  const unit =
    metric.aggregation === 'sum' ? `per ${rateDays} days` : metric.unit;
  return `${formatNumber(value, digits)} ${unit}`;
}

/** "+162.5%", "−66.7%", "0%". */
export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined) return '—';
  let sign = '';
  if (change > 0) sign = '+';
  if (change < 0) sign = '−';
  return `${sign}${formatNumber(Math.abs(change), 1)}%`;
}

/** Whether a change is an improvement for the metric; null for none or no change. */
export function changeIsBetter(
  metric: Pick<OutcomeMetric, 'higherIsBetter'>,
  change: number | null | undefined,
): boolean | null {
  if (change === null || change === undefined || change === 0) return null;
  return metric.higherIsBetter ? change > 0 : change < 0;
}
