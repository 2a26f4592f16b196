import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  components,
  IndexedCatalog,
  syntheticCatalog,
  timeCatalogServiceMock,
} from './catalog';
import { BENCH_CREED, loadBenchConfig, RULES_PER_ENTITY } from './creed';
import {
  DbKind,
  DbTarget,
  DEFAULT_PG,
  dropPgDatabase,
  dropPgDatabasesWithPrefix,
  pgAdmin,
  pgReachable,
} from './database';
import { benchEvaluator, EvaluatorResult } from './evaluator';
import { benchHttp, HttpResult } from './http';
import {
  KeptCatalog,
  keptCatalogInfo,
  keptCatalogPrefix,
  keptCatalogStarted,
  markCatalogIngested,
} from './keptCatalog';
import { CatalogServerTimes, runScanInChild, ScanChildResult } from './scan';
import { EvaluationScanner } from './soloTrek';
import { benchTechInsights, TechInsightsResult } from './techInsights';

export interface BenchOptions {
  sizes: number[];
  dbs: DbKind[];
  /** Size whose stored results the HTTP backend serves; none skips HTTP. */
  httpSize?: number;
  /** Components in the real catalog of the HTTP backend (default: httpSize). */
  httpCatalogSize?: number;
  httpDb?: DbKind;
  /**
   * Keep the HTTP run's catalog databases on PostgreSQL for later runs, and
   * reuse one an earlier run kept (see keptCatalog.ts).
   */
  keepCatalog?: boolean;
  /** Drop a kept catalog first and ingest it again. */
  freshCatalog?: boolean;
  connections: number;
  durationS: number;
  warmupS: number;
  pg: string;
  /** Progress lines go here. */
  log?: (line: string) => void;
  /**
   * Days from now to the sunset in the nudge sweep run after the scans
   * (issue 14); undefined skips the sweep.
   */
  sweepDays?: number;
  /** Scans and the sweep only: no evaluator, Tech Insights, mock catalog or HTTP. */
  sweepOnly?: boolean;
  /** Skips the floor measurement (it costs about as much as a first scan). */
  noFloor?: boolean;
  /** --max-old-space-size of each scan's child process (default: V8's). */
  childHeapMb?: number;
  /** Times the aggregates' first computation over each stored scan. */
  aggregates?: boolean;
  /** Writes a V8 CPU profile of each first scan here (issue 20). */
  cpuProfDir?: string;
}

export interface SizeResult {
  size: number;
  catalogEntities: number;
  components: number;
  generateMs: number;
  /** The parts below are left out with --only-sweep. */
  evaluator?: {
    withoutEvidence: EvaluatorResult;
    withEvidence: EvaluatorResult;
  };
  techInsights?: TechInsightsResult;
  /** Per check: does Tech Insights agree with our evaluator on pass and fail? */
  crossCheck?: { matches: boolean; mismatches: string[] };
  mockCatalog?: { ms: number; pages: number; pagesRead: number };
  scans: Array<ScanChildResult & CatalogServerTimes>;
}

export interface Environment {
  date: string;
  cores: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
  sqlite: string;
  postgres?: string;
  creedItems: number;
  rulesPerEntity: number;
  /** 1-minute load average when the run started and when it ended. */
  loadAverage: { start: number; end?: number };
}

export interface BenchResults {
  environment: Environment;
  options: Omit<BenchOptions, 'log'>;
  sizes: SizeResult[];
  http?: HttpResult & {
    size: number;
    db: DbKind;
    /** Where the catalog was kept, and the earlier run it came from. */
    keptCatalog?: {
      prefix: string;
      reusedFrom?: KeptCatalog;
      /** The ingestion resumed an interrupted one and timed only the rest. */
      resumed: boolean;
    };
  };
  notes: string[];
}

async function environment(options: BenchOptions): Promise<Environment> {
  // eslint-disable-next-line @backstage/no-undeclared-imports
  const Database = require('better-sqlite3');
  const db = new Database(':memory:');
  const sqlite = db.prepare('select sqlite_version() as v').get().v;
  db.close();
  let postgres: string | undefined;
  if (options.dbs.includes('pg') || options.httpDb === 'pg') {
    const admin = pgAdmin(options.pg);
    try {
      const { rows } = await admin.raw('show server_version');
      postgres = rows[0].server_version;
    } finally {
      await admin.destroy();
    }
  }
  return {
    date: new Date().toISOString(),
    cores: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: os.totalmem() / 2 ** 30,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    sqlite,
    postgres,
    creedItems: BENCH_CREED.length,
    rulesPerEntity: RULES_PER_ENTITY,
    loadAverage: { start: os.loadavg()[0] },
  };
}

