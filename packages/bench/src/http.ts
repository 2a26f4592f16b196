import { fork } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { createRandom } from '@internal/demo-catalog';
import { MIGRATION_ID } from './creed';
import { DbTarget } from './database';
import { HttpWorkerArgs, HttpWorkerMessage, SERVICE_TOKEN } from './httpWorker';
import { childExecArgv } from './scan';
import {
  benchOutcomeIngest,
  outcomeBytesPerPoint,
  OutcomeIngestResult,
} from './outcomes';

export interface EndpointResult {
  name: string;
  /** Whose token: a signed-in person, or a service (static token). */
  principal: 'user' | 'service';
  path: string;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Bytes of one response body, decoded. */
  bodyBytes: number;
  /** Bytes on the wire per response, headers included (compressed bodies). */
  wireBytes: number;
  /** The first request, before anything is cached. */
  coldMs: number;
}

export interface HttpResult {
  catalogEntities: number;
  catalogComponents: number;
  storeEntities: number;
  ingestMs: number;
  startMs: number;
  connections: number;
  durationS: number;
  endpoints: EndpointResult[];
  /** Outcome points pushed through POST /facts before the endpoints are loaded. */
  outcomes?: OutcomeIngestResult;
}

interface Server {
  /** Starts or stops a CPU profile inside the server. */
  profile(phase: 'start' | 'stop', file?: string): Promise<void>;
  baseUrl: string;
  ingestMs: number;
  startMs: number;
  catalogEntities: number;
  userToken: string;
  stop(): Promise<void>;
}

function startServer(
  args: HttpWorkerArgs,
  log: (line: string) => void,
): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = fork(
      require.resolve('./httpWorker'),
      [JSON.stringify(args)],
      {
        execArgv: childExecArgv(),
        // Per-request and info logs would measure the console; warnings show.
        env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      },
    );
    let ready = false;
    let profileId = 0;
    const acks = new Map<number, () => void>();
    child.on(
      'message',
      (message: HttpWorkerMessage | { type: 'profile-ack'; id: number }) => {
        if (message.type === 'profile-ack') {
          acks.get(message.id)?.();
          acks.delete(message.id);
        } else if (message.type === 'ready') {
          ready = true;
          resolve({
            ...message,
            profile: (phase, file) =>
              new Promise<void>(done => {
                const id = profileId++;
                acks.set(id, done);
                child.send({ type: `profile-${phase}`, id, file });
              }),
            stop: () =>
              new Promise<void>(done => {
                child.once('exit', () => done());
                child.send({ type: 'stop' });
                setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
              }),
          });
        } else if (message.type === 'progress') {
          log(`  ${message.message}`);
        } else if (message.type === 'failed') {
          reject(new Error(`HTTP backend failed: ${message.message}`));
        }
      },
    );
    child.on('exit', code => {
      if (!ready) reject(new Error(`HTTP backend exited with ${code}`));
    });
  });
}

/** What a browser sends: the backend compresses responses accordingly. */
const ACCEPT_ENCODING = 'gzip, deflate, br';

/** The first person the generator creates; a member of a team. */
export const USER = 'user:default/ada.lovelace';
/** Her team, which the leaderboard card pins. */
export const USER_TEAM = 'group:default/team-1';

