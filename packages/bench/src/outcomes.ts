/*
 * Outcomes (issue 18) in the HTTP run: outcome points pushed through
 * POST /api/solo-trek/facts in batches of 1,000, the way CI/CD, incident
 * tools and cost exports would, and how big they are in the database.
 */
import { DbTarget, pgAdmin } from './database';

/** The built-in metrics, two points of each per service. */
const METRICS = [
  'deployments',
  'leadTimeHours',
  'incidents',
  'latencyP95Ms',
  'costPerMonth',
];
const DAY_MS = 86_400_000;

export interface OutcomeIngestResult {
  services: number;
  pointsPerService: number;
  points: number;
  batchSize: number;
  batches: number;
  /** Batches in flight at once. */
  concurrency: number;
  wallMs: number;
  pointsPerSec: number;
  p50BatchMs: number;
  p99BatchMs: number;
  /** Points the API refused; 0 when the bench is right. */
  rejected: number;
  failedBatches: number;
  /** PostgreSQL only: bytes of outcome_points (heap, indexes, TOAST) per stored point. */
  bytesPerPoint?: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

/**
 * `pointsPerService` points for each service: every metric in turn, on
 * distinct recent days (all within the raw retention, so the roll-up has
 * nothing to do while the bench runs), with values that vary by service.
 */
export function* outcomePoints(
  entityRefs: readonly string[],
  pointsPerService: number,
  now: number,
) {
  for (let i = 0; i < entityRefs.length; i++) {
    for (let k = 0; k < pointsPerService; k++) {
      const metric = METRICS[k % METRICS.length];
      const round = Math.floor(k / METRICS.length);
      // Days 1–25 back, a different minute per service.
      const at = new Date(
        now - (1 + ((round * 7 + i) % 25)) * DAY_MS - (i % 1440) * 60_000,
      );
      yield {
        entityRef: entityRefs[i],
        metric,
        value: ((i * 31 + k * 17) % 400) / 4,
        at: at.toISOString(),
      };
    }
  }
}

/**
 * Sends every point through the HTTP API, `concurrency` batches at a time,
 * and measures points per second over the whole ingestion and the latency
 * of each batch.
 */
export async function benchOutcomeIngest(options: {
  baseUrl: string;
  authorization: string;
  entityRefs: readonly string[];
  pointsPerService: number;
  batchSize: number;
  concurrency: number;
  log: (line: string) => void;
}): Promise<OutcomeIngestResult> {
  const { baseUrl, authorization, batchSize, concurrency } = options;
  const source = outcomePoints(
    options.entityRefs,
    options.pointsPerService,
    Date.now(),
  );
  // next() by hand: breaking out of a for…of would close the generator.
  const nextBatch = () => {
    const batch = [];
    while (batch.length < batchSize) {
      const item = source.next();
      if (item.done) break;
      batch.push(item.value);
    }
    return batch;
  };
  const latencies: number[] = [];
  let points = 0;
  let rejected = 0;
  let failedBatches = 0;
  let lastLog = performance.now();
  const started = performance.now();
  const worker = async () => {
    for (let batch = nextBatch(); batch.length; batch = nextBatch()) {
      const sent = performance.now();
      const response = await fetch(`${baseUrl}/api/solo-trek/facts`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ points: batch }),
      });
      const body = (await response.json()) as {
        accepted?: number;
        rejected?: unknown[];
        error?: { message: string };
      };
      latencies.push(performance.now() - sent);
      points += body.accepted ?? 0;
      rejected += body.rejected?.length ?? 0;
      if (response.status !== 200) {
        failedBatches++;
        if (failedBatches === 1) {
          options.log(
            `  outcomes: a batch answered ${response.status}: ${body.error?.message}`,
          );
        }
      }
      if (performance.now() - lastLog > 30_000) {
        lastLog = performance.now();
        options.log(
          `  outcomes: ${points.toLocaleString(
            'en-US',
          )} points after ${Math.round((lastLog - started) / 1000)} s`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = performance.now() - started;
  const sorted = latencies.slice().sort((a, b) => a - b);
  return {
    services: options.entityRefs.length,
    pointsPerService: options.pointsPerService,
    points,
    batchSize,
    batches: latencies.length,
    concurrency,
    wallMs,
    pointsPerSec: points / (wallMs / 1000),
    p50BatchMs: percentile(sorted, 0.5),
    p99BatchMs: percentile(sorted, 0.99),
    rejected,
    failedBatches,
  };
}

/** Bytes per stored point of outcome_points on PostgreSQL (table, indexes, TOAST). */
export async function outcomeBytesPerPoint(
  target: DbTarget,
): Promise<number | undefined> {
  if (target.kind !== 'pg') return undefined;
  const db = pgAdmin(target.connection, target.database);
  try {
    await db.raw('VACUUM (ANALYZE) outcome_points');
    const { rows } = await db.raw(
      `select pg_total_relation_size('outcome_points') as bytes,
              (select count(*) from outcome_points) as points`,
    );
    const { bytes, points } = rows[0];
    return Number(points) ? Number(bytes) / Number(points) : undefined;
  } finally {
    await db.destroy();
  }
}
