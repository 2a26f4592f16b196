import {
  OutcomeAggregation,
  OutcomePlatform,
} from '@internal/plugin-solo-trek-common';
import { DailyAccumulator, mergeDay } from '../domain/outcomes/daily';
import {
  DailyValue,
  OutcomeService,
  PulseAnswerRow,
  StoredOutcomePoint,
} from '../domain/outcomes/model';
import { dayNumber } from '../domain/outcomes/validatePoints';
import { bounded, chunk, cleanOrNull, toDate, toNumber } from './rowValues';
import {
  EntityScopedRow,
  OutcomeVersionRow,
  PulseNoticeRow,
  ResultRow,
} from './tableRows';
import { OutcomePointWrite, upsertOutcomePoints } from './postgresTuning';
import { StoreContext } from './storeContext';

/*
 * Outcome points (POST /facts), their daily roll-up and the satisfaction
 * pulse. Named "outcome points" to keep them apart from `facts.ts`, the
 * fact providers' observations that rules read.
 */

type AggregationOf = (metric: string) => OutcomeAggregation | undefined;

interface PointRow {
  entity_ref: string;
  metric: string;
  at: Date | number | string;
  value: number;
  platform: string | null;
  reported_by: string;
  received_at: Date | number | string;
}
interface DayRow {
  entity_ref: string;
  metric: string;
  day: number;
  platform: string;
  value: number;
  points: number;
}
interface PulseRow {
  migration_id: string;
  entity_ref: string;
  respondent: string;
  score: number;
  comment: string | null;
  answered_at: Date | number | string;
  updated_at: Date | number | string;
}
type ServiceRow = Pick<
  ResultRow,
  'entity_ref' | 'owner_ref' | 'track' | 'stage' | 'migrated_at'
>;

/**
 * Rows per insert: a batch of 1,000 is one statement on PostgreSQL (seven
 * arrays, see upsertOutcomePoints). knex writes SQLite's multi-row insert
 * as a compound SELECT, which SQLite caps at 500 terms: 400 a statement
 * there.
 */
const INSERT_ROWS = { pg: 1000, sqlite: 400 };
/** Entities per IN list. */
const REFS_PER_QUERY = 1000;
/** Raw points read per roll-up transaction. */
const ROLL_UP_PAGE = 5000;
/** Entities per read of the scorecard's points. */
const READ_ENTITIES = 500;

const platformOf = (value: string | null): OutcomePlatform | null =>
  value === 'old' || value === 'new' ? value : null;

/** A stored point as the roll-up reads it. */
function pointFromRow(
  row: Omit<PointRow, 'reported_by' | 'received_at'>,
): StoredOutcomePoint {
  return {
    entityRef: row.entity_ref,
    metric: row.metric,
    at: toDate(row.at),
    value: Number(row.value),
    platform: platformOf(row.platform),
  };
}

function toPulse(row: PulseRow): PulseAnswerRow {
  return {
    migrationId: row.migration_id,
    entityRef: row.entity_ref,
    respondent: row.respondent,
    score: Number(row.score),
    comment: row.comment,
    answeredAt: toDate(row.answered_at),
    updatedAt: toDate(row.updated_at),
  };
}

function toService(row: ServiceRow): OutcomeService {
  const live = row.stage === 'migrated' || row.stage === 'decommissioned';
  return {
    entityRef: row.entity_ref,
    ownerRef: row.owner_ref,
    track: row.track,
    goLive: live && row.migrated_at !== null ? toDate(row.migrated_at) : null,
  };
}

/** A person's pulse answer for a service, as written: the first or a change. */
export type PulseAnswerWrite = {
  migrationId: string;
  entityRef: string;
  respondent: string;
  score: number;
  comment: string | null;
  at: Date;
};

/** What the outcomes need of the store. */
export interface OutcomeStore {
  /** Which of these entities each migration holds a result for: one query. */
  scopeOf(
    entityRefs: string[],
    migrationIds: string[],
  ): Promise<Array<{ migrationId: string; entityRef: string }>>;
  /** Of these entity, metric and day keys, the ones already rolled up. */
  rolledUpDays(
    keys: Array<{ entityRef: string; metric: string; day: number }>,
  ): Promise<Set<string>>;
  /**
   * Stores points in one transaction, a multi-row insert per 1,000;
   * a point with the key (entity, metric, at) of a stored one replaces it.
   */
  putPoints(
    points: StoredOutcomePoint[],
    reportedBy: string,
    receivedAt: Date,
  ): Promise<number>;
  /** A migration's in-scope services with their owner, track and go-live. */
  services(migrationId: string): Promise<OutcomeService[]>;
  service(
    migrationId: string,
    entityRef: string,
  ): Promise<OutcomeService | undefined>;
  /** The daily values of these entities: raw points aggregated per day, and rolled-up days. */
  dailyValues(
    entityRefs: string[],
    aggregationOf: AggregationOf,
  ): Promise<DailyValue[]>;
  /** Rolls raw points before `cutoff` up to one row per entity, metric, day and platform. */
  rollUp(
    cutoff: Date,
    aggregationOf: AggregationOf,
  ): Promise<{ points: number; days: number }>;
  /**
   * Deletes outcome data older than `before` of entities no migration holds
   * a result for, and pulse answers and notices of services that left.
   */
  pruneLeft(before: Date): Promise<number>;
  countPoints(): Promise<number>;
  /** Bumped by every write the scorecard shows. */
  version(): Promise<number>;
  bumpVersion(): Promise<void>;