function shuffled<T>(items: T[], seed: number): T[] {
  const rnd = createRandom(seed);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

async function load(options: {
  baseUrl: string;
  name: string;
  principal: 'user' | 'service';
  paths: string[];
  authorization: string;
  connections: number;
  durationS: number;
  warmupS: number;
}): Promise<EndpointResult> {
  const { baseUrl, paths, authorization } = options;
  // The first request of all: nothing cached yet.
  const coldStarted = performance.now();
  const headers = { authorization, 'accept-encoding': ACCEPT_ENCODING };
  const first = await fetch(baseUrl + paths[0], { headers });
  const body = await first.text();
  const coldMs = performance.now() - coldStarted;
  if (first.status !== 200) {
    throw new Error(
      `${options.name}: GET ${paths[0]} gave ${first.status}: ${body.slice(
        0,
        300,
      )}`,
    );
  }
  let next = 0;
  const run = (durationS: number) =>
    autocannon({
      url: baseUrl,
      connections: options.connections,
      duration: durationS,
      headers,
      requests: [
        {
          method: 'GET',
          setupRequest: req => ({
            ...req,
            path: paths[next++ % paths.length],
          }),
        },
      ],
    });
  if (options.warmupS > 0) await run(options.warmupS);
  const result = await run(options.durationS);
  return {
    name: options.name,
    principal: options.principal,
    path: paths[0],
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    bodyBytes: Buffer.byteLength(body),
    wireBytes: result.throughput.total / Math.max(1, result.requests.total),
    coldMs,
  };
}

/**
 * Starts the backend, then loads each endpoint in turn with autocannon on
 * loopback: the Solo Trek card (rotating through every stored entity), the
 * leaderboard, adoption, and the catalog's own by-name lookup (rotating
 * through the catalog's Components), all with the same real user token;
 * then all four again with a static service token, which skips the
 * catalog's permission round trip (service calls are always allowed).
 */
export async function benchHttp(options: {
  soloTrekDb: DbTarget;
  catalogDb: DbTarget;
  log: (line: string) => void;
  storeNames: string[];
  catalogServices: number;
  catalogNames: string[];
  connections: number;
  durationS: number;
  warmupS: number;
  /** Outcome points per stored service pushed through POST /facts (issue 18); 0 skips. */
  outcomePointsPerService?: number;
}): Promise<HttpResult> {
  const server = await startServer(
    {
      soloTrekDb: options.soloTrekDb,
      catalogServices: options.catalogServices,
      catalogDb: options.catalogDb,
      userEntityRef: USER,
    },
    options.log,
  );
  options.log(
    `  catalog ready: ${server.catalogEntities.toLocaleString(
      'en-US',
    )} entities in ${(server.ingestMs / 1000).toFixed(0)} s`,
  );
  try {
    const base = `/api/solo-trek/migrations/${MIGRATION_ID}`;
    const common = {
      baseUrl: server.baseUrl,
      connections: options.connections,
      durationS: options.durationS,
      warmupS: options.warmupS,
    };
    const user = {
      principal: 'user' as const,
      authorization: `Bearer ${server.userToken}`,
    };
    const service = {
      principal: 'service' as const,
      authorization: `Bearer ${SERVICE_TOKEN}`,
    };
    const catalogPaths = shuffled(options.catalogNames, 1).map(
      n => `/api/catalog/entities/by-name/component/default/${n}`,
    );
    const cardPaths = shuffled(options.storeNames, 2).map(
      n => `${base}/entities/component/default/${n}`,
    );
    const endpoints: EndpointResult[] = [];
    // Outcome points first, 100k services × 10 in batches of 1,000, as
    // pipelines would push them: the summary below is computed over them.
    const pointsPerService = options.outcomePointsPerService ?? 10;
    let outcomes: OutcomeIngestResult | undefined;
    if (pointsPerService > 0) {
      outcomes = await benchOutcomeIngest({
        baseUrl: server.baseUrl,
        authorization: service.authorization,
        entityRefs: options.storeNames.map(n => `component:default/${n}`),
        pointsPerService,
        batchSize: 1000,
        concurrency: 4,
        log: options.log,
      });
      outcomes.bytesPerPoint = await outcomeBytesPerPoint(options.soloTrekDb);
      options.log(
        `  outcomes: ${outcomes.points.toLocaleString('en-US')} points in ${(
          outcomes.wallMs / 1000
        ).toFixed(1)} s, ${Math.round(
          outcomes.pointsPerSec,
        )} points/s, batch p99 ${Math.round(outcomes.p99BatchMs)} ms`,
      );
    }
    const outcomesPaths = [`${base}/outcomes`];
    // What the frontend asks for: the leaderboard card's first page with the
    // viewer's team pinned, the dashboard's report and its first page of
    // teams, furthest behind first.
    const leaderboardPaths = [
      `${base}/leaderboard?limit=10&team=${encodeURIComponent(USER_TEAM)}`,
    ];
    const adoptionPaths = [`${base}/adoption`];
    const teamsPaths = [`${base}/adoption/teams?limit=10&order=asc`];
    const longTailPaths = [`${base}/long-tail?limit=20`];
    const runs = (['user', 'service'] as const).flatMap(who => {
      const auth = who === 'user' ? user : service;
      return [
        { ...auth, name: 'catalog by-name (reference)', paths: catalogPaths },
        { ...auth, name: 'Solo Trek card', paths: cardPaths },
        { ...auth, name: 'Solo Trek leaderboard', paths: leaderboardPaths },
        { ...auth, name: 'Solo Trek adoption', paths: adoptionPaths },
        { ...auth, name: 'Solo Trek adoption by team', paths: teamsPaths },
        // Not a target; the dashboard's other large read.
        { ...auth, name: 'Solo Trek long tail', paths: longTailPaths },
        ...(outcomes
          ? [
              {
                ...auth,
                name: 'Solo Trek outcomes summary',
                paths: outcomesPaths,
              },
            ]
          : []),
      ];
    });
    const profileDir = process.env.SOLO_TREK_BENCH_PROFILE;
    for (const [i, run] of runs.entries()) {
      if (profileDir) await server.profile('start');
      const result = await load({ ...common, ...run });
      if (profileDir) {
        await server.profile(
          'stop',
          path.join(
            profileDir,
            `${i}-${run.principal}-${run.name.split(' ')[0]}-${run.name
              .split(' ')
              .pop()}.cpuprofile`,
          ),
        );
      }
      options.log(
        `  ${run.name} (${run.principal}): ${Math.round(
          result.rps,
        )} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms`,
      );
      endpoints.push(result);
    }
    return {
      catalogEntities: server.catalogEntities,
      catalogComponents: options.catalogNames.length,
      storeEntities: options.storeNames.length,
      ingestMs: server.ingestMs,
      startMs: server.startMs,
      connections: options.connections,
      durationS: options.durationS,
      endpoints,
      outcomes,
    };
  } finally {
    await server.stop();
  }
}
