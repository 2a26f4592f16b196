import { fork } from 'node:child_process';
import { PerformanceObserver } from 'node:perf_hooks';
import { IndexedCatalog, QueryRequest, QueryResponse } from './catalog';
import { Entity } from '@backstage/catalog-model';
import { DbTarget } from './database';
import type { SweepResult } from './sweep';
import type { FloorMeasure } from './floor';
import type { AggregatesMeasure } from './aggregatesFirst';

/** One scan, as the child process measured it. */
export interface ScanMeasure {
  wallMs: number;
  entities: number;
  /** What the plugin reports: result rows, history rows and state rows. */
  rowsWritten: number;
  /** Every row any SQL statement inserted, updated or deleted, bookkeeping included. */
  sqlRowChanges: number;
  ruleEvaluations: number;
  /** Entities whose input digest matched the stored one: not evaluated (issue 20). */
  skipped: number;
  /** Time the scanner spent waiting for catalog pages (IPC included). */
  catalogMs: number;
  /** Time spent inside store methods, by method. */
  storeMs: Record<string, number>;
}

export interface ScanChildResult {
  db: DbTarget['kind'];
  first: ScanMeasure;
  second: ScanMeasure;
  /** Sampled every 10 ms during the scans. */
  peakRssMb: number;
  /** The child's lifetime peak (VmHWM on Linux; see scanWorker.ts). */
  maxRssMb: number;
  /** Before the first scan: Node, the code, knex and the store. */
  baselineRssMb: number;
  dbBytes: number;
  nodeVersion: string;
  /** The nudge sweep over the stored scan, when asked for. */
  sweep?: SweepResult;
  /** The scan's floor on the same database (issue 20, floor.ts). */
  floor?: FloorMeasure;
  /** The aggregates' first computation over the stored scan (--aggregates). */
  aggregates?: AggregatesMeasure;
}

export type ChildMessage =
  | { type: 'query'; id: number; request: QueryRequest }
  | {
      type: 'refs';
      id: number;
      request: { entityRefs: string[]; fields?: string[] };
    }
  | { type: 'done'; result: ScanChildResult }
  | { type: 'failed'; message: string };

export type ParentMessage =
  | { type: 'page'; id: number; response: QueryResponse }
  | { type: 'entities'; id: number; items: Array<Entity | undefined> }
  | { type: 'error'; id: number; message: string };

export function childExecArgv() {
  return [
    '--expose-gc',
    '-r',
    require.resolve('@backstage/cli/config/nodeTransform.cjs'),
  ];
}

/** What the catalog stand-in spent while a scan's child ran. */
export interface CatalogServerTimes {
  /** Answering the child's queries. */
  catalogServerMs: number;
  /**
   * Its garbage collector's pauses: the stand-in's heap holds every
   * entity (4.5 GB at 1M), and it runs on the scan's two cores.
   */
  catalogGcMs: number;
}

/** Adds up this process's garbage collection pauses until stopped. */
export function gcTimer() {
  let ms = 0;
  const observer = new PerformanceObserver(list => {
    for (const entry of list.getEntries()) ms += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      for (const entry of observer.takeRecords()) ms += entry.duration;
      observer.disconnect();
      return ms;
    },
  };
}

/**
 * Runs two scans (a first one into an empty database, then one over the
 * unchanged catalog) in a child process, so its peak RSS is the scan's own.
 * The catalog stays in this process and serves pages over IPC, as the real
 * catalog is another service that answers over HTTP.
 */
export function runScanInChild(
  catalog: IndexedCatalog,
  target: DbTarget,
  options: {
    sweepDays?: number;
    cpuProfDir?: string;
    noFloor?: boolean;
    aggregates?: boolean;
    heapMb?: number;
  } = {},
): Promise<ScanChildResult & CatalogServerTimes> {
  return new Promise((resolve, reject) => {
    const gc = gcTimer();
    const child = fork(
      require.resolve('./scanWorker'),
      [JSON.stringify(target), JSON.stringify(options)],
      {
        execArgv: [
          ...childExecArgv(),
          // --child-heap-mb: V8's old space capped, as a deployment would.
          ...(options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : []),
        ],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    );
    const busyBefore = catalog.busyMs;
    let settled = false;
    child.on('message', async (message: ChildMessage) => {
      if (message.type === 'query') {
        try {
          const response = await catalog.queryEntities(message.request);
          child.send({ type: 'page', id: message.id, response });
        } catch (error) {
          child.send({
            type: 'error',
            id: message.id,
            message: String((error as Error).message ?? error),
          });
        }
      } else if (message.type === 'refs') {
        child.send({
          type: 'entities',
          id: message.id,
          items: catalog.getEntitiesByRefs(message.request).items,
        });
      } else if (message.type === 'done') {
        settled = true;
        resolve({
          ...message.result,
          catalogServerMs: catalog.busyMs - busyBefore,
          catalogGcMs: gc.stop(),
        });
      } else if (message.type === 'failed') {
        settled = true;
        gc.stop();
        reject(new Error(`scan of ${target.kind} failed: ${message.message}`));
      }
    });
    child.on('exit', code => {
      if (!settled) {
        gc.stop();
        reject(new Error(`scan child for ${target.kind} exited with ${code}`));
      }
    });
  });
}
