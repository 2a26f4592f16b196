import { randomBytes } from 'node:crypto';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CustomErrorBase } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DateTime } from 'luxon';
import { MigrationDefinition } from '../config/readSoloTrekConfig';
import {
  EntityError,
  EntityState,
  ResultDigest,
  ResultWrite,
  ScanSupersededError,
  SoloTrekStore,
  StoredResult,
} from '../database/SoloTrekStore';
import { evaluateEntity } from '../domain/evaluateEntity';
import { RelatedEntity, RelatedLookup } from '../domain/model';
import { nextResult } from '../domain/nextResult';
import { evaluationConfigDigest, inputDigest } from '../domain/inputDigest';
import { FactCollector } from './FactCollector';
import { parseValuePath } from '../rules/valuePath';
import { FactReader } from '../rules/compileRule';

const PAGE_SIZE = 500;
/** Related refs asked of the catalog at once. */
const RELATED_CHUNK = 500;
/**
 * Seen refs recorded ten pages at a time: one transaction per 5,000 refs
 * instead of two commits a page. On SQLite, where a commit is a sync to
 * disk, recording a page's refs took 19 ms of a 160 ms page at 100k;
 * 5,000 refs are about 300 kB held (issue 20).
 */
const SEEN_BATCH = 5_000;

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
  entities: number;
  rowsWritten: number;
  deleted: number;
  ruleEvaluations: number;
  /** Entities that could not be evaluated or stored; each has an EntityError. */
  failedEntities: number;
  /** Entities whose inputs had the digest stored with their result: not evaluated. */
  skipped: number;
}

/** The catalog could not be read: its own message is safe to show. */
class CatalogReadError extends CustomErrorBase {
  name = 'CatalogReadError';
  /** The catalog's message, as the catalog shows it to the same readers. */
  readonly catalogMessage: string;
  constructor(cause: unknown) {
    const message = String((cause as Error)?.message ?? cause);
    super(message, cause);
    this.catalogMessage = message;
  }
}

/** The scheduler aborted the scan (its timeout passed): it stops writing. */
export class ScanAbortedError extends CustomErrorBase {
  name = 'ScanAbortedError';
}

/** Ties a generic message that readers see to the log line with the cause. */
function newLogId(): string {
  return randomBytes(6).toString('hex');
}

function refOf(entity: Entity): string | undefined {
  try {
    return stringifyEntityRef(entity);
  } catch {
    return undefined;
  }
}

