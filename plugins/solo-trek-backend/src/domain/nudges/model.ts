import {
  Level,
  MigrationStage,
  NudgeSeverity,
  NudgeTopic,
  Track,
} from '@internal/plugin-solo-trek-common';

/** What the sweep reads of one stored result: no checks, no evidence. */
export interface NudgeRow {
  entityRef: string;
  title: string | null;
  ownerRef: string | null;
  stage: MigrationStage;
  live: boolean;
  criticality: Level;
  track: Track;
  /** The wave set through the API, else the annotation's. */
  wave: string | null;
  stageChangedAt: Date;
  migratedAt: Date | null;
  /** Creed item id → the rule's outcome. */
  outcomes: Record<string, string>;
}

/** The must items a live service passed when a sweep last looked. */
export interface Observation {
  passing: string[];
  observedAt: Date;
}

export type NudgeKind =
  | 'sunset'
  | 'escalation'
  | 'creed'
  | 'waiver'
  | 'stage'
  | 'team-complete'
  | 'wave-complete'
  | 'adoption'
  | 'hero'
  | 'digest'
  | 'escalation-digest';

/** Everyone, or groups and people (the notifications backend resolves groups to members). */
export type NudgeRecipients =
  | { type: 'broadcast' }
  | { type: 'entity'; entityRefs: string[]; exclude?: string[] };

/** Where a per-service nudge goes when its recipients have too many at once. */
export interface Fold {
  /** A team digest (to the owners) or an escalation digest (to one escalation group). */
  kind: 'team' | 'escalation';
  /** The owner team, or the escalation group. */
  by: string;
}

/** One notification Solo Trek may send. */
export interface Nudge {
  /**
   * The nudge's identity within its migration: recorded once sent, and
   * the notification's scope, so sending it again updates, never duplicates.
   */
  key: string;
  kind: NudgeKind;
  topic: NudgeTopic;
  severity: NudgeSeverity;
  title: string;
  description: string;
  /** A path in the app. */
  link: string;
  recipients: NudgeRecipients;
  entityRef?: string;
  /** The owning team it is about. */
  team?: string;
  /** Per-service nudges that may be folded into a digest. */
  fold?: Fold;
  /** Not sent once any of these keys is recorded (a higher adoption threshold). */
  supersededBy?: string[];
  /** A digest: the per-service nudges it carries. */
  covers?: Nudge[];
  /** Every entity ref the text names, so a preview shows it only to who may read them all. */
  names: string[];
  /** Extra data for notification processors (email, chat). */
  metadata?: Record<string, string | number | boolean | null>;
}

/** Who hears of a team's escalations: a group and the refs the notification goes to. */
export interface EscalationRecipients {
  group: string;
  entityRefs: string[];
}
