import { OutcomeAggregation } from '@internal/plugin-solo-trek-common';
import { dayNumber } from './validatePoints';
import { DailyValue, StoredOutcomePoint } from './model';

/** The median; the mean of the middle two for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? sorted[mid]
    : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One day's value of a metric from its points. */
export function aggregateDay(
  aggregation: OutcomeAggregation,
  values: readonly number[],
): number {
  return aggregation === 'sum'
    ? values.reduce((sum, v) => sum + v, 0)
    : median(values);
}

type AggregationOf = (metric: string) => OutcomeAggregation | undefined;

/**
 * Raw points grouped per entity, metric, day and platform, each group made
 * one value as its metric aggregates: what the roll-up writes and what the
 * scorecard reads for days still kept raw, so both give the same numbers.
 * Points must come sorted by entity and metric (the table's key order), so
 * only one entity's metric is held at a time, however many points stream
 * by. Points of metrics no longer configured are left out.
 */
export class DailyAccumulator {
  private readonly open = new Map<
    string,
    { first: StoredOutcomePoint; day: number; values: number[] }
  >();
  private current: string | undefined;

  constructor(
    private readonly aggregationOf: AggregationOf,
    private readonly emit: (value: DailyValue, values: number[]) => void,
  ) {}

  add(p: StoredOutcomePoint) {
    if (!this.aggregationOf(p.metric)) return;
    const series = `${p.entityRef}|${p.metric}`;
    if (series !== this.current) {
      this.flush();
      this.current = series;
    }
    const day = dayNumber(p.at);
    const key = `${day}|${p.platform ?? ''}`;
    const group = this.open.get(key);
    if (group) group.values.push(p.value);
    else this.open.set(key, { first: p, day, values: [p.value] });
  }

  /** Emits the open groups; call once more after the last point. */
  flush() {
    for (const { first, day, values } of this.open.values()) {
      this.emit(
        {
          entityRef: first.entityRef,
          metric: first.metric,
          day,
          platform: first.platform,
          value: aggregateDay(this.aggregationOf(first.metric)!, values),
          points: values.length,
        },
        values,
      );
    }
    this.open.clear();
  }
}

/** Code-point order, the same in every locale. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** The daily values of points in any order. */
export function dailyValues(
  points: Iterable<StoredOutcomePoint>,
  aggregationOf: AggregationOf,
): DailyValue[] {
  const order = (p: StoredOutcomePoint) => `${p.entityRef}\u0000${p.metric}`;
  const sorted = [...points].sort((a, b) => compareText(order(a), order(b)));
  const out: DailyValue[] = [];
  const acc = new DailyAccumulator(aggregationOf, v => out.push(v));
  sorted.forEach(p => acc.add(p));
  acc.flush();
  return out;
}

/**
 * A day that was rolled up and got late points since (a report racing the
 * roll-up): sums add exactly; a median day keeps the median of its old
 * value, weighted by its point count, and the new points.
 */
export function mergeDay(
  aggregation: OutcomeAggregation,
  existing: { value: number; points: number },
  added: { value: number; points: number; values: readonly number[] },
): { value: number; points: number } {
  const points = existing.points + added.points;
  if (aggregation === 'sum') {
    return { value: existing.value + added.value, points };
  }
  const weighted = [
    ...Array.from(
      { length: Math.min(existing.points, 1000) },
      () => existing.value,
    ),
    ...added.values,
  ];
  return { value: median(weighted), points };
}
