import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DateTime } from 'luxon';
import { MigrationDefinition } from '../config/readSoloTrekConfig';
import { SoloTrekStore, StoredResult } from '../database/SoloTrekStore';
import { evaluateEntity } from '../domain/evaluateEntity';
import { nextResult } from '../domain/nextResult';
import { FactCollector } from './FactCollector';
import { parseValuePath } from '../rules/valuePath';
import { FactReader } from '../rules/compileRule';

const PAGE_SIZE = 500;

// What evaluation reads; everything else stays in the catalog.
const BASE_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'metadata.labels',
  'metadata.tags',
  'metadata.links',
  'spec.owner',
  'spec.lifecycle',
  'spec.type',
  'relations',
];

export interface ScanSummary {
  migrationId: string;
  /** Refs of the in-scope entities the scan saw. */
  seen: ReadonlySet<string>;
  entities: number;
  rowsWritten: number;
  deleted: number;
  ruleEvaluations: number;
}

/** Reads in-scope entities from the catalog page by page and stores results. */
export class EvaluationScanner {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      store: SoloTrekStore;
      facts: FactCollector;
      logger: LoggerService;
      pageSize?: number;
      /** Daily snapshots are kept this long, then thinned to weekly. */
      dailyRetentionDays?: number;
    },
  ) {}

  /** The catalog fields a migration's rules read, as a `fields` projection. */
  static fieldsFor(migration: MigrationDefinition): string[] {
    const fields = new Set(BASE_FIELDS);
    const rules = [migration.liveWhen, ...migration.creed.map(c => c.rule)];
    for (const path of rules.flatMap(r => r.paths)) {
      // The catalog projects by dotted prefixes; two levels is precise enough.
      const segments = parseValuePath(path, 'path');
      fields.add(segments.slice(0, 2).join('.'));
    }
    return [...fields];
  }

  async scan(migration: MigrationDefinition): Promise<ScanSummary> {
    const { catalog, auth, store, logger } = this.deps;
    const startedAt = new Date();
    const last = await store.getScan(migration.id);
    await store.analyzeIfStale(last?.entities ?? 0);
    await store.recordScanStart(migration.id, startedAt);
    const seen = new Set<string>();
    const summary: ScanSummary = {
      migrationId: migration.id,
      seen,
      entities: 0,
      rowsWritten: 0,
      deleted: 0,
      ruleEvaluations: 0,
    };
    try {
      const credentials = await auth.getOwnServiceCredentials();
      const fields = EvaluationScanner.fieldsFor(migration);
      const limit = this.deps.pageSize ?? PAGE_SIZE;
      let cursor: string | undefined;
      do {
        const page = await catalog.queryEntities(
          cursor
            ? { cursor, limit, fields }
            : { filter: migration.scope, limit, fields },
          { credentials },
        );
        const { written, evaluations } = await this.evaluatePage(
          migration,
          page.items,
          startedAt,
          { withResults: false },
        );
        for (const entity of page.items) seen.add(stringifyEntityRef(entity));
        summary.entities += page.items.length;
        summary.rowsWritten += written;
        summary.ruleEvaluations += evaluations;
        cursor = page.pageInfo.nextCursor;
      } while (cursor);

      summary.deleted = await store.deleteResultsExcept(migration.id, seen);
      summary.rowsWritten += summary.deleted;
      const today = DateTime.fromJSDate(startedAt, { zone: 'utc' });
      await store.writeSnapshot(migration.id, today.toISODate()!);
      await store.pruneSnapshots(
        migration.id,
        today.minus({ days: this.deps.dailyRetentionDays ?? 90 }).toISODate()!,
      );
      await store.recordScanEnd(migration.id, {
        at: new Date(),
        entities: summary.entities,
        rowsWritten: summary.rowsWritten,
      });
      logger.info(
        `Scanned migration ${migration.id}: ${summary.entities} entities, ` +
          `${summary.rowsWritten} rows written, ${summary.deleted} removed`,
      );
      return summary;
    } catch (error) {
      // The last good results stay and are served as stale.
      await store.recordScanEnd(migration.id, {
        at: new Date(),
        error: String((error as Error)?.message ?? error),
      });
      throw error;
    }
  }

  /** Evaluates one page: facts first, then rules, then only changed rows. */
  async processPage(
    migration: MigrationDefinition,
    entities: Entity[],
    now: Date,
    options: { forceFacts?: boolean } = {},
  ): Promise<{
    written: number;
    evaluations: number;
    results: StoredResult[];
  }> {
    return this.evaluatePage(migration, entities, now, {
      ...options,
      withResults: true,
    });
  }

  /**
   * processPage, and for scans (withResults: false) without reading or
   * returning the stored checks: a rescan only compares digests.
   */
  private async evaluatePage(
    migration: MigrationDefinition,
    entities: Entity[],
    now: Date,
    options: { forceFacts?: boolean; withResults: boolean },
  ): Promise<{
    written: number;
    evaluations: number;
    results: StoredResult[];
  }> {
    const { store, facts } = this.deps;
    if (entities.length === 0)
      return { written: 0, evaluations: 0, results: [] };
    const refs = entities.map(e => stringifyEntityRef(e));
    await facts.collect(entities, now, { force: options.forceFacts });
    // Rules that read no fact leave the facts table alone.
    const readsFacts =
      migration.liveWhen.factKeys.length > 0 ||
      migration.creed.some(c => c.rule.factKeys.length > 0);
    const [factsByRef, previous, states] = await Promise.all([
      readsFacts ? store.getFacts(refs, now) : new Map<string, FactReader>(),
      options.withResults
        ? store.getResults(migration.id, refs)
        : store.getResultDigests(migration.id, refs),
      store.getStates(migration.id, refs),
    ]);
    const writes = [];
    const results: StoredResult[] = [];
    for (let i = 0; i < entities.length; i++) {
      const evaluation = evaluateEntity(
        migration,
        entities[i],
        factsByRef.get(refs[i]),
      );
      const write = nextResult({
        migrationId: migration.id,
        evaluation,
        previous: previous.get(refs[i]),
        state: states.get(refs[i]),
        now,
      });
      if (!options.withResults) {
        if (write) writes.push(write);
      } else if (write) {
        writes.push(write);
        results.push(write.result);
      } else {
        results.push(previous.get(refs[i]) as StoredResult);
      }
    }
    const written = await store.writeResults(migration.id, writes);
    return {
      written,
      evaluations: entities.length * (migration.creed.length + 1),
      results,
    };
  }
}
