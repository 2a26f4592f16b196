/*
 * Nudges on the wire: Backstage notifications that Solo Trek sends to move
 * the long tail, and what a card and the preview say about them. These
 * match the schemas of the same names in the backend's openapi.yaml.
 */

/**
 * The notification topics, one per kind of nudge, so a person can mute a
 * kind in their notification settings. @public
 */
export const SOLO_TREK_NUDGE_TOPICS = {
  /** Sunset countdown, stranded reminders and their escalations. */
  sunset: 'solo-trek.sunset',
  /** A must item that passed and now fails on a live service. */
  creed: 'solo-trek.creed',
  /** A waiver expires within a week. */
  waiver: 'solo-trek.waiver',
  /** A stage change someone else made (a pipeline, the platform team, the live signal). */
  stage: 'solo-trek.stage',
  /** Celebrations for everyone: a team at 100%, a wave, adoption, the Migration Hero. */
  milestone: 'solo-trek.milestone',
  /** A team's weekly digest, instead of one notification per service. */
  digest: 'solo-trek.digest',
} as const;

/** @public */
export type NudgeTopic =
  (typeof SOLO_TREK_NUDGE_TOPICS)[keyof typeof SOLO_TREK_NUDGE_TOPICS];

/** @public */
export type NudgeSeverity = 'critical' | 'high' | 'normal' | 'low';

/**
 * The next sunset reminder a service will get, on its card: "next reminder
 * in 12 days: 30 days to sunset". @public
 */
export type NextNudge = {
  /** YYYY-MM-DD, the day it is due (in the nudges' time zone). */
  on: string;
  /** Days from today. */
  inDays: number;
  topic: NudgeTopic;
  /** What it will say, e.g. `30 days to sunset`. */
  title: string;
};

/** Who a nudge goes to. @public */
export type NudgeRecipients = {
  /** Everyone: milestones are broadcast. */
  broadcast: boolean;
  /**
   * Groups (the notifications backend sends to their members) or people;
   * empty for a broadcast.
   */
  entityRefs: string[];
};

/** One notification the next sweep would send. @public */
export type NudgePreviewItem = {
  /** The nudge's identity in the migration; a sweep sends each key once. */
  key: string;
  topic: NudgeTopic;
  severity: NudgeSeverity;
  title: string;
  description: string;
  /** A path in the app, such as the service's Migration tab. */
  link: string;
  recipients: NudgeRecipients;
  /** The service it is about, if one. */
  entityRef?: string;
  /** The owning team it is about (digests, escalations). */
  team?: string;
  /** How many per-service nudges a digest carries; 0 for the others. */
  covers: number;
};

/** What the next sweep would send, for the platform team to check. @public */
export type NudgePreview = {
  migrationId: string;
  /** soloTrek.nudges.enabled: when false, nothing is sent. */
  enabled: boolean;
  generatedAt: string;
  /** Notifications the sweep would send, across all pages. */
  total: number;
  offset: number;
  /** Notifications per topic, across all pages. */
  byTopic: Record<string, number>;
  /** Per-service nudges folded into team digests. */
  folded: number;
  items: NudgePreviewItem[];
};
