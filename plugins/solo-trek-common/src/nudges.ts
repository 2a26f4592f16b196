import type { Schemas } from './wire';

/*
 * Nudges on the wire: Backstage notifications that Solo Trek sends to move
 * the long tail, and what a card and the preview say about them. Each type
 * is its schema in the backend's openapi.yaml, generated into
 * schema.generated.ts, or a part of one.
 */

/** @public */
export type NudgeTopic = Schemas['NudgeTopic'];

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
} as const satisfies Record<string, NudgeTopic>;

/** @public */
export type NudgeSeverity = Schemas['NudgeSeverity'];

/**
 * The next sunset reminder a service will get, on its card: "next reminder
 * in 12 days: 30 days to sunset". @public
 */
export type NextNudge = Schemas['NextNudge'];

/** Who a nudge goes to. @public */
export type NudgeRecipients = NudgePreviewItem['recipients'];

/** One notification the next sweep would send. @public */
export type NudgePreviewItem = Schemas['NudgePreviewItem'];

/** What the next sweep would send, for the platform team to check. @public */
export type NudgePreview = Schemas['NudgePreview'];