function gc() {
  (globalThis as { gc?: () => void }).gc?.();
}

function compareCounts(
  ours: EvaluatorResult['counts'],
  theirs: TechInsightsResult['counts'],
) {
  const mismatches: string[] = [];
  for (const [id, c] of Object.entries(ours)) {
    const t = theirs[id];
    if (!t || t.pass !== c.pass || t.fail !== c.fail + c.unknown) {
      mismatches.push(
        `${id}: ours ${c.pass}/${c.fail + c.unknown}, Tech Insights ${
          t?.pass
        }/${t?.fail}`,
      );
    }
  }
  return { matches: mismatches.length === 0, mismatches };
}

/**
 * Generates a size's catalog, runs the measurements that need its entities
 * as objects, and hands them to the catalog stand-in, which keeps them as
 * JSON text: the objects are not kept past this function.
 */
async function prepareSize(
  size: number,
  options: {
    migration: ReturnType<typeof loadBenchConfig>['migrations'][number];
    fields: string[];
    sweepOnly?: boolean;
    /** The Components' names, for the HTTP run. */
    keepNames: boolean;
    log: (line: string) => void;
  },
) {
  const started = performance.now();
  const entities = syntheticCatalog(size);
  const comps = components(entities);
  const generateMs = performance.now() - started;
  options.log(
    `generated ${entities.length.toLocaleString('en-US')} entities in ${(
      generateMs / 1000
    ).toFixed(1)} s`,
  );
  const extras: Partial<Awaited<ReturnType<typeof benchExtras>>> =
    options.sweepOnly
      ? {}
      : await benchExtras(
          options.migration,
          entities,
          comps,
          options.fields,
          options.log,
        );
  return {
    catalog: new IndexedCatalog(entities),
    generated: {
      catalogEntities: entities.length,
      components: comps.length,
      generateMs,
    },
    extras,
    componentNames: options.keepNames
      ? comps.map(e => e.metadata.name)
      : undefined,
  };
}

/** The evaluator, Tech Insights and catalogServiceMock measurements of one size. */
async function benchExtras(
  migration: ReturnType<typeof loadBenchConfig>['migrations'][number],
  entities: ReturnType<typeof syntheticCatalog>,
  comps: ReturnType<typeof components>,
  fields: string[],
  log: (line: string) => void,
): Promise<
  Required<
    Pick<
      SizeResult,
      'evaluator' | 'techInsights' | 'crossCheck' | 'mockCatalog'
    >
  >
