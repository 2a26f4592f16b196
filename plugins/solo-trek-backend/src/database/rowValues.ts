import { Knex } from 'knex';
import {
  EntityState,
  HistoryEntry,
  NewHistoryEntry,
  NewTrackDecision,
  ResultDigest,
  ScanStatus,
  StoredResult,
  TrackDecision,
  Waiver,
  Wave,
} from './SoloTrekStore';
import {
  Count,
  DigestRow,
  HistoryRow,
  ResultRow,
  ScanColumns,
  StateColumns,
  TrackDecisionRow,
  WaiverRow,
  WaveDbRow,
} from './tableRows';

/*
 * The values the store reads and writes, what every part of it shares,
 * dialect differences included: dates and counts as each driver returns
 * them, strings cleaned for PostgreSQL, batches under SQLite's limit, and
 * rows to the model and back (the row types are tableRows.ts).
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

/**
 * A bigint, count or sum column as a number. PostgreSQL's driver hands
 * int8 and numeric back as strings (they can pass 2^53), SQLite as
 * numbers; a SUM over no rows is null, and knex types an aggregate it
 * cannot see as optional: both are 0.
 */
export function toNumber(value: Count | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** How many rows a query matches, whatever its columns and order. */
export async function countRows(query: Knex.QueryBuilder): Promise<number> {
  const [row] = await query
    .clone()
    .clearSelect()
    .clearOrder()
    .count<Array<{ total: Count }>>({ total: '*' });
  return toNumber(row?.total);
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
    id: toNumber(row.id),
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

export function chunk<T>(items: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(items.slice(i, i + size));
  return out;
}

export function historyFromRow(row: HistoryRow): HistoryEntry {
  return {
    id: toNumber(row.id),
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

export function waveFromRow(row: WaveDbRow): Wave {
  return {
    migrationId: row.migration_id,
    id: row.id,
    title: row.title,
    order: toNumber(row.position),
    plannedStart: row.planned_start ?? null,
    plannedEnd: row.planned_end ?? null,
    status: row.status,
    createdBy: row.created_by,
    createdAt: toDate(row.created_at),
    updatedBy: row.updated_by ?? null,
    updatedAt: toDate(row.updated_at),
  };
}
