import { Knex } from 'knex';
import { HistoryEntry } from '../domain/model';
import { NudgeRow, Observation } from '../domain/nudges/model';
import { chunk, historyFromRow, toDate, toDateOrNull } from './rowValues';
import { HistoryRow, NudgeBaselineRow, ResultRow } from './tableRows';
import { resultsWithState, WAVE_SQL } from './resultsWithState';
import { Dialect, StoreContext } from './storeContext';
import { claimNudgeRows, NudgeSentWrite, whereKeyIn } from './postgresTuning';

/** One nudge to record: its key, kind, the entity it is about, the digest that carried it. */
export interface NudgeClaim {
  key: string;
  kind: string;
  entityRef?: string | null;
  via?: string | null;
}

/** The changes of live services' passing must items. */
export interface ObservationChanges {
  upserts: Array<{ entityRef: string; passing: string[] }>;
  deletes: string[];
}

/** What the nudge sweep reads and records; `DatabaseNudgeStore` below. */
export interface NudgeStore {
  /** Every result of the migration, without checks. */
  nudgeRows(migrationId: string): Promise<NudgeRow[]>;
  /**
   * Stage changes since `since` that may concern owners: reported through
   * the API or by the live signal, not first evaluations; oldest first.
   */
  stageChangesSince(migrationId: string, since: Date): Promise<HistoryEntry[]>;
  /** Which of `keys` are recorded, in any status. */
  recordedNudges(migrationId: string, keys: string[]): Promise<Set<string>>;
  claimNudges(
    migrationId: string,
    claims: NudgeClaim[],
    now: Date,
  ): Promise<Set<string>>;
  /** Claimed nudges delivered: sent, or carried by the digest they were claimed for. */
  completeNudges(migrationId: string, keys: string[], now: Date): Promise<void>;
  /** Digests sent; one sent again the same week updates its row. */
  recordSent(
    migrationId: string,
    claims: NudgeClaim[],
    now: Date,
  ): Promise<void>;
  /** completeNudges, recordSent and releaseNudges of one chunk, in one transaction. */
  settleNudges(
    migrationId: string,
    outcome: { delivered: string[]; digests: NudgeClaim[]; released: string[] },
    now: Date,
  ): Promise<void>;
  releaseNudges(migrationId: string, keys: string[]): Promise<void>;
  releaseStaleClaims(migrationId: string, before: Date): Promise<number>;
  listObservations(migrationId: string): Promise<Map<string, Observation>>;
  saveObservations(
    migrationId: string,
    changes: ObservationChanges,
    now: Date,
  ): Promise<void>;
  getBaseline(migrationId: string): Promise<Date | undefined>;
  createBaseline(
    migrationId: string,
    at: Date,
    skipped: NudgeClaim[],
  ): Promise<boolean>;
}

/** At most this many stage changes per sweep; more are old news by the next. */
const STAGE_CHANGES_LIMIT = 5_000;

/** A row of nudges_sent. */
interface NudgeSentRow {
  migration_id: string;
  nudge_key: string;
  kind: string;
  entity_ref: string | null;
  status: 'claimed' | 'sent' | 'digest' | 'skipped';
  via: string | null;
  claimed_at: Date | string | number;
  sent_at: Date | string | number | null;
}

interface ObservationRow {
  migration_id: string;
  entity_ref: string;
  passing: string;
  observed_at: Date | string | number;
}

/**
 * Keys one statement names. Rows one insert writes stay at rowValues.ts's BATCH
 * (400): knex writes a multi-row insert on SQLite as a compound SELECT, and
 * SQLite allows at most 500 terms in one.
 */
const KEYS = 1_000;

/**
 * Above this many keys a lookup reads every key of the migration in one
 * query instead of 250 `IN` queries of 400 (100k keys: one scan of a
 * narrow index beats hundreds of round trips).
 */
const READ_ALL_ABOVE = 2_000;

function claimRow(
  migrationId: string,
  claim: NudgeClaim,
  status: NudgeSentRow['status'],
  now: Date,
): NudgeSentWrite {
  return {
    migration_id: migrationId,
    nudge_key: claim.key,
    kind: claim.kind,
    entity_ref: claim.entityRef ?? null,
    status,
    via: claim.via ?? null,
    claimed_at: now,
    sent_at: status === 'claimed' ? null : now,
  };
}

/** PostgreSQL takes a chunk's keys as one array; SQLite as IN lists of KEYS. */
function keyParts(dialect: Dialect, keys: string[]) {
  return dialect === 'pg' ? [keys] : chunk(keys, KEYS);
}

/** The open claims among `keys`, one query per part (see keyParts). */
function openClaims(
  db: Knex | Knex.Transaction,
  dialect: Dialect,
  migrationId: string,
  keys: string[],
) {
  return keyParts(dialect, keys)
    .filter(part => part.length > 0)
    .map(part =>
      whereKeyIn(
        dialect,
        db<NudgeSentRow>('nudges_sent').where('migration_id', migrationId),
        'nudge_key',
        part,
      ).where('status', 'claimed'),
    );
}

