import {
  OutcomeGroupSummary,
  OutcomeMetricSummary,
  OutcomeSeries,
  SatisfactionSummary,
  Track,
} from '@internal/plugin-solo-trek-common';
import { compareText, median } from './daily';
import { OutcomeMetricDefinition } from './metrics';
import { DailyValue, OutcomeService, PulseAnswerRow } from './model';
import {
  BUCKET_DAYS,
  changePercent,
  isBetter,
  ServiceOutcome,
  serviceOutcome,
} from './serviceOutcome';

/** Figures are rounded to this many decimals: enough for a tile, stable in tests. */
const round = (value: number, decimals = 2) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};
const roundOrNull = (value: number | null, decimals = 2) =>
  value === null ? null : round(value, decimals);

/** Before, after and paired figures of one metric over a group's services. */
export function summarizeMetric(
  metric: OutcomeMetricDefinition,
  outcomes: readonly ServiceOutcome[],
): OutcomeMetricSummary {
  const before: number[] = [];
  const after: number[] = [];
  const pairedBefore: number[] = [];
  const pairedAfter: number[] = [];
  let improved = 0;
  let worsened = 0;
  for (const o of outcomes) {
    const sides = o.byMetric.get(metric.id);
    if (!sides) continue;
    if (sides.before !== undefined) before.push(sides.before);
    if (sides.after !== undefined) after.push(sides.after);
    if (sides.before !== undefined && sides.after !== undefined) {
      pairedBefore.push(sides.before);
      pairedAfter.push(sides.after);
      const better = isBetter(metric, sides.before, sides.after);
      if (better === true) improved++;
      if (better === false) worsened++;
    }
  }
  const medianBefore = pairedBefore.length ? median(pairedBefore) : null;
  const medianAfter = pairedAfter.length ? median(pairedAfter) : null;
  return {
    metric: metric.id,
    before: {
      services: before.length,
      median: before.length ? round(median(before)) : null,
    },
    after: {
      services: after.length,
      median: after.length ? round(median(after)) : null,
    },
    paired: {
      services: pairedBefore.length,
      medianBefore: roundOrNull(medianBefore),
      medianAfter: roundOrNull(medianAfter),
      changePercent:
        medianBefore === null || medianAfter === null
          ? null
          : roundOrNull(changePercent(medianBefore, medianAfter), 1),
      improved,
      worsened,
    },
  };
}

/**
 * The pulse answers of a group. Scores show only when at least
 * `minGroupSize` people answered: fewer, and a team's distribution could be
 * one person's answer.
 */
export function summarizeSatisfaction(
  answers: readonly Pick<PulseAnswerRow, 'entityRef' | 'score'>[],
  minGroupSize: number,
): SatisfactionSummary {
  const distribution = [0, 0, 0, 0, 0];
  const services = new Set<string>();
  let total = 0;
  for (const a of answers) {
    distribution[a.score - 1]++;
    services.add(a.entityRef);
    total += a.score;
  }
  const shown = answers.length >= minGroupSize && answers.length > 0;
  return {
    responses: answers.length,
    services: services.size,
    distribution: shown ? distribution : null,
    mean: shown ? round(total / answers.length) : null,
  };
}

/** The weekly series of one metric: per week, the median over services. */
function seriesOf(
  metric: OutcomeMetricDefinition,
  outcomes: readonly ServiceOutcome[],
): OutcomeSeries {
  const byWeek = new Map<number, number[]>();
  for (const o of outcomes) {
    for (const [week, value] of o.weeks.get(metric.id) ?? []) {
      const list = byWeek.get(week);
      if (list) list.push(value);
      else byWeek.set(week, [value]);
    }
  }
  return {
    metric: metric.id,
    points: [...byWeek.entries()]
      .sort(([a], [b]) => a - b)
      .map(([week, values]) => ({
        day: week * BUCKET_DAYS,
        services: values.length,
        median: round(median(values)),
      })),
  };
}

export interface ScorecardInput {
  metrics: ReadonlyMap<string, OutcomeMetricDefinition>;
  services: readonly OutcomeService[];
  /** Daily values of any entities; those of services not listed are ignored. */
  daily: Iterable<DailyValue>;
  answers: readonly Pick<PulseAnswerRow, 'entityRef' | 'score'>[];
  now: Date;
  comparisonDays: number;
  minGroupSize: number;
}

export interface Scorecard {
  overall: OutcomeGroupSummary;
  byTrack: Array<OutcomeGroupSummary & { track: Track }>;
  /** Every owning team, by team ref order; titles are added by the caller. */
  byTeam: Array<OutcomeGroupSummary & { team: string }>;
  series: OutcomeSeries[];
  reportingServices: number;
}

/**
 * The balanced scorecard of one migration: for each metric, the median of
 * the per-service values before and after go-live, the services with both
 * paired, per track and per owning team, the weekly series aligned on
 * go-live, and the pulse as a distribution. Services count for their
 * current owner, as everywhere else.
 */
export function computeScorecard(input: ScorecardInput): Scorecard {
  const { metrics, services, now, comparisonDays, minGroupSize } = input;
  const inScope = new Map(services.map(s => [s.entityRef, s]));
  const valuesOf = new Map<string, DailyValue[]>();
  for (const v of input.daily) {
    if (!inScope.has(v.entityRef)) continue;
    const list = valuesOf.get(v.entityRef);
    if (list) list.push(v);
    else valuesOf.set(v.entityRef, [v]);
  }
  const outcomes = new Map<string, ServiceOutcome>();
  for (const s of services) {
    outcomes.set(
      s.entityRef,
      serviceOutcome(
        s,
        valuesOf.get(s.entityRef) ?? [],
        metrics,
        now,
        comparisonDays,
      ),
    );
  }
  const answersOf = new Map<string, Array<ScorecardInput['answers'][number]>>();
  for (const a of input.answers) {
    if (!inScope.has(a.entityRef)) continue;
    const list = answersOf.get(a.entityRef);
    if (list) list.push(a);
    else answersOf.set(a.entityRef, [a]);
  }

  const group = (members: readonly OutcomeService[]): OutcomeGroupSummary => {
    const list = members.map(s => outcomes.get(s.entityRef)!);
    return {
      services: members.length,
      metrics: [...metrics.values()].map(m => summarizeMetric(m, list)),
      satisfaction: summarizeSatisfaction(
        members.flatMap(s => answersOf.get(s.entityRef) ?? []),
        minGroupSize,
      ),
    };
  };
  const groupBy = (key: (s: OutcomeService) => string | null) => {
    const groups = new Map<string, OutcomeService[]>();
    for (const s of services) {
      const k = key(s);
      if (k === null) continue;
      const list = groups.get(k);
      if (list) list.push(s);
      else groups.set(k, [s]);
    }
    return [...groups.entries()].sort(([a], [b]) => compareText(a, b));
  };

  const all = [...outcomes.values()];
  return {
    overall: group(services),
    byTrack: groupBy(s => s.track).map(([track, members]) => ({
      track: track as Track,
      ...group(members),
    })),
    byTeam: groupBy(s => s.ownerRef).map(([team, members]) => ({
      team,
      ...group(members),
    })),
    series: [...metrics.values()].map(m => seriesOf(m, all)),
    reportingServices: all.filter(o => o.reporting).length,
  };
}
