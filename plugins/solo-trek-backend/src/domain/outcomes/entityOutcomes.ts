import { EntityOutcomeValue } from '@internal/plugin-solo-trek-common';
import { OutcomeMetricDefinition } from './metrics';
import { DailyValue, OutcomeService } from './model';
import { changePercent, isBetter, serviceOutcome } from './serviceOutcome';

const round = (value: number, decimals = 2) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

/**
 * One service's own numbers for its card: each metric it reported, before
 * and after its go-live, computed exactly as the scorecard computes them.
 */
export function entityOutcomeValues(
  service: OutcomeService,
  values: readonly DailyValue[],
  metrics: ReadonlyMap<string, OutcomeMetricDefinition>,
  now: Date,
  comparisonDays: number,
): EntityOutcomeValue[] {
  const outcome = serviceOutcome(service, values, metrics, now, comparisonDays);
  const out: EntityOutcomeValue[] = [];
  for (const metric of metrics.values()) {
    const sides = outcome.byMetric.get(metric.id);
    if (!sides || (sides.before === undefined && sides.after === undefined)) {
      continue;
    }
    const both = sides.before !== undefined && sides.after !== undefined;
    const change = both ? changePercent(sides.before!, sides.after!) : null;
    out.push({
      metric: metric.id,
      before: sides.before === undefined ? null : round(sides.before),
      after: sides.after === undefined ? null : round(sides.after),
      changePercent: change === null ? null : round(change, 1),
      better: both ? isBetter(metric, sides.before!, sides.after!) : null,
    });
  }
  return out;
}