  putPulseAnswer(answer: PulseAnswerWrite): Promise<PulseAnswerRow>;
  getPulseAnswer(
    migrationId: string,
    entityRef: string,
    respondent: string,
  ): Promise<PulseAnswerRow | undefined>;
  listPulseAnswers(migrationId: string): Promise<PulseAnswerRow[]>;
  /** Demo seeding: answers as they are, first answers kept. */
  seedPulseAnswers(rows: PulseAnswerRow[]): Promise<void>;
  /** Records that a service's pulse was announced; false if it already was. */
  recordPulseNotice(
    migrationId: string,
    entityRef: string,
    at: Date,
  ): Promise<boolean>;
  listPulseNotices(migrationId: string): Promise<Set<string>>;
}

export class DatabaseOutcomeStore implements OutcomeStore {
  constructor(private readonly ctx: StoreContext) {}

  private get db() {
    return this.ctx.db;
  }

  async scopeOf(entityRefs: string[], migrationIds: string[]) {
    if (entityRefs.length === 0 || migrationIds.length === 0) return [];
    const out: Array<{ migrationId: string; entityRef: string }> = [];
    for (const refs of chunk(entityRefs, REFS_PER_QUERY)) {
      const rows = await this.db<ResultRow>('entity_results')
        .whereIn('entity_ref', refs)
        .whereIn('migration_id', migrationIds)
        .select('migration_id', 'entity_ref');
      for (const r of rows) {
        out.push({ migrationId: r.migration_id, entityRef: r.entity_ref });
      }
    }
    return out;
  }

  async rolledUpDays(
    keys: Array<{ entityRef: string; metric: string; day: number }>,
  ) {
    const out = new Set<string>();
    const byEntity = new Map<string, number[]>();
    for (const k of keys) {
      const list = byEntity.get(k.entityRef) ?? [];
      list.push(k.day);
      byEntity.set(k.entityRef, list);
    }
    if (byEntity.size === 0) return out;
    const wanted = new Set(
      keys.map(k => `${k.entityRef}|${k.metric}|${k.day}`),
    );
    const days = keys.map(k => k.day);
    for (const refs of chunk([...byEntity.keys()], READ_ENTITIES)) {
      const rows = await this.db<DayRow>('outcome_days')
        .whereIn('entity_ref', refs)
        .whereBetween('day', [Math.min(...days), Math.max(...days)])
        .select('entity_ref', 'metric', 'day');
      for (const r of rows) {
        const key = `${r.entity_ref}|${r.metric}|${Number(r.day)}`;
        if (wanted.has(key)) out.add(key);
      }
    }
    return out;
  }

  async putPoints(
    points: StoredOutcomePoint[],
    reportedBy: string,
    receivedAt: Date,
  ) {
    // One statement cannot upsert a key twice on PostgreSQL: the last wins.
    const byKey = new Map<string, StoredOutcomePoint>();
    for (const p of points) {
      byKey.set(`${p.entityRef}|${p.metric}|${p.at.getTime()}`, p);
    }
    const rows: PointRow[] = [...byKey.values()].map(p => ({
      entity_ref: p.entityRef,
      metric: p.metric,
      at: p.at,
      value: p.value,
      platform: p.platform,
      reported_by: bounded(reportedBy, 512),
      received_at: receivedAt,
    }));
    if (rows.length === 0) return 0;
    await this.db.transaction(async tx => {
      for (const part of chunk(rows, INSERT_ROWS[this.ctx.dialect])) {
        if (this.ctx.dialect === 'pg') {
          await upsertOutcomePoints(tx, part as OutcomePointWrite[]);
          continue;
        }
        await tx<PointRow>('outcome_points')
          .insert(part)
          .onConflict(['entity_ref', 'metric', 'at'])
          .merge(['value', 'platform', 'reported_by', 'received_at']);
      }
    });
    return rows.length;
  }

  async services(migrationId: string) {
    const rows: ServiceRow[] = await this.db<ResultRow>('entity_results')
      .where('migration_id', migrationId)
      .select('entity_ref', 'owner_ref', 'track', 'stage', 'migrated_at');
    return rows.map(toService);
  }