async function completeIn(
  db: Knex | Knex.Transaction,
  dialect: Dialect,
  migrationId: string,
  keys: string[],
  now: Date,
) {
  for (const claims of openClaims(db, dialect, migrationId, keys)) {
    await claims.update({
      status: db.raw(
        "CASE WHEN via IS NULL THEN 'sent' ELSE 'digest' END",
      ) as unknown as NudgeSentRow['status'],
      sent_at: now,
    });
  }
}

/** A digest sent again the same week updates its row. */
async function recordSentIn(
  db: Knex | Knex.Transaction,
  migrationId: string,
  claims: NudgeClaim[],
  now: Date,
) {
  for (const part of chunk(claims)) {
    await db<NudgeSentRow>('nudges_sent')
      .insert(part.map(c => claimRow(migrationId, c, 'sent', now)))
      .onConflict(['migration_id', 'nudge_key'])
      .merge(['status', 'sent_at']);
  }
}

async function releaseIn(
  db: Knex | Knex.Transaction,
  dialect: Dialect,
  migrationId: string,
  keys: string[],
) {
  for (const claims of openClaims(db, dialect, migrationId, keys)) {
    await claims.delete();
  }
}

/**
 * The nudge tables: nudges_sent (one row per nudge, its primary key the
 * dedupe across sweeps, restarts and replicas), nudge_observations (the must
 * items live services passed) and nudge_baselines (each migration's first
 * sweep).
 */
export class DatabaseNudgeStore implements NudgeStore {
  constructor(private readonly ctx: StoreContext) {}

  async stageChangesSince(migrationId: string, since: Date) {
    const rows = await this.ctx
      .db<HistoryRow>('stage_history')
      .where('migration_id', migrationId)
      .where('created_at', '>=', since)
      .whereNotNull('from_stage')
      .whereIn('source', ['api', 'live'])
      .orderBy('id', 'asc')
      .limit(STAGE_CHANGES_LIMIT);
    return rows.map(historyFromRow);
  }

  /** What the sweep reads of every result: no checks, no evidence. */
  async nudgeRows(migrationId: string): Promise<NudgeRow[]> {
    const { db } = this.ctx;
    const rows = await resultsWithState(db, migrationId).select<
      Array<
        Pick<
          ResultRow,
          | 'entity_ref'
          | 'title'
          | 'owner_ref'
          | 'stage'
          | 'live'
          | 'criticality'
          | 'track'
          | 'stage_changed_at'
          | 'migrated_at'
          | 'outcomes'
        > & { wave: string | null }
      >
    >(
      'r.entity_ref',
      'r.title',
      'r.owner_ref',
      'r.stage',
      'r.live',
      'r.criticality',
      'r.track',
      'r.stage_changed_at',
      'r.migrated_at',
      'r.outcomes',
      db.raw(`${WAVE_SQL} as wave`),
    );
    // Identical outcome maps are parsed once: most services share a few.
    const parsed = new Map<string, Record<string, string>>();
    return rows.map(row => {
      const text = row.outcomes ?? '{}';
      let outcomes = parsed.get(text);
      if (!outcomes) {
        outcomes = JSON.parse(text) as Record<string, string>;
        parsed.set(text, outcomes);
      }
      return {
        entityRef: row.entity_ref,
        title: row.title ?? null,
        ownerRef: row.owner_ref ?? null,
        stage: row.stage,
        live: Boolean(row.live),
        criticality: row.criticality,
        track: row.track,
        wave: row.wave ?? null,
        stageChangedAt: toDate(row.stage_changed_at),
        migratedAt: toDateOrNull(row.migrated_at),
        outcomes,
      };
    });
  }

  /** Which of `keys` are recorded, in any status. */
  async recordedNudges(migrationId: string, keys: string[]) {
    const table = () =>
      this.ctx
        .db<NudgeSentRow>('nudges_sent')
        .where('migration_id', migrationId);
    if (keys.length > READ_ALL_ABOVE) {
      const wanted = new Set(keys);
      const all: string[] = await table().pluck('nudge_key');
      return new Set(all.filter(k => wanted.has(k)));
    }
    const found = new Set<string>();
    for (const part of chunk(keys, KEYS)) {
      const rows: string[] = await table()
        .whereIn('nudge_key', part)
        .pluck('nudge_key');
      rows.forEach(k => found.add(k));
    }
    return found;
  }

