import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { generateCatalog, withCatalogRelations } from '@internal/demo-catalog';

export const GROUPS = 2000;

/**
 * `catalog` config of the HTTP run's backend and its helper replicas.
 * Entities are processed once on ingestion and not again during the run:
 * the catalog's periodic refresh (every 100–150 s by default) would
 * otherwise re-process all of them in the measured process, slowing the
 * catalog and Solo Trek alike.
 */
export const BENCH_CATALOG_CONFIG = {
  processingInterval: { days: 30 },
  rules: [
    {
      allow: [
        'Component',
        'System',
        'API',
        'Resource',
        'Location',
        'Group',
        'User',
      ],
    },
  ],
};
export const SEED = 20261124;

/**
 * A synthetic organisation with `services` Components and 2,000 teams, from
 * the demo catalog's generator, with the relations and uids the catalog adds.
 */
export function syntheticCatalog(services: number): Entity[] {
  return withCatalogRelations(
    generateCatalog({ services, groups: GROUPS, seed: SEED }),
  );
}

/** The Components of a catalog: the benchmark's scope. */
export function components(entities: Entity[]): Entity[] {
  return entities.filter(e => e.kind === 'Component');
}

export type QueryRequest = {
  filter?: Record<string, string | string[]>;
  cursor?: string;
  limit?: number;
  fields?: string[];
};

export type QueryResponse = {
  items: Entity[];
  totalItems: number;
  pageInfo: { nextCursor?: string; prevCursor?: string };
};

type Cursor = { key: string; offset: number };

function encodeCursor(cursor: Cursor) {
  return Buffer.from(JSON.stringify(cursor)).toString('base64');
}
function decodeCursor(cursor: string): Cursor {
  return JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'));
}

/** The catalog backend's `fields` projection: dotted paths, values copied. */
export function projectFields(entity: Entity, fields?: string[]): Entity {
  if (!fields?.length) return entity;
  const out: any = {};
  for (const field of fields) {
    const parts = field.split('.');
    let src: any = entity;
    for (const part of parts) {
      src = src === null || typeof src !== 'object' ? undefined : src[part];
      if (src === undefined) break;
    }
    if (src === undefined) continue;
    let dst = out;
    for (let i = 0; i < parts.length - 1; i++) {
      dst = dst[parts[i]] ??= {};
    }
    dst[parts[parts.length - 1]] = src;
  }
  return out as Entity;
}

/** Entities per catalogServiceMock call when a filter is first matched. */
const FILTER_CHUNK = 10_000;
/** The catalog's JSON in buffers of at most 256 MB (1.6 GB at 1M). */
const BLOCK_BYTES = 256 * 2 ** 20;

/**
 * `queryEntities` as the catalog serves it (a filter, cursor paging, a
 * `fields` projection), over an in-memory list.
 *
 * The filter itself is catalogServiceMock's (the in-memory catalog from
 * @backstage/plugin-catalog-node/testUtils), so scope filters mean exactly
 * what they mean there. catalogServiceMock re-filters the whole catalog on
 * every page (O(pages × entities): hours at 100k, see the README), so this
 * matches each distinct filter once and pages over the result, as the real
 * catalog answers a filter from the search index it built when it stored
 * the entities. The entities never change here, so a filter's matches stay
 * true; `match` computes them before anything is measured. Filtering afresh
 * on each scan's first page cost 24.3 s at 1M against 1.8 s at 100k, a cost
 * of this stand-in that the real catalog does not have (issue 20).
 *
 * Each entity is held as its JSON text, outside the V8 heap, and parsed
 * when served, as the real catalog parses its stored `final_entity`. Each
 * page this process sends a scan is a 535 kB buffer outside the heap, and
 * V8 runs a full collection every few dozen of them, marking the whole
 * heap: with the entities held as objects (a 4.5 GB heap of some 60
 * million objects at 1M), that made this stand-in's cost grow with pages ×
 * catalog, 20–30× from 100k to 1M, on the two cores the scan and its
 * database share. As JavaScript strings the heap was 1.8 GB, and the
 * collector still paused 47.8 s at 1M against 1.6 s at 100k (issue 20).
 */
export class IndexedCatalog {
  /** Every entity's JSON, back to back, in blocks of at most BLOCK_BYTES. */
  private readonly blocks: Buffer[] = [];
  /** Entity i is blocks[block[i]] from byte start[i] to end[i]. */
  private readonly block: Uint16Array;
  private readonly start: Uint32Array;
  private readonly end: Uint32Array;
  private readonly byRef = new Map<string, number>();
  /** Positions of each filter's matches, by serialised filter. */
  private readonly matches = new Map<string, Uint32Array>();
  /** Time spent answering queryEntities and getEntitiesByRefs, in ms. */
  busyMs = 0;
  calls = 0;

