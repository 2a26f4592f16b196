import { LRUCache } from 'lru-cache';
import { DateTime } from 'luxon';
import { configDigest } from '../../config/configDigest';
import { SoloTrekConfig } from '../../config/readSoloTrekConfig';
import { SoloTrekStore } from '../../database/SoloTrekStore';

/** Things made from one document version; beyond this the least used go. */
const MAX_DERIVED = 256;

/**
 * Documents kept in memory. Keys are migrations times kinds (adoption,
 * history, two leaderboards, long-tail pages) under the one config a process
 * runs, so this bounds memory without ever evicting in practice.
 */
const MAX_DOCUMENTS = 256;

/**
 * One version of a cached document: the value, valid for one results version
 * and one day, and what has been made from it (sorted lists, pages), which
 * goes when the document does. The value and everything made from it are
 * frozen: every reader shares them until the version changes, and the router
 * layer serialises a frozen value once (`http/jsonDocuments.ts`).
 */
export class CachedDocument<T> {
  private derived?: LRUCache<string, { made: unknown }>;

  constructor(
    readonly version: number,
    readonly day: string,
    readonly value: T,
  ) {
    freeze(value);
  }

  /** Something made from this document, made once per version. */
  derive<R>(key: string, make: () => R): R {
    this.derived ??= new LRUCache({ max: MAX_DERIVED });
    const hit = this.derived.get(key);
    if (hit) return hit.made as R;
    const made = freeze(make());
    this.derived.set(key, { made });
    return made;
  }

  /** `derive` for what takes a query to make; concurrent misses both make it. */
  async deriveAsync<R>(key: string, make: () => Promise<R>): Promise<R> {
    this.derived ??= new LRUCache({ max: MAX_DERIVED });
    const hit = this.derived.get(key);
    if (hit) return hit.made as R;
    const made = freeze(await make());
    this.derived.set(key, { made });
    return made;
  }
}

function freeze<T>(value: T): T {
  return typeof value === 'object' && value !== null
    ? Object.freeze(value)
    : value;
}

/**
 * Whole documents computed from the stored results, in two tiers: memory
 * (an LRU of live objects, with what was derived from them) and the
 * `aggregates` table, which every replica shares. A document is keyed by
 * migration, by its kind and the digest of the config that shapes it (after
 * a restart with new weights or Creed items nothing computed under the old
 * config is served), and is valid for one results version and one day, so
 * readers never recompute what no write has changed, and every replica
 * serves the same answer.
 *
 * Backstage's CacheService (coreServices.cache) is not used as a shared tier:
 * the database tier already is shared, and it is checked against the results
 * version in the same database, so a write and the documents it outdates
 * cannot disagree, and removing a migration deletes its documents in the
 * same transaction as its results. A Redis or Memcache CacheService would
 * cost the same round trip and JSON parse as the table without those
 * guarantees, and its default in-memory store holds JSON copies, where this
 * memory tier holds the live objects that pages and serialised bytes are
 * derived from once.
 */
export class AggregateCache {
  private readonly memory = new LRUCache<string, CachedDocument<unknown>>({
    max: MAX_DOCUMENTS,
  });
  private readonly configKey: string;

  constructor(
    private readonly deps: {
      config: SoloTrekConfig;
      store: SoloTrekStore;
      now: () => Date;
    },
  ) {
    this.configKey = configDigest(deps.config);
  }

  /** The day documents are valid for, in UTC. */
  today(): string {
    return DateTime.fromJSDate(this.deps.now(), { zone: 'utc' }).toISODate()!;
  }

  /**
   * The document of `kind`, from memory, the database or `compute`, so a
   * read of an unchanged document costs one small query. `knownVersion` is
   * the results version when the caller has already read it.
   */
  async get<T>(
    migrationId: string,
    kind: string,
    compute: () => Promise<T>,
    knownVersion?: number,
  ): Promise<CachedDocument<T>> {
    const { store } = this.deps;
    const version =
      knownVersion ?? (await store.getResultsVersion(migrationId));
    const day = this.today();
    const storedKind = `${kind}@${this.configKey}`;
    const key = `${migrationId}/${storedKind}`;
    const hit = this.memory.get(key);
    if (hit && hit.version === version && hit.day === day)
      return hit as CachedDocument<T>;
    const stored = await store.getAggregate(migrationId, storedKind);
    if (stored && stored.version === version) {
      const doc = JSON.parse(stored.body) as { day: string; value: T };
      if (doc.day === day) {
        const entry = new CachedDocument(version, day, doc.value);
        this.memory.set(key, entry);
        return entry;
      }
    }
    const value = await compute();
    await store.putAggregate(
      migrationId,
      storedKind,
      version,
      JSON.stringify({ day, value }),
    );
    const entry = new CachedDocument(version, day, value);
    this.memory.set(key, entry);
    return entry;
  }

  /**
   * A document with no value, kept in memory only, for what is derived
   * straight from the results at their current version and day (long-tail
   * pages: the long tail is too large to store whole).
   */
  async scratch(
    migrationId: string,
    kind: string,
  ): Promise<CachedDocument<undefined>> {
    const version = await this.deps.store.getResultsVersion(migrationId);
    const day = this.today();
    const key = `${migrationId}/${kind}@${this.configKey}#memory`;
    const hit = this.memory.get(key);
    if (hit && hit.version === version && hit.day === day)
      return hit as CachedDocument<undefined>;
    const entry = new CachedDocument(version, day, undefined);
    this.memory.set(key, entry);
    return entry;
  }
}
