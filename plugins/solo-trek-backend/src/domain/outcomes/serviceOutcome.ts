import {
  OUTCOME_RATE_DAYS,
  OutcomePlatform,
} from '@internal/plugin-solo-trek-common';
import { median } from './daily';
import { OutcomeMetricDefinition } from './metrics';
import { DailyValue, OutcomeService } from './model';
import { dayNumber } from './validatePoints';

/**
 * A sum metric's rate needs at least this many observed days: two days of
 * deployments scaled to 30 would swing a service's rate fifteenfold.
 */
export const MIN_WINDOW_DAYS = 7;

/** The series groups days by week, aligned on each service's go-live. */
export const BUCKET_DAYS = 7;

/** Days [start, end), in days since 1970. */
export interface DayWindow {
  start: number;
  end: number;
}

/** One service's values of one metric on each side of its go-live. */
export interface MetricSides {
  before?: number;
  after?: number;
}

export interface ServiceOutcome {
  entityRef: string;
  /** Whether the service reported any point at all. */
  reporting: boolean;
  byMetric: Map<string, MetricSides>;
  /** Per metric, per week from go-live (−1 is the week before), the week's value. */
  weeks: Map<string, Map<number, number>>;
}

function clip(window: DayWindow, bounds: DayWindow): DayWindow | undefined {
  const start = Math.max(window.start, bounds.start);
  const end = Math.min(window.end, bounds.end);
  return end > start ? { start, end } : undefined;
}

/**
 * The platform a day's value describes: the reporter's word, else the
 * service's state that day (new from its go-live day on).
 */
export function platformOf(
  v: Pick<DailyValue, 'platform' | 'day'>,
  goLiveDay: number | null,
): OutcomePlatform {
  return (
    v.platform ?? (goLiveDay !== null && v.day >= goLiveDay ? 'new' : 'old')
  );
}

/**
 * The comparison windows of one service. Before: the `comparisonDays` up to
 * its go-live (up to today while it is not live): the old platform as it
 * was last. After: the latest `comparisonDays` on the new platform, from its
 * go-live at the earliest (for a service not live, from its first point
 * reported as new): the new platform as it is now, which is what "did it
 * get better" asks, and what a service that moved before anyone reported
 * still has. Both are cut to the days the service was observed, from its
 * first point of any metric to its last and never past today: a service
 * that reports nothing on a day it was observed had zero incidents that
 * day, while days before it reported anything do not count.
 */
export function comparisonWindows(
  service: Pick<OutcomeService, 'goLive'>,
  values: readonly DailyValue[],
  now: Date,
  comparisonDays: number,
): { observed?: DayWindow; before?: DayWindow; after?: DayWindow } {
  if (values.length === 0) return {};
  const today = dayNumber(now);
  let first = Infinity;
  let last = -Infinity;
  let firstNew = Infinity;
  for (const v of values) {
    if (v.day < first) first = v.day;
    if (v.day > last) last = v.day;
    if (v.platform === 'new' && v.day < firstNew) firstNew = v.day;
  }
  const observed = { start: first, end: Math.min(last, today) + 1 };
  const goLiveDay = service.goLive ? dayNumber(service.goLive) : null;
  const beforeEnd = goLiveDay ?? today + 1;
  const before = clip(
    { start: beforeEnd - comparisonDays, end: beforeEnd },
    observed,
  );
  const afterStart = goLiveDay ?? (Number.isFinite(firstNew) ? firstNew : null);
  const after =
    afterStart === null
      ? undefined
      : clip(
          {
            start: Math.max(afterStart, observed.end - comparisonDays),
            end: observed.end,
          },
          observed,
        );
  return { observed, before, after };
}

/** A side's value of one metric: the median of its days, or a rate per 30 days. */
function sideValue(
  metric: OutcomeMetricDefinition,
  days: readonly number[],
  window: DayWindow | undefined,
): number | undefined {
  if (!window) return undefined;
  if (metric.aggregation === 'median') {
    return days.length > 0 ? median(days) : undefined;
  }
  const length = window.end - window.start;
  if (length < MIN_WINDOW_DAYS) return undefined;
  const total = days.reduce((sum, v) => sum + v, 0);
  return (total * OUTCOME_RATE_DAYS) / length;
}