  constructor(entities: Entity[]) {
    this.block = new Uint16Array(entities.length);
    this.start = new Uint32Array(entities.length);
    this.end = new Uint32Array(entities.length);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = () => {
      this.blocks.push(Buffer.concat(pending, pendingBytes));
      pending = [];
      pendingBytes = 0;
    };
    entities.forEach((entity, i) => {
      this.byRef.set(stringifyEntityRef(entity), i);
      const bytes = Buffer.from(JSON.stringify(entity));
      if (pendingBytes + bytes.length > BLOCK_BYTES) flush();
      this.block[i] = this.blocks.length;
      this.start[i] = pendingBytes;
      this.end[i] = pendingBytes + bytes.length;
      pending.push(bytes);
      pendingBytes += bytes.length;
    });
    flush();
  }

  get size() {
    return this.start.length;
  }

  private parse(position: number): Entity {
    return JSON.parse(
      this.blocks[this.block[position]].toString(
        'utf8',
        this.start[position],
        this.end[position],
      ),
    );
  }

  private entity(position: number, fields?: string[]): Entity {
    return projectFields(this.parse(position), fields);
  }

  /** The entities of `refs` in order, undefined where missing (the nudge sweep's lookups). */
  getEntitiesByRefs(request: { entityRefs: string[]; fields?: string[] }): {
    items: Array<Entity | undefined>;
  } {
    const started = performance.now();
    try {
      return {
        items: request.entityRefs.map(ref => {
          const position = this.byRef.get(ref);
          return position === undefined
            ? undefined
            : this.entity(position, request.fields);
        }),
      };
    } finally {
      this.busyMs += performance.now() - started;
    }
  }

  /** Matches `filter` ahead of the queries that use it; returns how many matched. */
  async match(filter: QueryRequest['filter']): Promise<number> {
    return (await this.queryEntities({ filter, limit: 0 })).totalItems;
  }

  async queryEntities(request: QueryRequest): Promise<QueryResponse> {
    const started = performance.now();
    try {
      this.calls++;
      let key: string;
      let offset = 0;
      if (request.cursor) {
        ({ key, offset } = decodeCursor(request.cursor));
      } else {
        key = JSON.stringify(request.filter ?? {});
        if (!this.matches.has(key)) {
          this.matches.set(key, await this.filter(request.filter));
        }
      }
      const all = this.matches.get(key);
      if (!all) throw new Error('Invalid cursor');
      const limit = request.limit ?? all.length;
      const page = all.subarray(offset, offset + limit);
      const pageInfo: QueryResponse['pageInfo'] = {};
      if (offset + limit < all.length) {
        pageInfo.nextCursor = encodeCursor({ key, offset: offset + limit });
      }
      if (offset > 0) {
        pageInfo.prevCursor = encodeCursor({
          key,
          offset: Math.max(0, offset - limit),
        });
      }
      return {
        items: Array.from(page, position =>
          this.entity(position, request.fields),
        ),
        totalItems: all.length,
        pageInfo,
      };
    } finally {
      this.busyMs += performance.now() - started;
    }
  }

  /** The positions of the entities that match `filter`, in catalog order. */
  private async filter(filter: QueryRequest['filter']): Promise<Uint32Array> {
    const found: number[] = [];
    for (let start = 0; start < this.size; start += FILTER_CHUNK) {
      const chunk: Entity[] = [];
      for (let i = start; i < Math.min(this.size, start + FILTER_CHUNK); i++) {
        chunk.push(this.parse(i));
      }
      const { items } = await catalogServiceMock({
        entities: chunk,
      }).queryEntities({ filter }, { credentials: undefined as any });
      // The mock returns the objects it was given, in their order.
      const position = new Map(chunk.map((e, i) => [e, start + i]));
      for (const item of items) {
        const at = position.get(item);
        if (at === undefined) {
          throw new Error(
            'catalogServiceMock returned an entity it was not given',
          );
        }
        found.push(at);
      }
    }
    return Uint32Array.from(found);
  }
}

/**
 * How long catalogServiceMock itself takes to page through the scope, 500 at
 * a time with the scanner's projection: at most `maxPages` pages are read and
 * the rest extrapolated (every page costs the same full filter).
 */
export async function timeCatalogServiceMock(
  entities: Entity[],
  filter: Record<string, string>,
  fields: string[],
  maxPages: number,
): Promise<{ ms: number; pages: number; pagesRead: number }> {
  const mock = catalogServiceMock({ entities });
  const options = { credentials: undefined as any };
  const started = performance.now();
  let cursor: string | undefined;
  let pagesRead = 0;
  let total = 0;
  do {
    const page = await mock.queryEntities(
      cursor ? { cursor, limit: 500, fields } : { filter, limit: 500, fields },
      options,
    );
    total = page.totalItems;
    pagesRead++;
    cursor = page.pageInfo.nextCursor;
  } while (cursor && pagesRead < maxPages);
  const elapsed = performance.now() - started;
  const pages = Math.max(1, Math.ceil(total / 500));
  return { ms: (elapsed / pagesRead) * pages, pages, pagesRead };
}