> {
  const size = comps.length;
  const withoutEvidence = benchEvaluator(migration, comps, {
    withEvidence: false,
  });
  const withEvidence = benchEvaluator(migration, comps, {
    withEvidence: true,
  });
  log(
    `evaluator: ${(withoutEvidence.perSecond / 1e6).toFixed(
      2,
    )}M rule evaluations/s ` +
      `without evidence, ${(withEvidence.perSecond / 1e6).toFixed(2)}M/s with`,
  );

  const started = performance.now();
  const techInsights = await benchTechInsights(comps);
  log(
    `Tech Insights checker: ${Math.round(techInsights.perSecond).toLocaleString(
      'en-US',
    )} evaluations/s (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  const crossCheck = compareCounts(withEvidence.counts, techInsights.counts);

  // catalogServiceMock re-filters the whole catalog per page: at most
  // 20 pages are read, the rest extrapolated.
  const mockCatalog = await timeCatalogServiceMock(
    entities,
    migration.scope as Record<string, string>,
    fields,
    size > 20_000 ? 2 : 20,
  );
  log(
    `catalogServiceMock would page through the scope in ${(
      mockCatalog.ms / 1000
    ).toFixed(1)} s (${mockCatalog.pagesRead} of ${
      mockCatalog.pages
    } pages read)`,
  );

  return {
    evaluator: { withoutEvidence, withEvidence },
    techInsights,
    crossCheck,
    mockCatalog,
  };
}

/** Runs everything for the given sizes; writes nothing but temporary databases. */
export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const log = options.log ?? (() => {});
  const notes: string[] = [];
  let dbs = options.dbs;
  const pgOk =
    dbs.includes('pg') || options.httpDb === 'pg'
      ? await pgReachable(options.pg)
      : false;
  if (!pgOk && dbs.includes('pg')) {
    notes.push(`PostgreSQL at ${options.pg} is not reachable: skipped.`);
    dbs = dbs.filter(d => d !== 'pg');
  }
  let httpDb = options.httpDb ?? (pgOk ? 'pg' : 'sqlite');
  if (httpDb === 'pg' && !pgOk) httpDb = 'sqlite';
  const env = await environment({ ...options, dbs });
  const migration = loadBenchConfig().migrations[0];
  const fields = EvaluationScanner.fieldsFor(migration);
  const results: BenchResults = {
    environment: env,
    options: {
      ...options,
      dbs,
      httpDb,
      log: undefined,
    } as BenchResults['options'],
    sizes: [],
    notes,
  };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'solo-trek-bench-'));
  const pgDatabases: string[] = [];
  try {
    for (const size of options.sizes) {
      log(`\n== ${size.toLocaleString('en-US')} Components`);
      gc();
      const { catalog, generated, extras, componentNames } = await prepareSize(
        size,
        {
          migration,
          fields,
          sweepOnly: options.sweepOnly,
          keepNames: size === options.httpSize && !options.sweepOnly,
          log,
        },
      );
      if (extras.crossCheck && !extras.crossCheck.matches) {
        notes.push(
          `${size}: Tech Insights and Solo Trek disagree: ${extras.crossCheck.mismatches.join(
            '; ',
          )}`,
        );
      }
      // As the real catalog's search index, built before any scan asks.
      const matchStarted = performance.now();
      const inScope = await catalog.match(
        migration.scope as Record<string, string>,
      );
      log(
        `the catalog stand-in matched the scope's ${inScope.toLocaleString(
          'en-US',
        )} entities in ${((performance.now() - matchStarted) / 1000).toFixed(
          1,
        )} s, before the scans`,
      );
      const scans: SizeResult['scans'] = [];
      for (const db of dbs) {
        let target: DbTarget;
        if (db === 'sqlite') {
          const directory = path.join(tmp, `sqlite-${size}`);
          fs.mkdirSync(directory, { recursive: true });
          target = { kind: 'sqlite', directory };
        } else {
          const database = `solo_trek_bench_${process.pid}_${size}`;
          pgDatabases.push(database);
          await dropPgDatabase(options.pg, database);
          target = { kind: 'pg', connection: options.pg, database };
        }
        const scan = await runScanInChild(catalog, target, {
          sweepDays: options.sweepDays,
          cpuProfDir: options.cpuProfDir,
          noFloor: options.noFloor,
          aggregates: options.aggregates,
          heapMb: options.childHeapMb,
        });
        scans.push(scan);
        log(
          `${db}: first scan ${(scan.first.wallMs / 1000).toFixed(1)} s, ` +
            `${scan.first.rowsWritten.toLocaleString(
              'en-US',
            )} rows; second scan ${(scan.second.wallMs / 1000).toFixed(1)} s, ${
              scan.second.rowsWritten
            } rows, ${scan.second.skipped} entities skipped by digest ` +
            `(${
              scan.second.sqlRowChanges
            } SQL row changes); peak RSS ${Math.round(scan.peakRssMb)} MB`,
        );
        for (const [label, m] of [
          ['first scan', scan.first],
          ['rescan', scan.second],
        ] as const) {
          const top = Object.entries(m.storeMs)
            .sort((a, b) => b[1] - a[1])
            .slice(0, 6)
            .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)}`);
          log(
            `${db}: ${label}: catalog wait ${(m.catalogMs / 1000).toFixed(
              1,
            )} s; store ${top.join(', ')} s`,
          );
        }
        log(
          `${db}: the catalog stand-in was busy ${(
            scan.catalogServerMs / 1000
          ).toFixed(1)} s answering this child, and paused ${(
            scan.catalogGcMs / 1000
          ).toFixed(1)} s for garbage collection meanwhile`,
        );
        if (scan.floor) {
          const f = scan.floor;
          log(
            `${db}: floor ${(f.firstScanMs / 1000).toFixed(1)} s (paging ${(
              f.pagingMs / 1000
            ).toFixed(1)}, evaluation ${(f.evaluateMs / 1000).toFixed(
              1,
            )}, write ${(f.writeMs / 1000).toFixed(1)}): scan ${(
              scan.first.wallMs / f.firstScanMs
            ).toFixed(2)}× its floor; rescan floor ${(
              f.rescanMs / 1000
            ).toFixed(1)} s (check ${(f.checkMs / 1000).toFixed(1)}): ${(
              scan.second.wallMs / f.rescanMs
            ).toFixed(2)}×`,
          );
        }
        if (scan.aggregates) {
          const a = scan.aggregates;
          log(
            `${db}: aggregates' first computation: adoption ${(
              a.adoptionMs / 1000
            ).toFixed(1)} s, leaderboard of ${a.teams} teams ${(
              a.leaderboardMs / 1000
            ).toFixed(1)} s, wave plan ${(a.wavePlanMs / 1000).toFixed(
              1,
            )} s; peak RSS meanwhile ${Math.round(a.peakRssMb)} MB`,
          );
        }
        if (scan.sweep) {
          const { first, second } = scan.sweep;
          log(
            `${db}: nudge sweep (sunset in ${scan.sweep.daysToSunset} days) ${(
              first.wallMs / 1000
            ).toFixed(2)} s, ${first.notifications} notifications (${
              first.folded
            } reminders in digests); again ${(second.wallMs / 1000).toFixed(
              2,
            )} s, ${second.notifications} sent`,
          );
        }
        // Keep only the database the HTTP run serves.
        const keep = size === options.httpSize && db === httpDb;
        if (!keep && target.kind === 'pg') {
          await dropPgDatabase(options.pg, target.database);
        }
        if (!keep && target.kind === 'sqlite') {
          fs.rmSync(target.directory, { recursive: true, force: true });
        }
      }

      results.sizes.push({
        size,
        ...generated,
        ...extras,
        scans,
      });

      if (size === options.httpSize && !options.sweepOnly) {
        if (!dbs.includes(httpDb)) {
          throw new Error(
            `HTTP serves the ${httpDb} scan, but --db does not include ${httpDb}`,
          );
        }
        // Every Component of the scan in the real catalog, unless asked for fewer.
        const catalogSize = Math.min(options.httpCatalogSize ?? size, size);
        const catalogNames =
          catalogSize === size
            ? componentNames!
            : components(syntheticCatalog(catalogSize)).map(
                e => e.metadata.name,
              );
        const directory = path.join(tmp, `sqlite-${size}`);
        fs.mkdirSync(directory, { recursive: true });
        const keep = httpDb === 'pg' && options.keepCatalog;
        const prefix = keep
          ? keptCatalogPrefix(catalogSize)
          : `solo_trek_bench_http_${process.pid}_`;
        if (keep && options.freshCatalog) {
          await dropPgDatabasesWithPrefix(options.pg, prefix);
        }
        const kept = keep
          ? await keptCatalogInfo(options.pg, prefix)
          : undefined;
        const resumed = Boolean(
          keep && !kept && (await keptCatalogStarted(options.pg, prefix)),
        );
        log(
          kept
            ? `HTTP: reusing the catalog of ${catalogSize.toLocaleString(
                'en-US',
              )} Components ingested by an earlier run (${prefix}*, ${(
                kept.ingestMs / 1000
              ).toFixed(0)} s on ${kept.at})`
            : `HTTP: ingesting ${catalogSize.toLocaleString(
                'en-US',
              )} Components into the real catalog (${httpDb}) …`,
        );
        try {
          const http = await benchHttp({
            soloTrekDb:
              httpDb === 'pg'
                ? {
                    kind: 'pg',
                    connection: options.pg,
                    database: `solo_trek_bench_${process.pid}_${size}`,
                  }
                : { kind: 'sqlite', directory },
            catalogDb:
              httpDb === 'pg'
                ? { kind: 'pg', connection: options.pg, database: prefix }
                : { kind: 'sqlite', directory },
            storeNames: componentNames!,
            catalogServices: catalogSize,
            catalogNames,
            connections: options.connections,
            durationS: options.durationS,
            warmupS: options.warmupS,
            log,
          });
          if (keep && !kept) {
            await markCatalogIngested(
              options.pg,
              prefix,
              http.ingestMs,
              resumed,
            );
          }
          results.http = {
            ...http,
            size,
            db: httpDb,
            keptCatalog: keep
              ? {
                  prefix,
                  reusedFrom: kept,
                  resumed: kept ? kept.resumed : resumed,
                }
              : undefined,
          };
        } finally {
          if (httpDb === 'pg' && !keep) {
            await dropPgDatabasesWithPrefix(options.pg, prefix);
          }
        }
      }
    }
  } finally {
    for (const database of pgDatabases) {
      await dropPgDatabase(options.pg, database).catch(() => {});
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  env.loadAverage.end = os.loadavg()[0];
  return results;
}

export const DEFAULTS: Omit<BenchOptions, 'sizes' | 'dbs'> = {
  connections: 50,
  durationS: 10,
  warmupS: 2,
  pg: process.env.SOLO_TREK_BENCH_PG ?? DEFAULT_PG,
  // The case: 100k services, 2,000 teams, the sunset in 7 days.
  sweepDays: 7,
};
