import { MigrationStage } from '@internal/plugin-solo-trek-common';
import { Level, Track } from '../config/readSoloTrekConfig';
import { StageSource } from '../domain/resolveStage';
import {
  EntityState,
  HistoryEntry,
  NewHistoryEntry,
  ResultDigest,
  ScanStatus,
  StoredResult,
  TrackDecision,
  NewTrackDecision,
  Wave,
  Waiver,
} from './SoloTrekStore';

/*
 * Rows as the tables hold them, and the values the store may write: what
 * every part of the store shares, dialect differences included.
 */

// Stays well under SQLite's bound-variable limit with ~18 columns a row.
export const BATCH = 400;

// SQLite hands back timestamps as numbers or strings, PostgreSQL as Dates.
export function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(value as string | number);
}
export function toDateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : toDate(value);
}

/** Node 20+ has it; TypeScript's ES2023 lib does not declare it yet. */
export type WellFormed = { isWellFormed(): boolean; toWellFormed(): string };

/**
 * PostgreSQL refuses NUL in text (SQLite stores it): a note or a catalog
 * title with one gave a 500 or failed a scan. Stripped from every string the
 * store writes, behind the API's own refusal of control characters. A lone
 * surrogate becomes U+FFFD here, as PostgreSQL's driver would make it, where
 * SQLite's would store three replacement characters. JSON columns need
 * neither: JSON.stringify escapes both.
 */
export function clean(value: string): string {
  const text = value.includes('\u0000')
    ? value.replaceAll('\u0000', '')
    : value;
  const wf = text as unknown as WellFormed;
  return wf.isWellFormed() ? text : wf.toWellFormed();
}
export function cleanOrNull(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : clean(value);
}

/**
 * A value for a bounded column, cut on purpose to `max` characters (code
 * points, as PostgreSQL counts them). Only values no real entity has are
 * cut: entity refs are at most 191 characters (kind, namespace and name are
 * each at most 63), so an owner ref over 512 names nothing in the catalog.
 */
export function bounded(value: string, max: number): string;
export function bounded(
  value: string | null | undefined,
  max: number,
): string | null;
export function bounded(value: string | null | undefined, max: number) {
  if (value === null || value === undefined) return null;
  const text = clean(value);
  if (text.length <= max) return text;
  return Array.from(text).slice(0, max).join('');
}

/** The row of a stage change, as both the scan and the API write it. */
export function historyToRow(
  migrationId: string,
  entityRef: string,
  ownerRef: string | null,
  h: NewHistoryEntry,
): Omit<HistoryRow, 'id'> {
  return {
    migration_id: migrationId,
    entity_ref: entityRef,
    owner_ref: bounded(ownerRef, 512),
    from_stage: h.fromStage,
    to_stage: h.toStage,
    source: h.source,
    actor: bounded(h.actor, 512),
    note: cleanOrNull(h.note),
    created_at: h.createdAt,
    rollback: Boolean(h.rollback),
    went_live_at: h.rollback?.wentLiveAt ?? null,
    post_mortem_url: cleanOrNull(h.rollback?.postMortemUrl),
  };
}

/** The row of a track decision, as the scan and the API write it. */
export function trackDecisionToRow(
  migrationId: string,
  entityRef: string,
  d: NewTrackDecision,
): Omit<TrackDecisionRow, 'id'> {
  return {
    migration_id: migrationId,
    entity_ref: entityRef,
    from_track: d.fromTrack,
    to_track: d.toTrack,
    source: d.source,
    actor: bounded(d.actor, 512),
    note: cleanOrNull(d.note),
    created_at: d.createdAt,
  };
}

export function trackDecisionFromRow(row: TrackDecisionRow): TrackDecision {
  return {
    id: Number(row.id),
    entityRef: row.entity_ref,
    fromTrack: row.from_track ?? null,
    toTrack: row.to_track,
    source: row.source,
    actor: row.actor ?? null,
    note: row.note ?? null,
    createdAt: toDate(row.created_at),
  };
}

export function digestFromRow(row: DigestRow): ResultDigest {
  return {
    track: row.track,
    stage: row.stage,
    annotationStage: row.annotation_stage ?? null,
    stageChangedAt: toDate(row.stage_changed_at),
    migratedAt: toDateOrNull(row.migrated_at),
    resultHash: row.result_hash,
    live: Boolean(row.live),
    rolledBackAt: toDateOrNull(row.rolled_back_at),
    inputDigest: row.input_digest ?? null,
  };
}

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

export function chunk<T>(items: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(items.slice(i, i + size));
  return out;
}

export function historyFromRow(row: HistoryRow): HistoryEntry {
  return {
    id: Number(row.id),
    entityRef: row.entity_ref,
    ownerRef: row.owner_ref ?? null,
    fromStage: row.from_stage ?? null,
    toStage: row.to_stage,
    source: row.source,
    actor: row.actor ?? null,
    note: row.note ?? null,
    createdAt: toDate(row.created_at),
    ...(row.rollback
      ? {
          rollback: {
            wentLiveAt: toDateOrNull(row.went_live_at),
            postMortemUrl: row.post_mortem_url ?? null,
          },
        }
      : {}),
  };
}