  /**
   * Claims nudges before they are sent: an insert per key, which a key
   * already there (sent, claimed by another sweep or replica, skipped)
   * turns into nothing. Returns the keys this call claimed. One
   * transaction: one commit for a whole chunk of a sweep.
   */
  async claimNudges(migrationId: string, claims: NudgeClaim[], now: Date) {
    const claimed = new Set<string>();
    const rows = claims.map(c => claimRow(migrationId, c, 'claimed', now));
    await this.ctx.db.transaction(async tx => {
      if (this.ctx.dialect === 'pg') {
        for (const key of await claimNudgeRows(tx, rows)) claimed.add(key);
        return;
      }
      for (const part of chunk(rows)) {
        const inserted: Array<{ nudge_key: string }> = await tx<NudgeSentRow>(
          'nudges_sent',
        )
          .insert(part)
          .onConflict(['migration_id', 'nudge_key'])
          .ignore()
          .returning('nudge_key');
        inserted.forEach(r => claimed.add(r.nudge_key));
      }
    });
    return claimed;
  }

  /**
   * After a chunk's sends, in one transaction: marks what went out sent
   * (or `digest` when claimed for a digest, their `via`), records the
   * digests sent, and deletes the claims of what did not go out, so the
   * next sweep retries them. Only claims move: one released in between
   * stays released.
   */
  async settleNudges(
    migrationId: string,
    outcome: { delivered: string[]; digests: NudgeClaim[]; released: string[] },
    now: Date,
  ) {
    await this.ctx.db.transaction(async tx => {
      const { dialect } = this.ctx;
      await completeIn(tx, dialect, migrationId, outcome.delivered, now);
      await recordSentIn(tx, migrationId, outcome.digests, now);
      await releaseIn(tx, dialect, migrationId, outcome.released);
    });
  }

  async completeNudges(migrationId: string, keys: string[], now: Date) {
    await completeIn(this.ctx.db, this.ctx.dialect, migrationId, keys, now);
  }

  async recordSent(migrationId: string, claims: NudgeClaim[], now: Date) {
    await recordSentIn(this.ctx.db, migrationId, claims, now);
  }

  async releaseNudges(migrationId: string, keys: string[]): Promise<void> {
    await releaseIn(this.ctx.db, this.ctx.dialect, migrationId, keys);
  }

  /**
   * Claims older than `before` belong to a sweep that died or timed out
   * between claiming and marking: released, their nudges are sent again
   * (with the same scope, so a notification that did go out is updated).
   */
  async releaseStaleClaims(migrationId: string, before: Date) {
    return await this.ctx
      .db<NudgeSentRow>('nudges_sent')
      .where('migration_id', migrationId)
      .where('status', 'claimed')
      .where('claimed_at', '<', before)
      .delete();
  }

  async listObservations(
    migrationId: string,
  ): Promise<Map<string, Observation>> {
    const rows = await this.ctx
      .db<ObservationRow>('nudge_observations')
      .where('migration_id', migrationId)
      .select('entity_ref', 'passing', 'observed_at');
    return new Map(
      rows.map(row => [
        row.entity_ref,
        {
          passing: JSON.parse(row.passing) as string[],
          observedAt: toDate(row.observed_at),
        },
      ]),
    );
  }

  async saveObservations(
    migrationId: string,
    changes: ObservationChanges,
    now: Date,
  ) {
    const { db } = this.ctx;
    await db.transaction(async tx => {
      for (const part of chunk(changes.upserts)) {
        await tx<ObservationRow>('nudge_observations')
          .insert(
            part.map(o => ({
              migration_id: migrationId,
              entity_ref: o.entityRef,
              passing: JSON.stringify(o.passing),
              observed_at: now,
            })),
          )
          .onConflict(['migration_id', 'entity_ref'])
          .merge(['passing', 'observed_at']);
      }
      for (const part of chunk(changes.deletes, KEYS)) {
        await tx<ObservationRow>('nudge_observations')
          .where('migration_id', migrationId)
          .whereIn('entity_ref', part)
          .delete();
      }
    });
  }

  async getBaseline(migrationId: string): Promise<Date | undefined> {
    const row = await this.ctx
      .db<NudgeBaselineRow>('nudge_baselines')
      .where('migration_id', migrationId)
      .first('baseline_at');
    return row ? toDate(row.baseline_at) : undefined;
  }

  /**
   * A migration's first sweep: the baseline and the milestones already
   * reached (recorded as skipped) in one transaction, so a sweep that sees
   * the baseline also sees them. False when another sweep made it first.
   */
  async createBaseline(
    migrationId: string,
    at: Date,
    skipped: NudgeClaim[],
  ): Promise<boolean> {
    return this.ctx.db.transaction(async tx => {
      const inserted = await tx<NudgeBaselineRow>('nudge_baselines')
        .insert({ migration_id: migrationId, baseline_at: at })
        .onConflict('migration_id')
        .ignore()
        .returning('migration_id');
      if (inserted.length === 0) return false;
      for (const part of chunk(skipped)) {
        await tx<NudgeSentRow>('nudges_sent')
          .insert(part.map(c => claimRow(migrationId, c, 'skipped', at)))
          .onConflict(['migration_id', 'nudge_key'])
          .ignore();
      }
      return true;
    });
  }
}
