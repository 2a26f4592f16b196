import type { Schemas } from './wire';

/*
 * Why a team has its leaderboard score (issue 17). Each type is its schema
 * in the backend's openapi.yaml, generated into schema.generated.ts, or a
 * part of one.
 */

/** The score's parameters, as the leaderboard applied them. @public */
export type LeaderboardScoring = Schemas['LeaderboardScoring'];

/**
 * What a done service's earliness was measured against: the migration
 * window (Solo Trek), its wave's planned end (Caravan), or nothing (a
 * Caravan service with no planned wave, scored neutrally). @public
 */
export type EarlinessBasis = NonNullable<ServiceScoreInfo['earlinessBasis']>;

/** One service's part in its team's score. @public */
export type ServiceScoreInfo =
  Schemas['TeamScoreExplanation']['services'][number];

/** A badge a team earned, with the rule and how the team met it. @public */
export type BadgeExplanation =
  Schemas['TeamScoreExplanation']['badges'][number];

/** The breakdown of one team's score. @public */
export type TeamScoreExplanation = Schemas['TeamScoreExplanation'];
