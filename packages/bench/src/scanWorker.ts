/*
 * The child process of a scan measurement (see scan.ts): the real
 * DatabaseSoloTrekStore (migrations included), EvaluationScanner and
 * FactCollector, against a catalog served by the parent over IPC.
 */
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';
import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Knex } from 'knex';
import { Entity } from '@backstage/catalog-model';
import type { QueryRequest, QueryResponse } from './catalog';
import { measureSweep, SweepResult } from './sweep';
import { FloorMeasure, measureFloor } from './floor';
import { AggregatesMeasure, measureAggregates } from './aggregatesFirst';
import { loadBenchConfig } from './creed';
import { DbTarget, pgAdmin, soloTrekDatabase } from './database';
import type {
  ChildMessage,
  ParentMessage,
  ScanChildResult,
  ScanMeasure,
} from './scan';
import {
  DatabaseSoloTrekStore,
  EvaluationScanner,
  FactCollector,
  SoloTrekStore,
} from './soloTrek';
import { silentLogger } from './techInsights';

const isWorker = require.main === module;

const send = (message: ChildMessage) =>
  new Promise<void>(resolve => {
    if (!process.connected) resolve();
    else process.send!(message, undefined, {}, () => resolve());
  });

// Without its parent there is nobody to report to.
if (isWorker) process.on('disconnect', () => process.exit(1));

/**
 * This process's own peak RSS in kB. On Linux, VmHWM: getrusage's maxRSS
 * survives exec, so a forked child starts with its parent's resident pages
 * outside the V8 heap (2.3 GB at 1M, the catalog stand-in's buffers) as
 * its maximum, though it never held them.
 */
function lifetimePeakRssKb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(
      fs.readFileSync('/proc/self/status', 'utf8'),
    );
    if (hwm) return Number(hwm[1]);
  } catch {
    // Not Linux: getrusage is all there is.
  }
  return process.resourceUsage().maxRSS;
}

/** queryEntities and getEntitiesByRefs over IPC; nothing else is called. */
function ipcCatalog(timer: { ms: number }): CatalogService {
  let nextId = 0;
  const pending = new Map<
    number,
    { resolve: (r: QueryResponse) => void; reject: (e: Error) => void }
  >();
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'entities') return;
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.type === 'page') waiter.resolve(message.response);
    else waiter.reject(new Error(message.message));
  });
  const refsPending = new Map<
    number,
    (items: Array<Entity | undefined>) => void
  >();
  process.on('message', (message: ParentMessage) => {
    if (message.type !== 'entities') return;
    refsPending.get(message.id)?.(message.items);
    refsPending.delete(message.id);
  });
  // The nudge sweep looks groups up by ref (parents, members, names).
  const getEntitiesByRefs = async (request: {
    entityRefs: string[];
    fields?: string[];
  }) => {
    const started = performance.now();
    try {
      const items = await new Promise<Array<Entity | undefined>>(resolve => {
        const id = nextId++;
        refsPending.set(id, resolve);
        void send({ type: 'refs', id, request });
      });
      return { items };
    } finally {
      timer.ms += performance.now() - started;
    }
  };
  const queryEntities = async (request: QueryRequest) => {
    const started = performance.now();
    try {
      return await new Promise<QueryResponse>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        void send({ type: 'query', id, request });
      });
    } finally {
      timer.ms += performance.now() - started;
    }
  };
  return new Proxy({ queryEntities, getEntitiesByRefs } as object, {
    get(target: any, prop) {
      if (prop in target) return target[prop];
      if (prop === 'then') return undefined;
      return () => {
        throw new Error(`bench catalog: ${String(prop)} is not served`);
      };
    },
  }) as CatalogService;
}

const auth = {
  async getOwnServiceCredentials() {
    return {
      $$type: '@backstage/BackstageCredentials',
      principal: { type: 'service', subject: 'plugin:solo-trek' },
    };
  },
} as unknown as AuthService;

/** Wraps every store method to add up the time spent in it. */
function timedStore(store: SoloTrekStore, times: Record<string, number>) {
  return new Proxy(store, {
    get(target: any, prop) {
      const value = target[prop];
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const started = performance.now();
        try {
          return await value.apply(target, args);
        } finally {
          const name = String(prop);
          times[name] = (times[name] ?? 0) + performance.now() - started;
        }
      };
    },
  }) as SoloTrekStore;
}

/** SQLite counts the rows each connection changed; knex keeps exactly one. */
async function sqliteChanges(knex: Knex): Promise<number> {
  const [row] = await knex.raw('select total_changes() as n');
  return Number(row.n);
}

/**
 * PostgreSQL's statistics: rows inserted, updated and deleted in the
 * database's tables. Backends flush them when they exit, so the caller has
 * closed the store's connections; this waits until the counts settle.
 */
async function pgChanges(stats: Knex, settle: boolean): Promise<number> {
  const read = async () => {
    const result = await stats.raw(
      `select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) as n
         from pg_stat_user_tables`,
    );
    return Number(result.rows[0].n);
  };
  let last = await read();
  if (!settle) return last;
  const deadline = Date.now() + 5000;
  let stableSince = Date.now();
  while (Date.now() < deadline && Date.now() - stableSince < 500) {
    await new Promise(r => setTimeout(r, 100));
    const now = await read();
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    }
  }
  return last;
}

async function dbBytes(target: DbTarget, stats?: Knex): Promise<number> {
  if (target.kind === 'sqlite') {
    let total = 0;
    for (const suffix of ['', '-wal', '-journal']) {
      const file = path.join(target.directory, `solo-trek.sqlite${suffix}`);
      if (fs.existsSync(file)) total += fs.statSync(file).size;
    }
    return total;
  }
  const result = await stats!.raw(
    'select pg_database_size(current_database()) as n',
  );
  return Number(result.rows[0].n);
}

