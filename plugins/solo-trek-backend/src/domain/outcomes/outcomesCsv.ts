import { stringify } from 'csv-stringify/sync';
import {
  OUTCOME_RATE_DAYS,
  OutcomeGroupSummary,
  OutcomeMetric,
} from '@internal/plugin-solo-trek-common';
import { SAFE_CSV } from '../csv';

/** One group of the export: the whole migration, a track or a team. */
export interface CsvGroup {
  type: 'overall' | 'track' | 'team';
  group: string;
  title: string;
  summary: OutcomeGroupSummary;
}

const blank = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : value;

/**
 * The scorecard as RFC 4180 CSV: a row per group and metric (before, after,
 * paired, change), then a satisfaction row per group. Sum metrics are rates
 * per 30 days, as on the dashboard; pulse scores are left empty where the
 * group is too small to show them.
 */
export function outcomesCsv(
  metrics: readonly OutcomeMetric[],
  groups: readonly CsvGroup[],
): string {
  const unitOf = (m: OutcomeMetric) =>
    m.aggregation === 'sum'
      ? `${m.unit} per ${OUTCOME_RATE_DAYS} days`
      : m.unit;
  const byId = new Map(metrics.map(m => [m.id, m]));
  const rows: Array<Array<string | number>> = [];
  for (const g of groups) {
    for (const s of g.summary.metrics) {
      const m = byId.get(s.metric);
      if (!m) continue;
      rows.push([
        g.type,
        g.group,
        g.title,
        g.summary.services,
        m.id,
        m.perspective,
        unitOf(m),
        m.higherIsBetter ? 'higher' : 'lower',
        s.before.services,
        blank(s.before.median),
        s.after.services,
        blank(s.after.median),
        s.paired.services,
        blank(s.paired.medianBefore),
        blank(s.paired.medianAfter),
        blank(s.paired.changePercent),
        s.paired.improved,
        s.paired.worsened,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ]);
    }
    const p = g.summary.satisfaction;
    const d = p.distribution;
    rows.push([
      g.type,
      g.group,
      g.title,
      g.summary.services,
      'satisfaction',
      'human',
      'score 1-5',
      'higher',
      ...Array.from({ length: 10 }, () => ''),
      p.responses,
      blank(p.mean),
      ...(d ? d : ['', '', '', '', '']),
    ]);
  }
  return stringify(rows, {
    ...SAFE_CSV,
    columns: [
      'group_type',
      'group',
      'title',
      'services',
      'metric',
      'perspective',
      'unit',
      'better',
      'services_before',
      'median_before',
      'services_after',
      'median_after',
      'paired_services',
      'paired_median_before',
      'paired_median_after',
      'change_percent',
      'improved',
      'worsened',
      'responses',
      'mean_score',
      'score_1',
      'score_2',
      'score_3',
      'score_4',
      'score_5',
    ],
  });
}