export function resultFromRow(row: ResultRow): StoredResult {
  return {
    migrationId: row.migration_id,
    entityRef: row.entity_ref,
    title: row.title ?? null,
    ownerRef: row.owner_ref ?? null,
    live: Boolean(row.live),
    stage: row.stage,
    stageSource: row.stage_source,
    annotationStage: row.annotation_stage ?? null,
    criticality: row.criticality,
    complexity: row.complexity,
    track: row.track,
    computedTrack: row.computed_track ?? undefined,
    segmentation: row.segmentation ? JSON.parse(row.segmentation) : undefined,
    annotationWave: row.annotation_wave ?? null,
    mustPass: Boolean(row.must_pass),
    checks: JSON.parse(row.checks),
    resultHash: row.result_hash,
    changedAt: toDate(row.changed_at),
    stageChangedAt: toDate(row.stage_changed_at),
    migratedAt: toDateOrNull(row.migrated_at),
    rolledBackAt: toDateOrNull(row.rolled_back_at),
    dependsOn: row.depends_on ? JSON.parse(row.depends_on) : undefined,
  };
}

export function resultToRow(r: StoredResult): ResultRow {
  return {
    migration_id: r.migrationId,
    entity_ref: r.entityRef,
    // The catalog bounds neither: a text column (title), a cut (owner).
    title: cleanOrNull(r.title),
    owner_ref: bounded(r.ownerRef, 512),
    live: r.live,
    stage: r.stage,
    stage_source: r.stageSource,
    annotation_stage: r.annotationStage,
    criticality: r.criticality,
    complexity: r.complexity,
    track: r.track,
    computed_track: r.computedTrack ?? r.track,
    segmentation: r.segmentation ? JSON.stringify(r.segmentation) : null,
    annotation_wave: bounded(r.annotationWave, 63),
    must_pass: r.mustPass,
    checks: JSON.stringify(r.checks),
    outcomes: JSON.stringify(
      Object.fromEntries(r.checks.map(c => [c.id, c.outcome])),
    ),
    result_hash: r.resultHash,
    changed_at: r.changedAt,
    stage_changed_at: r.stageChangedAt,
    migrated_at: r.migratedAt,
    rolled_back_at: r.rolledBackAt ?? null,
    depends_on: r.dependsOn ? JSON.stringify(r.dependsOn) : null,
  };
}

/** The state's columns; all null when a left join found no state row. */
export type StateColumns = Omit<StateRow, 'migration_id' | 'entity_ref'>;

export function stateFromRow(row: StateColumns): EntityState {
  return {
    apiStage: row.api_stage ?? null,
    apiStageAt: toDateOrNull(row.api_stage_at),
    annotationStageAt: toDateOrNull(row.annotation_stage_at),
    wave: row.wave ?? null,
    waveSetBy: row.wave_set_by ?? null,
    waveSetAt: toDateOrNull(row.wave_set_at),
  };
}

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

export function scanFromRow(row: ScanColumns): ScanStatus {
  const failed = row.failed_entities;
  return {
    startedAt: toDateOrNull(row.started_at),
    finishedAt: toDateOrNull(row.finished_at),
    succeededAt: toDateOrNull(row.succeeded_at),
    entities: row.entities ?? null,
    rowsWritten: row.rows_written ?? null,
    error: row.error ?? null,
    ...(failed === null || failed === undefined
      ? {}
      : { failedEntities: Number(failed) }),
  };
}

export function waiverFromRow(row: WaiverRow): Waiver {
  return {
    id: row.id,
    migrationId: row.migration_id,
    entityRef: row.entity_ref,
    creedId: row.creed_id,
    reason: row.reason,
    expiresAt: toDate(row.expires_at),
    createdBy: row.created_by,
    createdAt: toDate(row.created_at),
  };
}

/*
 * Rows of the tables, as knex reads them: timestamps are Dates on
 * PostgreSQL and numbers or strings on SQLite (toDate reads either).
 */
type Timestamp = Date | number | string;

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
type Count = number | string;

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

/** When an entity left the catalog or the scope: its history and waivers stay until then plus the retention. */
export interface RemovalRow {
  migration_id: string;
  entity_ref: string;
  removed_at: Timestamp;
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

export function waveFromRow(row: WaveDbRow): Wave {
  return {
    migrationId: row.migration_id,
    id: row.id,
    title: row.title,
    order: Number(row.position),
    plannedStart: row.planned_start ?? null,
    plannedEnd: row.planned_end ?? null,
    status: row.status,
    createdBy: row.created_by,
    createdAt: toDate(row.created_at),
    updatedBy: row.updated_by ?? null,
    updatedAt: toDate(row.updated_at),
  };
}
