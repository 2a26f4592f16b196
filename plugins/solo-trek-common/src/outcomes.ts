import { Track } from './api';

/*
 * Outcomes: the balanced scorecard, before and after the move. Wire types of
 * POST /facts and the outcomes routes; they match the schemas of the same
 * names in the backend's openapi.yaml.
 */

/** The four perspectives of the article's balanced scorecard. @public */
export type OutcomePerspective =
  | 'business'
  | 'technical'
  | 'financial'
  | 'human';

/** The perspectives in the order the dashboard shows them. @public */
export const OUTCOME_PERSPECTIVES: OutcomePerspective[] = [
  'business',
  'technical',
  'financial',
  'human',
];

/** How one day's points of a metric become one value. @public */
export type OutcomeAggregation = 'sum' | 'median';

/** Which side of the move a point describes. @public */
export type OutcomePlatform = 'old' | 'new';

/**
 * Sum metrics (deployments, incidents) are compared as a rate: per service,
 * the total over its comparison window scaled to this many days. @public
 */
export const OUTCOME_RATE_DAYS = 30;

/** One data point for POST /facts. @public */
export type OutcomePoint = {
  /** A catalog entity ref with its kind, e.g. component:default/ledger. */
  entityRef: string;
  /** A built-in metric or one configured under soloTrek.outcomes.metrics. */
  metric: string;
  /** A finite number; built-in metrics are never negative. */
  value: number;
  /** ISO 8601 with a time zone (2026-11-03T10:15:00Z), or a date (UTC midnight). */
  at: string;
  /** Defaults to the service's state at `at`: old before its go-live, new after. */
  platform?: OutcomePlatform;
};

/** @public */
export type ReportOutcomesRequest = { points: OutcomePoint[] };

/** A point that was not stored, by its index in the batch. @public */
export type RejectedOutcomePoint = { index: number; message: string };

/**
 * What POST /facts stored. With 200 `rejected` is empty; with 400 it lists
 * every refused point and the others were stored. @public
 */
export type ReportOutcomesResponse = {
  accepted: number;
  rejected: RejectedOutcomePoint[];
};

/** A metric of the scorecard. @public */
export type OutcomeMetric = {
  id: string;
  title: string;
  unit: string;
  aggregation: OutcomeAggregation;
  higherIsBetter: boolean;
  perspective: OutcomePerspective;
  builtIn: boolean;
};

/** Per-service values on one platform: how many services, and their median. @public */
export type OutcomeSide = { services: number; median: number | null };

/** The services that have a value on both platforms. @public */
export type OutcomePairing = {
  services: number;
  medianBefore: number | null;
  medianAfter: number | null;
  /** (after − before) / before of the paired medians, in %; null without pairs or from 0. */
  changePercent: number | null;
  /** Paired services that got better (in the metric's direction). */
  improved: number;
  worsened: number;
};

/** @public */
export type OutcomeMetricSummary = {
  metric: string;
  before: OutcomeSide;
  after: OutcomeSide;
  paired: OutcomePairing;
};

/**
 * Pulse answers of a group. `distribution` (counts of scores 1 to 5) and
 * `mean` are null when fewer people than `minGroupSize` answered, so no
 * answer can be traced to a person. @public
 */
export type SatisfactionSummary = {
  responses: number;
  services: number;
  distribution: number[] | null;
  mean: number | null;
};

/** @public */
export type OutcomeGroupSummary = {
  /** In-scope services of the group. */
  services: number;
  metrics: OutcomeMetricSummary[];
  satisfaction: SatisfactionSummary;
};

/** One week of a metric, aligned on each service's go-live. @public */
export type OutcomeSeriesPoint = {
  /** Days from go-live to the bucket's first day: −7 is the week before. */
  day: number;
  services: number;
  median: number;
};

/** @public */
export type OutcomeSeries = { metric: string; points: OutcomeSeriesPoint[] };

/** @public */
export type OutcomeTrackSummary = OutcomeGroupSummary & { track: Track };

/** The outcomes section of the dashboard: the same for every signed-in caller. @public */
export type OutcomesReport = {
  migrationId: string;
  generatedAt: string;
  from: string;
  to: string;
  /** Days before and after go-live each service is compared over. */
  comparisonDays: number;
  /** Days a sum metric's rate is given per. */
  rateDays: number;
  /** Days per point of the series. */
  bucketDays: number;
  metrics: OutcomeMetric[];
  overall: OutcomeGroupSummary;
  byTrack: OutcomeTrackSummary[];
  series: OutcomeSeries[];
  pulse: { question: string; delayDays: number; minGroupSize: number };
  /** In-scope services that reported at least one point. */
  reportingServices: number;
  teamCount: number;
};

/** @public */
export type OutcomeTeam = OutcomeGroupSummary & {
  team: string;
  title: string;
};

/** @public */
export type OutcomeTeamsPage = {
  migrationId: string;
  generatedAt: string;
  total: number;
  offset: number;
  items: OutcomeTeam[];
};

/** @public */
export type OutcomeTeamsQuery = { limit?: number; offset?: number; q?: string };

/**
 * A pulse comment, for the platform team: never who wrote it. `team` is
 * null when fewer than minGroupSize people of the team answered. @public
 */
export type PulseComment = {
  score: number;
  comment: string;
  team: string | null;
  /** YYYY-MM of the answer. */
  month: string;
};

/** @public */
export type PulseCommentsPage = {
  migrationId: string;
  total: number;
  offset: number;
  items: PulseComment[];
};

/** The caller's own pulse answer. @public */
export type PulseAnswer = {
  score: number;
  comment: string | null;
  answeredAt: string;
  updatedAt: string;
};

/**
 * The satisfaction pulse of one service, as the caller sees it: `open`
 * from `opensAt` (pulse.delayDays after go-live). @public
 */
export type EntityPulse = {
  question: string;
  status: 'not-live' | 'not-yet' | 'open';
  opensAt: string | null;
  /** The caller owns the service and may answer (or change the answer). */
  canAnswer: boolean;
  answer: PulseAnswer | null;
};

/** @public */
export type PulseAnswerRequest = { score: number; comment?: string };

/** One metric of one service, before and after. @public */
export type EntityOutcomeValue = {
  metric: string;
  before: number | null;
  after: number | null;
  changePercent: number | null;
  /** Whether after is better than before; null without both. */
  better: boolean | null;
};

/** The service card's before/after strip and pulse. @public */
export type EntityOutcomes = {
  migrationId: string;
  entityRef: string;
  goLiveAt: string | null;
  comparisonDays: number;
  rateDays: number;
  metrics: OutcomeMetric[];
  values: EntityOutcomeValue[];
  pulse: EntityPulse;
};
