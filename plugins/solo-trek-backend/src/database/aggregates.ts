import {
  AdoptionRow,
  LongTailQuery,
  ScoredRow,
  StoredResult,
} from './SoloTrekStore';
import {
  clean,
  resultFromRow,
  toDate,
  toDateOrNull,
  toNumber,
} from './rowValues';
import { AggregateRow, Count, ResultRow, WaiverRow } from './tableRows';
import { resultsWithState, WAVE_SQL } from './resultsWithState';
import { StoreContext } from './storeContext';
import { keysetPages } from './keysetPages';

/** Scored rows read at once: about 5 MB of rows a page. */
const SCORED_PAGE = 5_000;

/** The outcomes column: creed id → outcome; null on rows from before it. */
const outcomesOf = (row: Pick<ResultRow, 'outcomes'>): Record<string, string> =>
  JSON.parse(row.outcomes ?? '{}');

/**
 * The aggregates table (cached documents by results version) and the
 * grouped reads of results the reports are computed from.
 */
export class AggregateStore {
  constructor(private readonly ctx: StoreContext) {}

  async getAggregate(migrationId: string, kind: string) {
    const row = await this.ctx
      .db<AggregateRow>('aggregates')
      .where({ migration_id: migrationId, kind })
      .first('version', 'body');
    return row ? { version: toNumber(row.version), body: row.body } : undefined;
  }

  async putAggregate(
    migrationId: string,
    kind: string,
    version: number,
    body: string,
  ) {
    await this.ctx
      .db<AggregateRow>('aggregates')
      .insert({
        migration_id: migrationId,
        kind,
        version,
        body: clean(body),
        computed_at: new Date(),
      })
      .onConflict(['migration_id', 'kind'])
      .merge();
  }

  async adoptionRows(migrationId: string): Promise<AdoptionRow[]> {
    const { db } = this.ctx;
    const wave = db.raw(WAVE_SQL);
    const rows = await resultsWithState(db, migrationId)
      .groupBy(
        'r.owner_ref',
        'r.track',
        'r.criticality',
        'r.complexity',
        wave,
        'r.stage',
        'r.must_pass',
      )
      .select<
        Array<
          Pick<
            ResultRow,
            | 'owner_ref'
            | 'track'
            | 'criticality'
            | 'complexity'
            | 'stage'
            | 'must_pass'
          > & { wave: string | null; count: Count }
        >
      >(
        'r.owner_ref',
        'r.track',
        'r.criticality',
        'r.complexity',
        db.raw(`${WAVE_SQL} as wave`),
        'r.stage',
        'r.must_pass',
        db.raw('COUNT(*) as count'),
      );
    return rows.map(row => ({
      ownerRef: row.owner_ref ?? null,
      track: row.track,
      criticality: row.criticality,
      complexity: row.complexity,
      wave: row.wave ?? null,
      stage: row.stage,
      mustPass: Boolean(row.must_pass),
      count: toNumber(row.count),
    }));
  }

  async outcomeCounts(migrationId: string) {
    const rows = await this.ctx
      .db<ResultRow>('entity_results')
      .where('migration_id', migrationId)
      .groupBy('outcomes')
      .select('outcomes')
      .count({ count: '*' });
    return rows.map(row => ({
      outcomes: outcomesOf(row),
      count: toNumber(row.count),
    }));
  }

  async activeWaiverOutcomes(migrationId: string, now: Date) {
    const rows = await this.ctx
      .db<WaiverRow>('waivers as w')
      .join('entity_results as r', function join() {
        this.on('r.migration_id', 'w.migration_id').andOn(
          'r.entity_ref',
          'w.entity_ref',
        );
      })
      .where('w.migration_id', migrationId)
      .whereNull('w.revoked_at')
      .where('w.expires_at', '>', now)
      .select<
        Array<
          Pick<WaiverRow, 'entity_ref' | 'creed_id' | 'expires_at'> &
            Pick<ResultRow, 'outcomes'>
        >
      >('w.entity_ref', 'w.creed_id', 'w.expires_at', 'r.outcomes');
    return rows.map(row => ({
      entityRef: row.entity_ref,
      creedId: row.creed_id,
      expiresAt: toDate(row.expires_at),
      outcome: outcomesOf(row)[row.creed_id] as string | undefined,
    }));
  }

