import type { LeaderboardBadge, LeaderboardPeriod } from './aggregates';
import type { Track } from './api';
import type { MigrationStage } from './stages';

/*
 * Why a team has its leaderboard score (issue 17). These match the schemas
 * of the same names in the backend's openapi.yaml.
 */

/** The score's parameters, as the leaderboard applied them. @public */
export type LeaderboardScoring = {
  earlinessWeight: number;
  complianceWeight: number;
  /** The prior's strength, in services at the organisation's mean. */
  priorStrength: number;
  /** The prior's centre: the organisation's mean per service, as a score (0–100). */
  organisationMean: number;
  /** The most one service can earn: (1 + earlinessWeight) × (1 + complianceWeight). */
  maxPoints: number;
};

/**
 * What a done service's earliness was measured against: the migration
 * window (Solo Trek), its wave's planned end (Caravan), or nothing (a
 * Caravan service with no planned wave, scored neutrally). @public
 */
export type EarlinessBasis = 'window' | 'wave' | 'no-wave';

/** One service's part in its team's score. @public */
export type ServiceScoreInfo = {
  entityRef: string;
  title?: string;
  stage: MigrationStage;
  track: Track;
  /** When it went live (or was retired); null when it is not done. */
  migratedAt: string | null;
  /** Its points count in the period: done, and (for `month`) done this month. */
  counted: boolean;
  /** 0–1; null when it is not done. */
  earliness: number | null;
  earlinessBasis: EarlinessBasis | null;
  /** The planned end of its wave, when earliness was measured against it. */
  plannedEnd: string | null;
  /** 0–1: passed items plus half the waived ones, over all; null when not done. */
  compliance: number | null;
  waivedItems: number;
  points: number;
};

/** A badge a team earned, with the rule and how the team met it. @public */
export type BadgeExplanation = {
  badge: LeaderboardBadge;
  rule: string;
  detail: string;
};

/** The breakdown of one team's score. @public */
export type TeamScoreExplanation = {
  migrationId: string;
  period: LeaderboardPeriod;
  periodStart: string;
  team: string;
  title: string;
  rank: number;
  /** The score on the leaderboard, with the prior. */
  score: number;
  /** The score of the team's own services alone: 100 × Σ points / (n × maxPoints). */
  rawScore: number;
  /** score − rawScore: what the prior added (or took away). */
  priorEffect: number;
  migrated: number;
  total: number;
  scoring: LeaderboardScoring;
  /** The services the caller may read, most points first. */
  services: ServiceScoreInfo[];
  /** Services of the team the caller may not read: counted, not named. */
  hiddenServices: { count: number; points: number };
  badges: BadgeExplanation[];
};
