import { MigrationStage } from '@internal/plugin-solo-trek-common';
import { Level, Track } from '../config/readSoloTrekConfig';
import { StageSource } from '../domain/resolveStage';
import {
  EntityState,
  HistoryEntry,
  TrackDecision,
  Wave,
} from './SoloTrekStore';

/*
 * Rows as the tables hold them, and the column lists the store reads by:
 * one interface a table (outcomes.ts keeps its own slice's rows). How a row
 * becomes the model and back is rowValues.ts.
 */

export const DIGEST_COLUMNS = [
  'entity_ref',
  'track',
  'live',
  'rolled_back_at',
  'stage',
  'annotation_stage',
  'stage_changed_at',
  'migrated_at',
  'result_hash',
  'input_digest',
] as const satisfies ReadonlyArray<keyof ResultRow>;

/** The columns of a result a scan compares against. */
export type DigestRow = Pick<ResultRow, (typeof DIGEST_COLUMNS)[number]>;

/** The state's columns; all null when a left join found no state row. */
export type StateColumns = Omit<StateRow, 'migration_id' | 'entity_ref'>;

/** The bounded string columns of entity_state, by field. */
export const STATE_LENGTHS: Record<string, number> = {
  apiStage: 32,
  wave: 63,
  waveSetBy: 512,
};

export const STATE_COLUMNS: Record<keyof EntityState, keyof StateRow> = {
  apiStage: 'api_stage',
  apiStageAt: 'api_stage_at',
  annotationStageAt: 'annotation_stage_at',
  wave: 'wave',
  waveSetBy: 'wave_set_by',
  waveSetAt: 'wave_set_at',
};

/** What a scan's status is read from. */
export type ScanColumns = Pick<
  ScanRow,
  | 'started_at'
  | 'finished_at'
  | 'succeeded_at'
  | 'entities'
  | 'rows_written'
  | 'failed_entities'
  | 'error'
>;

/*
 * Rows of the tables, as knex reads them: timestamps are Dates on
 * PostgreSQL and numbers or strings on SQLite (toDate reads either).
 */
export type Timestamp = Date | number | string;

export interface FactRow {
  entity_ref: string;
  provider: string;
  /** JSON of the provider's name → value map. */
  facts: string;
  observed_at: Timestamp;
  expires_at: Timestamp;
}

export interface HeroNominationDbRow {
  id: string;
  migration_id: string;
  month: string;
  nominator: string;
  nominee: string;
  reason: string;
  created_at: Timestamp;
}

export interface HeroMonthDbRow {
  migration_id: string;
  month: string;
  nominee: string;
  nominations: number | string;
  /** JSON array of the winner's reasons. */
  reasons: string;
  time_zone: string;
  closed_at: Timestamp;
  recorded_at: Timestamp;
}

export interface WaiverRequestRow {
  id: string;
  migration_id: string;
  entity_ref: string;
  creed_id: string;
  reason: string;
  requested_expires_at: Timestamp;
  requested_by: string;
  requested_at: Timestamp;
  status: string;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
  granted_expires_at: Timestamp | null;
  waiver_id: string | null;
}

export interface WaiverRow {
  id: string;
  migration_id: string;
  entity_ref: string;
  creed_id: string;
  reason: string;
  expires_at: Timestamp;
  created_by: string;
  created_at: Timestamp;
  /** Set when revoked, or when a newer waiver closed it as of its expiry. */
  revoked_at: Timestamp | null;
  revoked_by: string | null;
}

/** bigint and count columns: PostgreSQL's driver hands them back as strings. */
export type Count = number | string;

/** What every table of a migration's data has: deletes by migration read only this. */
export interface MigrationScopedRow {
  migration_id: string;
}

/** What every per-entity table has: deletes by entity read only this. */
export interface EntityScopedRow extends MigrationScopedRow {
  entity_ref: string;
}