  /**
   * The scored rows of a migration (or of one owner's services) in pages
   * by entity ref, so that no reader holds a whole scope at once: at 1M
   * services every row at once took 2.5-3.4 GB (issue 20). Each page is
   * one keyset query on the primary key.
   */
  async *scoredRowPages(
    migrationId: string,
    options: { ownerRef?: string; pageSize?: number } = {},
  ): AsyncGenerator<ScoredRow[]> {
    const pageSize = options.pageSize ?? SCORED_PAGE;
    const pages = keysetPages(
      after => {
        const query = this.ctx
          .db<ResultRow>('entity_results')
          .where('migration_id', migrationId)
          .orderBy('entity_ref')
          .limit(pageSize)
          .select(
            'entity_ref',
            'owner_ref',
            'stage',
            'migrated_at',
            'must_pass',
            'outcomes',
            'track',
          );
        if (options.ownerRef !== undefined)
          query.where('owner_ref', options.ownerRef);
        if (after !== undefined) query.where('entity_ref', '>', after);
        return query;
      },
      row => row.entity_ref,
      pageSize,
    );
    for await (const rows of pages) {
      yield rows.map(row => ({
        entityRef: row.entity_ref,
        ownerRef: row.owner_ref ?? null,
        stage: row.stage,
        track: row.track,
        migratedAt: toDateOrNull(row.migrated_at),
        mustPass: Boolean(row.must_pass),
        outcomes: outcomesOf(row),
      }));
    }
  }

  async longTail(migrationId: string, query: LongTailQuery) {
    const tail = this.ctx
      .db<ResultRow>('entity_results')
      .where('migration_id', migrationId)
      .whereNotIn('stage', ['migrated', 'decommissioned', 'retired']);
    if (!query.includeAllNotDone) {
      tail.where(inner =>
        inner
          .where('stage', 'not-started')
          .orWhere('stage_changed_at', '<=', query.idleBefore)
          // Rolled back and not moved since: at risk at once.
          .orWhereRaw('rolled_back_at >= stage_changed_at'),
      );
    }
    const base = tail.clone();
    if (query.criticality) base.where('criticality', query.criticality);
    if (query.complexity) base.where('complexity', query.complexity);
    const [byQuadrant, rows] = await Promise.all([
      tail
        .clone()
        .groupBy('criticality', 'complexity')
        .select('criticality', 'complexity')
        .count({ total: '*' }),
      base
        .clone()
        // Riskiest first: critical, then idle longest.
        .orderByRaw("CASE WHEN criticality = 'high' THEN 0 ELSE 1 END")
        // Never started means idle since the window opened: the longest of
        // all. A service rolled back to not-started did start.
        .orderByRaw(
          "CASE WHEN stage = 'not-started' AND rolled_back_at IS NULL THEN 0 ELSE 1 END",
        )
        .orderBy('stage_changed_at', 'asc')
        .orderBy('entity_ref', 'asc')
        .limit(query.limit)
        .offset(query.offset),
    ]);
    const quadrants = byQuadrant.map(r => ({
      criticality: r.criticality,
      complexity: r.complexity,
      total: toNumber(r.total),
    }));
    // The filtered total is one of the quadrant counts, or their sum.
    const total = quadrants
      .filter(
        r =>
          (!query.criticality || r.criticality === query.criticality) &&
          (!query.complexity || r.complexity === query.complexity),
      )
      .reduce((sum, r) => sum + r.total, 0);
    const items: StoredResult[] = rows.map(resultFromRow);
    return { total, items, quadrants };
  }
}