interface PageOutcome {
  written: number;
  evaluations: number;
  skipped: number;
  results: StoredResult[];
  failed: number;
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
      /** Seen refs recorded at once (SEEN_BATCH by default). */
      seenBatch?: number;
      /** Daily snapshots are kept this long, then thinned to weekly. */
      dailyRetentionDays?: number;
    },
  ) {}

  /** The catalog fields a migration's rules read, as a `fields` projection. */
  static fieldsFor(migration: MigrationDefinition): string[] {
    const fields = new Set(BASE_FIELDS);
    const { legacyCode, regulatoryScope } = migration.segmentation.signals;
    const rules = [
      migration.liveWhen,
      ...migration.creed.map(c => c.rule),
      ...(legacyCode ? [legacyCode.rule] : []),
      ...(regulatoryScope ? [regulatoryScope] : []),
    ];
    for (const path of rules.flatMap(r => r.paths)) {
      // The catalog projects by dotted prefixes; two levels is precise enough.
      const segments = parseValuePath(path, 'path');
      fields.add(segments.slice(0, 2).join('.'));
    }
    return [...fields];
  }

  /**
   * Scans one migration. The scheduler's signal is checked between pages and
   * before each write: once it aborts (the task's timeout passed, so another
   * replica may start the next scan) this scan stops. Its writes are also
   * fenced by its token: once the next scan has started, any write this one
   * still had in flight is refused, so two scans never write at once.
   */
  async scan(
    migration: MigrationDefinition,
    options: { signal?: AbortSignal } = {},
  ): Promise<ScanSummary> {
    const { store } = this.deps;
    const { signal } = options;
    const startedAt = new Date();
    const last = await store.getScan(migration.id);
    await store.analyzeIfStale(last?.entities ?? 0);
    const scanToken = await store.recordScanStart(migration.id, startedAt);
    const summary: ScanSummary = {
      migrationId: migration.id,
      entities: 0,
      rowsWritten: 0,
      deleted: 0,
      ruleEvaluations: 0,
      failedEntities: 0,
      skipped: 0,
    };
    try {
      await this.scanPages(migration, startedAt, summary, scanToken, signal);
      this.stopIfAborted(signal, migration, summary);
      summary.deleted = await store.deleteUnseenResults(migration.id, {
        seenBy: scanToken,
        scanToken,
        now: startedAt,
      });
      summary.rowsWritten += summary.deleted;
      // Errors this scan did not record again are of entities now stored.
      await store.clearEntityErrors(migration.id, { before: startedAt });
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
        failedEntities: summary.failedEntities,
        scanToken,
      });
      this.deps.logger.info(
        `Scanned migration ${migration.id}: ${summary.entities} entities, ` +
          `${summary.rowsWritten} rows written, ${summary.deleted} removed, ` +
          `${summary.failedEntities} failed, ${summary.skipped} unchanged inputs skipped`,
      );
      return summary;
    } catch (error) {
      // The last good results stay and are served as stale.
      await store.recordScanEnd(migration.id, {
        at: new Date(),
        error: this.failureMessage(migration, error),
        scanToken,
      });
      throw error;
    }
  }

  private async scanPages(
    migration: MigrationDefinition,
    startedAt: Date,
    summary: ScanSummary,
    scanToken: string,
    signal: AbortSignal | undefined,
  ) {
    const { catalog, auth, store } = this.deps;
    const credentials = await auth.getOwnServiceCredentials();
    const fields = EvaluationScanner.fieldsFor(migration);
    const limit = this.deps.pageSize ?? PAGE_SIZE;
    let cursor: string | undefined;
    let seen: string[] = [];
    do {
      this.stopIfAborted(signal, migration, summary);
      const page = await catalog
        .queryEntities(
          cursor
            ? { cursor, limit, fields }
            : { filter: migration.scope, limit, fields },
          { credentials },
        )
        .catch(error => {
          throw new CatalogReadError(error);
        });
      this.stopIfAborted(signal, migration, summary);
      const outcome = await this.evaluatePage(
        migration,
        page.items,
        startedAt,
        { withResults: false, scanToken, signal },
      );
      // Seen refs go to the database, not a Set: at 1M entities the set
      // alone was about 100 MB (issue 20).
      seen.push(...page.items.flatMap(entity => refOf(entity) ?? []));
      if (seen.length >= (this.deps.seenBatch ?? SEEN_BATCH)) {
        await store.markSeen(migration.id, scanToken, seen);
        seen = [];
      }
      summary.entities += page.items.length;
      summary.rowsWritten += outcome.written;
      summary.ruleEvaluations += outcome.evaluations;
      summary.failedEntities += outcome.failed;
      summary.skipped += outcome.skipped;
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    await store.markSeen(migration.id, scanToken, seen);
  }

  private stopIfAborted(
    signal: AbortSignal | undefined,
    migration: MigrationDefinition,
    summary: ScanSummary,
  ) {
    if (signal?.aborted) {
      throw new ScanAbortedError(
        `The scan of migration ${migration.id} stopped at its timeout after ` +
          `${summary.entities} entities; the next scan starts over`,
      );
    }
  }

  /**
   * What readers of the scan status see. Only messages this plugin wrote or
   * the catalog's own are shown; anything else (a database error names
   * tables and columns) is logged under a log id that the message names.
   */
  private failureMessage(migration: MigrationDefinition, error: unknown) {
    const { logger } = this.deps;
    if (error instanceof CatalogReadError) {
      logger.warn(`Scan of migration ${migration.id} failed`, error);
      return error.catalogMessage;
    }
    if (
      error instanceof ScanAbortedError ||
      error instanceof ScanSupersededError
    ) {
      logger.warn(`Scan of migration ${migration.id} failed: ${error.message}`);
      return error.message;
    }
    const logId = newLogId();
    logger.error(
      `Scan of migration ${migration.id} failed (log id ${logId}): ${error}`,
      error instanceof Error ? error : undefined,
    );
    return `The scan failed; the backend log has the cause under log id ${logId}`;
  }

  /**
   * The Resources and APIs a page's entities relate to, for the quadrant's
   * data gravity (a Resource's type) and fan-in (an API's consumers): one
   * catalog read per 500 refs. A catalog that cannot answer fails the page
   * as any catalog read does, rather than shift quadrants for a moment.
   */
  private async relatedOf(
    migration: MigrationDefinition,
    entities: Entity[],
  ): Promise<RelatedLookup> {
    const { fanIn, dataGravity } = migration.segmentation.signals;
    const refs = new Set<string>();
    for (const entity of entities) {
      for (const r of entity.relations ?? []) {
        if (fanIn.apiConsumerWeight > 0 && r.type === 'providesApi')
          refs.add(r.targetRef);
        if (
          dataGravity.resourceTypes.length > 0 &&
          r.type === 'dependsOn' &&
          r.targetRef.startsWith('resource:')
        ) {
          refs.add(r.targetRef);
        }
      }
    }
    const related = new Map<string, RelatedEntity>();
    if (refs.size === 0) return related;
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const wanted = [...refs];
    for (let i = 0; i < wanted.length; i += RELATED_CHUNK) {
      const chunk = wanted.slice(i, i + RELATED_CHUNK);
      const { items } = await this.deps.catalog
        .getEntitiesByRefs(
          {
            entityRefs: chunk,
            fields: ['kind', 'metadata.name', 'spec.type', 'relations'],
          },
          { credentials },
        )
        .catch(error => {
          throw new CatalogReadError(error);
        });
      items.forEach((item, j) => {
        if (!item) return;
        const type = (item.spec as { type?: unknown } | undefined)?.type;
        related.set(chunk[j], {
          kind: item.kind,
          type: typeof type === 'string' ? type : null,
          consumers: (item.relations ?? [])
            .filter(r => r.type === 'apiConsumedBy')
            .map(r => r.targetRef),
        });
      });
    }
    return related;
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
   *
   * No entity can fail the page: one whose evaluation throws, or whose row
   * the database refuses, is recorded with its own EntityError (a generic
   * message and a log id; the log has the cause) and the rest is written.
   */
  private async evaluatePage(
    migration: MigrationDefinition,
    entities: Entity[],
    now: Date,
    options: {
      forceFacts?: boolean;
      withResults: boolean;
      scanToken?: string;
      signal?: AbortSignal;
    },
  ): Promise<PageOutcome> {
    const { store, facts } = this.deps;
    if (entities.length === 0)
      return { written: 0, evaluations: 0, skipped: 0, results: [], failed: 0 };
    const errors: EntityError[] = [];
    const fail = (ref: string, what: string, error: unknown) => {
      const logId = newLogId();
      this.deps.logger.warn(
        `Could not ${what} ${ref} for migration ${migration.id} (log id ${logId}): ${error}`,
      );
      errors.push({
        entityRef: ref,
        message: `Could not ${what} this entity; the backend log has the cause under log id ${logId}`,
        logId,
        failedAt: now,
      });
    };
    // An entity without a valid ref cannot be recorded, only counted.
    let unnamed = 0;
    const named: Array<{ entity: Entity; ref: string }> = [];
    for (const entity of entities) {
      const ref = refOf(entity);
      if (ref) named.push({ entity, ref });
      else unnamed++;
    }
    if (unnamed) {
      this.deps.logger.warn(
        `Skipped ${unnamed} catalog entities without a valid ref in migration ${migration.id}`,
      );
    }
    const refs = named.map(n => n.ref);
    await facts.collect(
      named.map(n => n.entity),
      now,
      { force: options.forceFacts, signal: options.signal },
    );
    // Rules that read no fact leave the facts table alone.
    const readsFacts =
      migration.liveWhen.factKeys.length > 0 ||
      migration.creed.some(c => c.rule.factKeys.length > 0);
    const [factsByRef, previous, states, related] = await Promise.all([
      readsFacts ? store.getFacts(refs, now) : new Map<string, FactReader>(),
      options.withResults
        ? store.getResults(migration.id, refs)
        : store.getResultDigests(migration.id, refs),
      store.getStates(migration.id, refs),
      this.relatedOf(
        migration,
        named.map(n => n.entity),
      ),
    ]);
    const writes: ResultWrite[] = [];
    const computed = new Map<string, StoredResult>();
    // A scan skips entities whose inputs are those of the stored result
    // (inputDigest.ts); an on-demand refresh always evaluates.
    const config = options.withResults
      ? undefined
      : evaluationConfigDigest(migration);
    const unchanged: Array<{
      entityRef: string;
      resultHash: string;
      inputDigest: string;
    }> = [];
    let skipped = 0;
    for (const { entity, ref } of named) {
      let write: ResultWrite | undefined;
      try {
        const prev: ResultDigest | undefined = previous.get(ref);
        const state = states.get(ref);
        const digestWith = (s: EntityState | undefined) =>
          inputDigest({
            config: config!,
            entity,
            facts: factsByRef.get(ref),
            related,
            state: s,
          });
        const digest = config ? digestWith(state) : undefined;
        if (digest && prev?.inputDigest === digest) {
          skipped++;
          continue;
        }
        const evaluation = evaluateEntity(
          migration,
          entity,
          factsByRef.get(ref),
          { related },
        );
        const decide = (
          stored: ResultDigest | undefined,
          storedState: EntityState | undefined,
        ) =>
          nextResult({
            migrationId: migration.id,
            evaluation,
            previous: stored,
            state: storedState,
            now,
            liveWhen: migration.liveWhen.description,
          });
        write = decide(prev, state);
        if (write) {
          // Written only if what it was computed from is still stored; an
          // API stage update in between is decided on again, not overwritten
          // (and stored without a digest: the next scan evaluates it).
          write = {
            ...write,
            basis: { resultHash: prev?.resultHash ?? null, state },
            rebase: current => decide(current.previous, current.state),
          };
          if (config) {
            // The digest of the state as this write leaves it.
            write.inputDigest = write.annotationStageAt
              ? digestWith({
                  apiStage: state?.apiStage ?? null,
                  apiStageAt: state?.apiStageAt ?? null,
                  annotationStageAt: write.annotationStageAt,
                } as EntityState)
              : digest;
          }
        } else if (digest && prev && prev.inputDigest !== digest) {
          unchanged.push({
            entityRef: ref,
            resultHash: prev.resultHash,
            inputDigest: digest,
          });
        }
      } catch (error) {
        fail(ref, 'evaluate', error);
        continue;
      }
      if (write) {
        writes.push(write);
        computed.set(ref, write.result);
      }
    }
    if (options.signal?.aborted) {
      throw new ScanAbortedError(
        `The scan of migration ${migration.id} stopped at its timeout; the next scan starts over`,
      );
    }
    const written = await store.writeResults(migration.id, writes, {
      scanToken: options.scanToken,
      onEntityError: (write, error) =>
        fail(write.result.entityRef, 'store the evaluation of', error),
    });
    if (errors.length) await store.recordEntityErrors(migration.id, errors);
    // Results that did not change keep their row; only the digest of what
    // they were computed from is new (once after an upgrade, or after an
    // input changed that no result reads, e.g. an unrelated annotation).
    if (unchanged.length)
      await store.storeInputDigests(migration.id, unchanged);
    const outcome: PageOutcome = {
      written,
      evaluations: (named.length - skipped) * (migration.creed.length + 1),
      skipped,
      results: [],
      failed: errors.length + unnamed,
    };
    if (!options.withResults) return outcome;

    // What is stored now: a write may have been decided again on a newer row.
    const failedRefs = new Set(errors.map(e => e.entityRef));
    const stored = writes.length
      ? await store.getResults(migration.id, refs)
      : (previous as Map<string, StoredResult>);
    for (const ref of refs) {
      const result = stored.get(ref) ?? computed.get(ref);
      if (!result) {
        const error = errors.find(e => e.entityRef === ref);
        throw new Error(
          error?.message ?? `No evaluation of ${ref} could be stored`,
        );
      }
      outcome.results.push(result);
    }
    const fine = refs.filter(ref => !failedRefs.has(ref));
    if (fine.length) {
      await store.clearEntityErrors(migration.id, { entityRefs: fine });
    }
    return outcome;
  }
}
