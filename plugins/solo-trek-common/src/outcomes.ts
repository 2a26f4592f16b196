import type { PageQuery } from './aggregates';
import type { RequestBody, Schemas } from './wire';

/*
 * Outcomes: the balanced scorecard, before and after the move. Wire types of
 * POST /facts and the outcomes routes: each is its schema in the backend's
 * openapi.yaml, generated into schema.generated.ts, or a part of one. Field
 * documentation lives in the spec's descriptions.
 */

/** The four perspectives of the article's balanced scorecard. @public */
export type OutcomePerspective = Schemas['OutcomePerspective'];

/** The perspectives in the order the dashboard shows them. @public */
export const OUTCOME_PERSPECTIVES: OutcomePerspective[] = [
  'business',
  'technical',
  'financial',
  'human',
];

/** How one day's points of a metric become one value. @public */
export type OutcomeAggregation = Schemas['OutcomeMetric']['aggregation'];

/** Which side of the move a point describes. @public */
export type OutcomePlatform = Schemas['OutcomePlatform'];

/**
 * Sum metrics (deployments, incidents) are compared as a rate: per service,
 * the total over its comparison window scaled to this many days. @public
 */
export const OUTCOME_RATE_DAYS = 30;

/** One data point for POST /facts. @public */
export type OutcomePoint = Schemas['OutcomePoint'];

/**
 * The body of POST /facts as a client sends it. The spec takes `points` as
 * any array (`unknown[]`) on purpose: the router must not refuse the whole
 * batch for one bad point, so the backend checks each point on its own
 * (`validatePoints.ts`). A client sends well-formed points. @public
 */
export type ReportOutcomesRequest = Omit<
  RequestBody<'ReportOutcomes'>,
  'points'
> & { points: OutcomePoint[] };

/** A point that was not stored, by its index in the batch. @public */
export type RejectedOutcomePoint = Schemas['RejectedOutcomePoint'];

/**
 * What POST /facts stored. With 200 `rejected` is empty; with 400 it lists
 * every refused point and the others were stored. @public
 */
export type ReportOutcomesResponse = Schemas['ReportOutcomesResponse'];

/** A metric of the scorecard. @public */
export type OutcomeMetric = Schemas['OutcomeMetric'];

/** Per-service values on one platform: how many services, and their median. @public */
export type OutcomeSide = Schemas['OutcomeSide'];

/** The services that have a value on both platforms. @public */
export type OutcomePairing = Schemas['OutcomePairing'];

/** @public */
export type OutcomeMetricSummary = Schemas['OutcomeMetricSummary'];

/**
 * Pulse answers of a group. `distribution` (counts of scores 1 to 5) and
 * `mean` are null when fewer people than `minGroupSize` answered, so no
 * answer can be traced to a person. @public
 */
export type SatisfactionSummary = Schemas['SatisfactionSummary'];

/** @public */
export type OutcomeGroupSummary = Schemas['OutcomeGroupSummary'];

/** One week of a metric, aligned on each service's go-live. @public */
export type OutcomeSeriesPoint = Schemas['OutcomeSeries']['points'][number];

/** @public */
export type OutcomeSeries = Schemas['OutcomeSeries'];

/** @public */
export type OutcomeTrackSummary = Schemas['OutcomesReport']['byTrack'][number];

/** The outcomes section of the dashboard: the same for every signed-in caller. @public */
export type OutcomesReport = Schemas['OutcomesReport'];

/** @public */
export type OutcomeTeam = Schemas['OutcomeTeam'];

/** @public */
export type OutcomeTeamsPage = Schemas['OutcomeTeamsPage'];

/** Paging and filtering of the outcome teams, as the client takes them. @public */
export type OutcomeTeamsQuery = PageQuery & { q?: string };

/**
 * A pulse comment, for the platform team: never who wrote it. `team` is
 * null when fewer than minGroupSize people of the team answered. @public
 */
export type PulseComment = Schemas['PulseCommentsPage']['items'][number];

/** @public */
export type PulseCommentsPage = Schemas['PulseCommentsPage'];

/** The caller's own pulse answer. @public */
export type PulseAnswer = NonNullable<Schemas['EntityPulse']['answer']>;

/**
 * The satisfaction pulse of one service, as the caller sees it: `open`
 * from `opensAt` (pulse.delayDays after go-live). @public
 */
export type EntityPulse = Schemas['EntityPulse'];

/** @public */
export type PulseAnswerRequest = RequestBody<'AnswerPulse'>;

/** One metric of one service, before and after. @public */
export type EntityOutcomeValue = Schemas['EntityOutcomes']['values'][number];

/** The service card's before/after strip and pulse. @public */
export type EntityOutcomes = Schemas['EntityOutcomes'];
