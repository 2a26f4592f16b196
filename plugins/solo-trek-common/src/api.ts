import { MigrationStage } from './stages';
import type {
  CardWave,
  RollbackInfo,
  SegmentationExplanation,
  TrackDecisionInfo,
  TrackContracts,
  TrackDrift,
} from './caravan';
import type { NextNudge } from './nudges';

/** @public */
export type StageSource = 'live' | 'annotation' | 'api' | 'default';
/** @public */
export type Level = 'low' | 'high';
/** @public */
export type Track = 'solo-trek' | 'caravan';
/** @public */
export type CheckStatus = 'pass' | 'fail' | 'waived' | 'unknown';
/** @public */
export type CreedSeverity = 'must' | 'should';

/** @public */
export type Remediation = {
  text: string;
  url?: string;
  /**
   * A scaffolder template that fixes the item, as a full ref
   * (template:default/add-prometheus-metrics); it takes the service as its
   * `entityRef` parameter.
   */
  template?: string;
};

/** @public */
export type CreedItemInfo = {
  id: string;
  title: string;
  description?: string;
  severity: CreedSeverity;
  waivable: boolean;
  /** The rule in words. */
  rule: string;
  remediation?: Remediation;
};

/** @public */
export type ScanInfo = {
  startedAt?: string;
  finishedAt?: string;
  entities?: number;
  rowsWritten?: number;
  /** Why the last scan failed; never database text, at most a log id. */
  error?: string;
  /** Entities the last scan could not evaluate or store; the rest were written. */
  failedEntities?: number;
  /** The last scan failed; results come from an earlier one. */
  stale: boolean;
};

/** @public */
export type MigrationInfo = {
  id: string;
  title: string;
  description?: string;
  from: string;
  to: string;
  window: { start: string; sunset: string };
  daysToSunset: number;
  scope: Record<string, string | string[]>;
  liveWhen: string;
  creed: CreedItemInfo[];
  lastScan?: ScanInfo;
  /** What the platform team offers each track, where configured. */
  tracks?: TrackContracts;
};

/** @public */
export type Evidence = {
  rule: string;
  actual?: unknown;
  outcome: 'pass' | 'fail' | 'unknown';
};

/** @public */
export type WaiverInfo = {
  id: string;
  entityRef: string;
  creedId: string;
  reason: string;
  expiresAt: string;
  createdBy: string;
  createdAt: string;
};

/** @public */
export type CheckInfo = {
  id: string;
  title: string;
  description?: string;
  severity: CreedSeverity;
  waivable: boolean;
  status: CheckStatus;
  remediation?: Remediation;
  evaluatedAt: string;
  evidence: Evidence[];
  waiver?: WaiverInfo;
};

/** @public */
export type Compliance = {
  passed: number;
  failed: number;
  waived: number;
  unknown: number;
  total: number;
};

/** @public */
export type StageHistoryEntry = {
  id: number;
  fromStage: MigrationStage | null;
  toStage: MigrationStage;
  source: StageSource;
  actor: string | null;
  note: string | null;
  at: string;
  /** Set when the change left the new platform: a rollback. */
  rollback?: RollbackInfo;
};

// Type aliases, not interfaces: the OpenAPI-typed router needs index-signature compatibility.
/** The migration card of one entity. @public */
export type EntityMigrationCard = {
  migrationId: string;
  entityRef: string;
  title?: string;
  owner: string | null;
  stage: MigrationStage;
  stageSource: StageSource;
  live: boolean;
  track: Track;
  quadrant: { criticality: Level; complexity: Level };
  wave: string | null;
  daysToSunset: number;
  sunset: string;
  checks: CheckInfo[];
  compliance: Compliance;
  history: StageHistoryEntry[];
  waivers: WaiverInfo[];
  evaluatedAt: string;
  stale?: boolean;
  /** How the pinned track was decided; null only before the first scan records it. */
  trackDecision: TrackDecisionInfo | null;
  /** Set when the quadrant now points to the other track. */
  trackDrift: TrackDrift | null;
  /** Every decision about the track, newest first. */
  trackHistory: TrackDecisionInfo[];
  /** The signals behind the quadrant; null for results stored before they were kept. */
  segmentation: SegmentationExplanation | null;
  /** The service's wave in the plan, with dates and its dependency warnings. */
  waveDetail: CardWave | null;
  /** The next sunset reminder; absent when nudges are off or the service is done. */
  nextNudge?: NextNudge;
};

/** @public */
export type UpdateStageRequest = {
  stage: MigrationStage;
  note?: string;
  /** A blameless post-mortem of a rollback (http or https). */
  postMortemUrl?: string;
};

/** @public */
export type CreateWaiverRequest = {
  creedId: string;
  reason: string;
  /** YYYY-MM-DD (end of that day, UTC) or an ISO date-time. */
  expiresAt: string;
};
