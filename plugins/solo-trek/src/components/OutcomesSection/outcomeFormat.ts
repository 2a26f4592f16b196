import { OutcomeMetric } from '@internal/plugin-solo-trek-common';
import { formatNumber } from '../../lib/format';
import { SoloTrekT } from '../../translation';

// The perspectives' titles and descriptions are in soloTrekTranslationRef's
// `outcomePerspectives` group.

/** The unit a service's value is in: sum metrics are rates per `rateDays`. */
export function unitOf(
  metric: OutcomeMetric,
  rateDays: number,
  t: SoloTrekT,
): string {
  return metric.aggregation === 'sum'
    ? t('outcomePerspectives.unitPerDays', {
        unit: metric.unit,
        days: formatNumber(rateDays, 0),
      })
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
  t: SoloTrekT,
): string {
  if (value === null || value === undefined) return '—';
  const digits = Math.abs(value) >= 100 ? 0 : 1;
  const unit =
    metric.aggregation === 'sum'
      ? t('outcomePerspectives.perDays', { days: formatNumber(rateDays, 0) })
      : metric.unit;
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