/**
 * One service's scorecard: for each metric it reported, its value before
 * and after go-live, and the weekly values around go-live for the series.
 * A sum metric counts days without points as zero once the service has
 * reported that metric at all; a metric it never reported has no value.
 */
export function serviceOutcome(
  service: OutcomeService,
  values: readonly DailyValue[],
  metrics: ReadonlyMap<string, OutcomeMetricDefinition>,
  now: Date,
  comparisonDays: number,
): ServiceOutcome {
  const out: ServiceOutcome = {
    entityRef: service.entityRef,
    reporting: values.length > 0,
    byMetric: new Map(),
    weeks: new Map(),
  };
  const { observed, before, after } = comparisonWindows(
    service,
    values,
    now,
    comparisonDays,
  );
  if (!observed) return out;
  const goLiveDay = service.goLive ? dayNumber(service.goLive) : null;
  const inWindow = (day: number, w?: DayWindow) =>
    w !== undefined && day >= w.start && day < w.end;

  const byMetric = new Map<string, DailyValue[]>();
  for (const v of values) {
    if (!metrics.has(v.metric)) continue;
    const list = byMetric.get(v.metric);
    if (list) list.push(v);
    else byMetric.set(v.metric, [v]);
  }

  const weekRange = Math.ceil(comparisonDays / BUCKET_DAYS);
  for (const [id, list] of byMetric) {
    const metric = metrics.get(id)!;
    const beforeDays: number[] = [];
    const afterDays: number[] = [];
    for (const v of list) {
      const side = platformOf(v, goLiveDay);
      if (side === 'old' && inWindow(v.day, before)) beforeDays.push(v.value);
      if (side === 'new' && inWindow(v.day, after)) afterDays.push(v.value);
    }
    const sides: MetricSides = {};
    const b = sideValue(metric, beforeDays, before);
    const a = sideValue(metric, afterDays, after);
    if (b !== undefined) sides.before = b;
    if (a !== undefined) sides.after = a;
    out.byMetric.set(id, sides);

    if (goLiveDay === null) continue;
    // Weeks around go-live: week w holds days goLive + 7w … goLive + 7w + 6.
    const weekValues = new Map<number, number[]>();
    for (const v of list) {
      const week = Math.floor((v.day - goLiveDay) / BUCKET_DAYS);
      if (week < -weekRange || week >= weekRange) continue;
      if (platformOf(v, goLiveDay) !== (week < 0 ? 'old' : 'new')) continue;
      const bucket = weekValues.get(week);
      if (bucket) bucket.push(v.value);
      else weekValues.set(week, [v.value]);
    }
    const weeks = new Map<number, number>();
    if (metric.aggregation === 'median') {
      for (const [week, days] of weekValues) weeks.set(week, median(days));
    } else {
      // Only whole observed weeks: a part week would read as a drop.
      for (let week = -weekRange; week < weekRange; week++) {
        const start = goLiveDay + week * BUCKET_DAYS;
        if (start < observed.start || start + BUCKET_DAYS > observed.end) {
          continue;
        }
        const total = (weekValues.get(week) ?? []).reduce((s, v) => s + v, 0);
        weeks.set(week, (total * OUTCOME_RATE_DAYS) / BUCKET_DAYS);
      }
    }
    out.weeks.set(id, weeks);
  }
  return out;
}

/** (after − before) / |before| in %, or null when before is 0. */
export function changePercent(before: number, after: number): number | null {
  if (before === 0) return null;
  return ((after - before) / Math.abs(before)) * 100;
}

/** Whether after is better than before, in the metric's direction; null on a tie. */
export function isBetter(
  metric: Pick<OutcomeMetricDefinition, 'higherIsBetter'>,
  before: number,
  after: number,
): boolean | null {
  if (after === before) return null;
  return metric.higherIsBetter ? after > before : after < before;
}