export interface ResultRow {
  migration_id: string;
  entity_ref: string;
  title: string | null;
  owner_ref: string | null;
  live: boolean | number;
  stage: MigrationStage;
  stage_source: StageSource;
  annotation_stage: MigrationStage | null;
  criticality: Level;
  complexity: Level;
  /** The pinned track. */
  track: Track;
  /** The quadrant's track at the last evaluation; null on rows from before. */
  computed_track: Track | null;
  /** JSON: the signals behind the quadrant (SegmentationExplanation). */
  segmentation: string | null;
  annotation_wave: string | null;
  must_pass: boolean | number;
  /** JSON: per Creed item status and evidence. */
  checks: string;
  /** JSON: creed id → outcome, what the aggregates count. */
  outcomes: string | null;
  result_hash: string;
  changed_at: Timestamp;
  stage_changed_at: Timestamp;
  migrated_at: Timestamp | null;
  /** The last rollback; null if it never left the new platform. */
  rolled_back_at: Timestamp | null;
  /** JSON: the targets of its dependsOn relations. */
  depends_on: string | null;
  /** What the row was computed from (inputDigest.ts); null: unknown. */
  input_digest?: string | null;
}

export interface StateRow {
  migration_id: string;
  entity_ref: string;
  api_stage: MigrationStage | null;
  api_stage_at: Timestamp | null;
  annotation_stage_at: Timestamp | null;
  wave: string | null;
  wave_set_by: string | null;
  wave_set_at: Timestamp | null;
}

export interface SnapshotDbRow {
  migration_id: string;
  day: string;
  /** '' for results without an owner. */
  owner_ref: string;
  stage: MigrationStage;
  count: Count;
  compliant: Count;
}

export interface TrackSnapshotDbRow {
  migration_id: string;
  day: string;
  track: Track;
  stage: MigrationStage;
  count: Count;
  compliant: Count;
}

export interface AggregateRow {
  migration_id: string;
  kind: string;
  version: Count;
  body: string;
  computed_at: Timestamp;
}

export interface HistoryRow {
  /** bigIncrements: a string on PostgreSQL. */
  id: Count;
  migration_id: string;
  entity_ref: string;
  owner_ref: string | null;
  from_stage: MigrationStage | null;
  to_stage: MigrationStage;
  source: HistoryEntry['source'];
  actor: string | null;
  note: string | null;
  created_at: Timestamp;
  /** Left the new platform (boolean; 0/1 on SQLite). */
  rollback: boolean | number;
  went_live_at: Timestamp | null;
  post_mortem_url: string | null;
}

export interface TrackDecisionRow {
  /** bigIncrements: a string on PostgreSQL. */
  id: Count;
  migration_id: string;
  entity_ref: string;
  from_track: Track | null;
  to_track: Track;
  source: TrackDecision['source'];
  actor: string | null;
  note: string | null;
  created_at: Timestamp;
}

export interface EntityErrorRow {
  migration_id: string;
  entity_ref: string;
  message: string;
  log_id: string;
  failed_at: Timestamp;
}

export interface ScanRow {
  migration_id: string;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  succeeded_at: Timestamp | null;
  entities: number | null;
  rows_written: number | null;
  failed_entities: number | null;
  error: string | null;
  /** bigint: a string on PostgreSQL. */
  results_version: Count;
  /** The running scan; writes of an older one are refused. */
  scan_token: string | null;
  /** When the migration left the config; null while configured. */
  removed_at: Timestamp | null;
}

/** An entity ref a running scan has seen; the scan's token is `seen_by`. */
export interface ScanSeenRow {
  migration_id: string;
  seen_by: string;
  entity_ref: string;
}

/** When an entity left the catalog or the scope: its history and waivers stay until then plus the retention. */
export interface RemovalRow {
  migration_id: string;
  entity_ref: string;
  removed_at: Timestamp;
}

/** Each migration's first nudge sweep. */
export interface NudgeBaselineRow {
  migration_id: string;
  baseline_at: Timestamp;
}

/** The scorecard's cache key: bumped by every write it shows. */
export interface OutcomeVersionRow {
  name: string;
  /** bigint: a string on PostgreSQL. */
  version: Count;
}

/** A pulse question sent for a service, once. */
export interface PulseNoticeRow extends EntityScopedRow {
  notified_at: Timestamp;
}

/** A wave of the plan, as the waves table holds it. */
export interface WaveDbRow {
  migration_id: string;
  id: string;
  title: string;
  position: Count;
  planned_start: string | null;
  planned_end: string | null;
  status: Wave['status'];
  created_by: string;
  created_at: Timestamp;
  updated_by: string | null;
  updated_at: Timestamp;
  deleted_at: Timestamp | null;
  deleted_by: string | null;
}