  async service(migrationId: string, entityRef: string) {
    const row: ServiceRow | undefined = await this.db<ResultRow>(
      'entity_results',
    )
      .where({ migration_id: migrationId, entity_ref: entityRef })
      .first('entity_ref', 'owner_ref', 'track', 'stage', 'migrated_at');
    return row ? toService(row) : undefined;
  }

  async dailyValues(entityRefs: string[], aggregationOf: AggregationOf) {
    const out: DailyValue[] = [];
    const acc = new DailyAccumulator(aggregationOf, v => out.push(v));
    for (const refs of chunk(entityRefs, READ_ENTITIES)) {
      const raw = await this.db<PointRow>('outcome_points')
        .whereIn('entity_ref', refs)
        .orderBy(['entity_ref', 'metric', 'at'])
        .select('entity_ref', 'metric', 'at', 'value', 'platform');
      for (const r of raw) acc.add(pointFromRow(r));
      acc.flush();
      const days: DayRow[] = await this.db<DayRow>('outcome_days')
        .whereIn('entity_ref', refs)
        .select();
      for (const d of days) {
        if (!aggregationOf(d.metric)) continue;
        out.push({
          entityRef: d.entity_ref,
          metric: d.metric,
          day: Number(d.day),
          platform: platformOf(d.platform),
          value: Number(d.value),
          points: Number(d.points),
        });
      }
    }
    return out;
  }

  async rollUp(cutoff: Date, aggregationOf: AggregationOf) {
    let points = 0;
    let days = 0;
    let after: [string, string, Date] | undefined;
    for (;;) {
      let query = this.db<PointRow>('outcome_points')
        .where('at', '<', cutoff)
        .orderBy(['entity_ref', 'metric', 'at'])
        .limit(ROLL_UP_PAGE)
        .select('entity_ref', 'metric', 'at', 'value', 'platform');
      if (after) {
        query = query.whereRaw('(entity_ref, metric, at) > (?, ?, ?)', after);
      }
      const page: Array<Omit<PointRow, 'reported_by' | 'received_at'>> =
        await query;
      if (page.length === 0) break;
      let kept = page;
      if (page.length === ROLL_UP_PAGE) {
        // The page's last day may go on in the next page: hold it back,
        // unless it is all the page holds.
        const last = page[page.length - 1];
        const lastDay = dayNumber(toDate(last.at));
        const cut = page.findIndex(
          r =>
            r.entity_ref === last.entity_ref &&
            r.metric === last.metric &&
            dayNumber(toDate(r.at)) === lastDay,
        );
        if (cut > 0) kept = page.slice(0, cut);
      }
      const written = await this.rollUpPage(kept, aggregationOf);
      points += kept.length;
      days += written;
      const last = kept[kept.length - 1];
      after = [last.entity_ref, last.metric, toDate(last.at)];
      if (page.length < ROLL_UP_PAGE && kept.length === page.length) break;
    }
    return { points, days };
  }

  /** Writes a page's days (merged with any rolled-up before) and deletes its points. */
  private async rollUpPage(
    page: Array<Omit<PointRow, 'reported_by' | 'received_at'>>,
    aggregationOf: AggregationOf,
  ): Promise<number> {
    const groups: Array<{ day: DailyValue; values: number[] }> = [];
    const acc = new DailyAccumulator(aggregationOf, (day, values) =>
      groups.push({ day, values }),
    );
    for (const r of page) acc.add(pointFromRow(r));
    acc.flush();
    return this.db.transaction(async tx => {
      const keyOf = (d: {
        entity_ref: string;
        metric: string;
        day: number;
        platform: string;
      }) => `${d.entity_ref}|${d.metric}|${Number(d.day)}|${d.platform}`;
      const rows: DayRow[] = groups.map(({ day }) => ({
        entity_ref: day.entityRef,
        metric: day.metric,
        day: day.day,
        platform: day.platform ?? '',
        value: day.value,
        points: day.points,
      }));
      const existing = new Map<string, DayRow>();
      for (const part of chunk(rows, 200)) {
        const found: DayRow[] = await tx<DayRow>('outcome_days')
          .whereIn(
            ['entity_ref', 'metric', 'day', 'platform'],
            part.map(r => [r.entity_ref, r.metric, r.day, r.platform]),
          )
          .select();
        for (const f of found) existing.set(keyOf(f), f);
      }
      const merged = rows.map((row, i) => {
        const before = existing.get(keyOf(row));
        if (!before) return row;
        const aggregation = aggregationOf(row.metric)!;
        return {
          ...row,
          ...mergeDay(
            aggregation,
            { value: Number(before.value), points: Number(before.points) },
            { ...row, values: groups[i].values },
          ),
        };
      });
      for (const part of chunk(merged, INSERT_ROWS[this.ctx.dialect])) {
        await tx<DayRow>('outcome_days')
          .insert(part)
          .onConflict(['entity_ref', 'metric', 'day', 'platform'])
          .merge(['value', 'points']);
      }
      // Exactly the points read: one reported meanwhile stays for the next run.
      for (const part of chunk(page, 300)) {
        await tx<PointRow>('outcome_points')
          .whereIn(
            ['entity_ref', 'metric', 'at'],
            part.map(r => [r.entity_ref, r.metric, toDate(r.at)]),
          )
          .delete();
      }
      return merged.length;
    });
  }