/** Starts the V8 CPU profiler; the function returned stops it and writes the profile. */
async function startProfile(file: string): Promise<() => Promise<void>> {
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<any>((resolve, reject) =>
      session.post(method, params ?? {}, (error, result) =>
        error ? reject(error) : resolve(result),
      ),
    );
  await post('Profiler.enable');
  // 1 ms: a 100k scan gives tens of thousands of samples.
  await post('Profiler.setSamplingInterval', { interval: 1000 });
  await post('Profiler.start');
  return async () => {
    const { profile } = await post('Profiler.stop');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}

async function main() {
  const target: DbTarget = JSON.parse(process.argv[2]);
  const options: {
    sweepDays?: number;
    cpuProfDir?: string;
    noFloor?: boolean;
    aggregates?: boolean;
  } = JSON.parse(process.argv[3] ?? '{}');
  const migration = loadBenchConfig().migrations[0];
  const catalogTimer = { ms: 0 };
  const catalog = ipcCatalog(catalogTimer);

  // Migrations first, on their own connection.
  {
    const database = soloTrekDatabase(target);
    await DatabaseSoloTrekStore.create({ database });
    await (await database.getClient()).destroy();
  }

  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage.rss();
  const sampler = setInterval(sample, 10);

  // A separate connection reads PostgreSQL's statistics and sizes.
  const stats =
    target.kind === 'pg'
      ? pgAdmin(target.connection, target.database)
      : undefined;
  const measures: ScanMeasure[] = [];
  let size = 0;
  for (let i = 0; i < 2; i++) {
    const database = soloTrekDatabase(target);
    const knex = await database.getClient();
    const store = await DatabaseSoloTrekStore.create({
      database,
      skipMigrations: true,
    });
    const storeMs: Record<string, number> = {};
    const scanner = new EvaluationScanner({
      catalog,
      auth,
      store: timedStore(store, storeMs),
      // No rule reads a fact, so no provider is needed: as in production.
      facts: new FactCollector([], store, silentLogger),
      logger: silentLogger,
    });
    const changesBefore = stats
      ? await pgChanges(stats, false)
      : await sqliteChanges(knex);
    catalogTimer.ms = 0;
    // --cpu-prof: the first scan alone, the slowest phase (issue 20).
    const profile =
      options.cpuProfDir && i === 0
        ? await startProfile(
            path.join(
              options.cpuProfDir,
              `first-scan-${target.kind}-${process.pid}.cpuprofile`,
            ),
          )
        : undefined;
    const started = performance.now();
    const summary = await scanner.scan(migration);
    const wallMs = performance.now() - started;
    await profile?.();
    sample();
    let changesAfter = stats ? 0 : await sqliteChanges(knex);
    await knex.destroy();
    if (stats) changesAfter = await pgChanges(stats, true);
    size = await dbBytes(target, stats);
    measures.push({
      wallMs,
      entities: summary.entities,
      rowsWritten: summary.rowsWritten,
      sqlRowChanges: changesAfter - changesBefore,
      ruleEvaluations: summary.ruleEvaluations,
      skipped: summary.skipped,
      catalogMs: catalogTimer.ms,
      storeMs,
    });
  }
  clearInterval(sampler);
  await stats?.destroy();

  // The floor (issue 20), on the same database right after the scans.
  let floor: FloorMeasure | undefined;
  if (!options.noFloor) {
    const database = soloTrekDatabase(target);
    const knex = await database.getClient();
    const store = await DatabaseSoloTrekStore.create({
      database,
      skipMigrations: true,
    });
    const scanner = new EvaluationScanner({
      catalog,
      auth,
      store,
      facts: new FactCollector([], store, silentLogger),
      logger: silentLogger,
    });
    floor = await measureFloor({
      knex,
      dialect: target.kind,
      catalog,
      scanner,
      migration,
    });
    await knex.destroy();
  }

  // The aggregates' first computation (issue 20), when asked for.
  let aggregates: AggregatesMeasure | undefined;
  if (options.aggregates) {
    const database = soloTrekDatabase(target);
    const knex = await database.getClient();
    const store = await DatabaseSoloTrekStore.create({
      database,
      skipMigrations: true,
    });
    aggregates = await measureAggregates({ store, catalog, auth });
    await knex.destroy();
  }

  // The nudge sweep over the stored results, on a connection of its own.
  let sweep: SweepResult | undefined;
  if (options.sweepDays !== undefined) {
    const database = soloTrekDatabase(target);
    const knex = await database.getClient();
    const store = await DatabaseSoloTrekStore.create({
      database,
      skipMigrations: true,
    });
    sweep = await measureSweep({
      store,
      catalog,
      auth,
      days: options.sweepDays,
    });
    await knex.destroy();
  }

  const result: ScanChildResult = {
    db: target.kind,
    first: measures[0],
    second: measures[1],
    peakRssMb: peak / 2 ** 20,
    maxRssMb: lifetimePeakRssKb() / 1024,
    baselineRssMb: baseline / 2 ** 20,
    dbBytes: size,
    nodeVersion: process.version,
    sweep,
    floor,
    aggregates,
  };
  await send({ type: 'done', result });
}

// Exits explicitly: pools and timers of libraries must not keep it alive.
if (isWorker) {
  main()
    .then(() => process.exit(0))
    .catch(async error => {
      await send({ type: 'failed', message: String(error?.stack ?? error) });
      process.exit(1);
    });
}
