import { OutcomePlatform, Track } from '@internal/plugin-solo-trek-common';

/*
 * Outcome points and pulse answers as plain data. The store keeps them
 * (src/database/outcomes.ts); the domain computes the scorecard from them.
 */

/** One stored point, as reported. */
export interface StoredOutcomePoint {
  entityRef: string;
  metric: string;
  at: Date;
  value: number;
  /** Set only when the reporter said so; otherwise derived from go-live. */
  platform: OutcomePlatform | null;
}

/** One entity's metric on one day: raw points aggregated, or a rolled-up row. */
export interface DailyValue {
  entityRef: string;
  metric: string;
  /** Days since 1970-01-01, UTC. */
  day: number;
  platform: OutcomePlatform | null;
  /** The day's sum or median, as the metric aggregates. */
  value: number;
  /** How many points made it. */
  points: number;
}

/** An in-scope service of a migration, as the scorecard groups it. */
export interface OutcomeService {
  entityRef: string;
  ownerRef: string | null;
  track: Track;
  /** When it went live on the new platform; null while it is not live. */
  goLive: Date | null;
}

/** One person's pulse answer for one service. */
export interface PulseAnswerRow {
  migrationId: string;
  entityRef: string;
  respondent: string;
  score: number;
  comment: string | null;
  answeredAt: Date;
  updatedAt: Date;
}