  async pruneLeft(before: Date) {
    const { db } = this;
    const inScope = db<ResultRow>('entity_results').select('entity_ref');
    let deleted = await db<PointRow>('outcome_points')
      .where('at', '<', before)
      .whereNotIn('entity_ref', inScope)
      .delete();
    deleted += await db<DayRow>('outcome_days')
      .where('day', '<', dayNumber(before))
      .whereNotIn('entity_ref', inScope.clone())
      .delete();
    for (const table of ['pulse_answers', 'pulse_notices']) {
      const column = table === 'pulse_answers' ? 'updated_at' : 'notified_at';
      deleted += await db<EntityScopedRow>(table)
        .where(column, '<', before)
        .whereNotExists(
          db<ResultRow>('entity_results')
            .select(db.raw('1'))
            .whereRaw(`entity_results.migration_id = ${table}.migration_id`)
            .whereRaw(`entity_results.entity_ref = ${table}.entity_ref`),
        )
        .delete();
    }
    return deleted;
  }

  async countPoints() {
    const [points] = await this.db<PointRow>('outcome_points').count({
      n: '*',
    });
    const [days] = await this.db<DayRow>('outcome_days').count({ n: '*' });
    return toNumber(points?.n) + toNumber(days?.n);
  }

  async version() {
    const row = await this.db<OutcomeVersionRow>('outcome_versions')
      .where('name', 'outcomes')
      .first('version');
    return toNumber(row?.version);
  }

  async bumpVersion() {
    await this.db<OutcomeVersionRow>('outcome_versions')
      .where('name', 'outcomes')
      .increment('version', 1);
  }

  async putPulseAnswer(answer: PulseAnswerWrite) {
    const row: PulseRow = {
      migration_id: answer.migrationId,
      entity_ref: answer.entityRef,
      respondent: bounded(answer.respondent, 512),
      score: answer.score,
      comment: cleanOrNull(answer.comment),
      answered_at: answer.at,
      updated_at: answer.at,
    };
    // A changed answer keeps when it was first given.
    await this.db<PulseRow>('pulse_answers')
      .insert(row)
      .onConflict(['migration_id', 'entity_ref', 'respondent'])
      .merge(['score', 'comment', 'updated_at']);
    return (await this.getPulseAnswer(
      answer.migrationId,
      answer.entityRef,
      row.respondent,
    ))!;
  }

  async getPulseAnswer(
    migrationId: string,
    entityRef: string,
    respondent: string,
  ) {
    const row = await this.db<PulseRow>('pulse_answers')
      .where({
        migration_id: migrationId,
        entity_ref: entityRef,
        respondent,
      })
      .first();
    return row ? toPulse(row) : undefined;
  }

  async listPulseAnswers(migrationId: string) {
    const rows: PulseRow[] = await this.db<PulseRow>('pulse_answers')
      .where('migration_id', migrationId)
      .orderBy(['answered_at', 'entity_ref', 'respondent']);
    return rows.map(toPulse);
  }

  async seedPulseAnswers(rows: PulseAnswerRow[]) {
    for (const part of chunk(rows, 500)) {
      await this.db<PulseRow>('pulse_answers')
        .insert(
          part.map(a => ({
            migration_id: a.migrationId,
            entity_ref: a.entityRef,
            respondent: bounded(a.respondent, 512),
            score: a.score,
            comment: cleanOrNull(a.comment),
            answered_at: a.answeredAt,
            updated_at: a.updatedAt,
          })),
        )
        .onConflict(['migration_id', 'entity_ref', 'respondent'])
        .ignore();
    }
  }

  async recordPulseNotice(migrationId: string, entityRef: string, at: Date) {
    const inserted = await this.db<PulseNoticeRow>('pulse_notices')
      .insert({
        migration_id: migrationId,
        entity_ref: entityRef,
        notified_at: at,
      })
      .onConflict(['migration_id', 'entity_ref'])
      .ignore()
      .returning('entity_ref');
    return Array.isArray(inserted) && inserted.length > 0;
  }

  async listPulseNotices(migrationId: string) {
    const refs = await this.db<PulseNoticeRow>('pulse_notices')
      .where('migration_id', migrationId)
      .pluck('entity_ref');
    return new Set(refs);
  }
}
