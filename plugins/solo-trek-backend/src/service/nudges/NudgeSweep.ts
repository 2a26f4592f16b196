import { createHash } from 'node:crypto';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import { LeaderboardEntry } from '@internal/plugin-solo-trek-common';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { Duration } from 'luxon';
import pLimit from 'p-limit';
import {
  MigrationDefinition,
  SoloTrekConfig,
} from '../../config/readSoloTrekConfig';
import { HeroMonthRecord, SoloTrekStore } from '../../database/SoloTrekStore';
import { NudgeClaim, ObservationChanges } from '../../database/nudges';
import { CheckResult } from '../../domain/evaluateEntity';
import { daysUntil } from '../../domain/nudges/calendar';
import {
  celebrations,
  dueNudges,
  keysToLookUp,
  planSweep,
} from '../../domain/nudges/decide';
import { Nudge, NudgeRow } from '../../domain/nudges/model';
import { NudgePlan } from '../../domain/nudges/plan';
import {
  creedRegressions,
  inLongTail,
  isDone,
  nextObservations,
} from '../../domain/nudges/serviceNudges';
import { OrgDirectory } from './OrgDirectory';

const DAY_MS = 86_400_000;
/** Stage changes older than this are old news, even after a long outage. */
const STAGE_LOOKBACK_DAYS = 7;
/** Nudges claimed, sent and marked together; the abort signal is checked between. */
const CHUNK = 250;
/** Sends at once: the notifications backend throttles per recipient itself. */
const SEND_CONCURRENCY = 4;
/**
 * After this many failed sends in a row the sweep stops sending: the
 * notifications backend is down, and the rest waits for the next sweep
 * rather than failing one by one.
 */
const MAX_FAILURES_IN_A_ROW = 3;
/** The notifications backend stores scopes in a 255-character column. */
const SCOPE_MAX = 255;

/** What one sweep of one migration did. */
export interface SweepSummary {
  migrationId: string;
  /** Notifications sent (a digest counts once). */
  sent: number;
  /** Per-service nudges carried by the digests sent. */
  folded: number;
  /** Notifications that failed, or were not tried after failures; retried next sweep. */
  failed: number;
  /** Claimed by another sweep or replica first. */
  skipped: number;
  /** Whether this was the migration's first sweep (milestones reached before are not celebrated). */
  baseline: boolean;
  /** Where the time went, in ms: reading and deciding, claiming and sending, observing. */
  ms: { decide: number; send: number; observe: number };
}

/** What a sweep decided for one migration, before sending anything. */
export interface SweepDecision {
  plan: NudgePlan;
  observations: ObservationChanges;
  /** Services with a Creed regression: their observation waits for the nudge. */
  regressed: Set<string>;
}

/** The notification scope of a nudge: one per migration and nudge key. */
export function scopeOf(migrationId: string, nudge: Nudge): string {
  const scope = `solo-trek:${migrationId}:${nudge.key}`;
  if (scope.length <= SCOPE_MAX) return scope;
  const hash = createHash('sha256').update(nudge.key).digest('hex');
  return `solo-trek:${migrationId}:${nudge.kind}:${hash}`;
}

function toMs(duration: Duration | HumanDuration | string): number {
  if (Duration.isDuration(duration)) return duration.toMillis();
  if (typeof duration === 'string')
    return Duration.fromISO(duration).toMillis();
  return durationToMilliseconds(duration);
}

/**
 * The nudge sweep: for each migration, decides what is due (src/domain/nudges),
 * claims each nudge in nudges_sent before sending it through the
 * notifications backend, and marks it sent after. Runs on its own schedule
 * and after each scan, once across replicas (a global task); the claims
 * make a second replica, a restart or an overlapping run send nothing twice.
 * It never throws: a failing notifications backend is logged and the
 * nudges it refused are released for the next sweep.
 */
export class NudgeSweep {
  constructor(
    private readonly deps: {
      config: SoloTrekConfig;
      store: SoloTrekStore;
      notifications: NotificationService;
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      /** The all-time leaderboard, every team ranked. */
      leaderboard: (migrationId: string) => Promise<LeaderboardEntry[]>;
      /** Last month's Migration Hero, recorded when the month closed. */
      hero: (migrationId: string) => Promise<HeroMonthRecord | undefined>;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /** One sweep of every migration, when nudges are on. */
  async run(signal?: AbortSignal): Promise<SweepSummary[]> {
    const { config, logger } = this.deps;
    if (!config.nudges.enabled) return [];
    const summaries: SweepSummary[] = [];
    for (const migration of config.migrations) {
      if (signal?.aborted) break;
      try {
        summaries.push(await this.sweep(migration, signal));
      } catch (error) {
        // The store or the catalog failed: nothing was marked, so the next
        // sweep decides again.
        logger.error(
          `Nudge sweep of migration ${migration.id} failed; the next sweep tries again: ${error}`,
          error instanceof Error ? error : undefined,
        );
      }
    }
    return summaries;
  }

  /** What the next sweep would send for one migration, without sending. */
  async preview(migration: MigrationDefinition): Promise<NudgePlan> {
    const now = this.now();
    const baseline = await this.deps.store.nudges.getBaseline(migration.id);
    const inputs = await this.read(migration, now, baseline);
    return (await this.decide(migration, now, inputs, baseline)).plan;
  }

  async sweep(
    migration: MigrationDefinition,
    signal?: AbortSignal,
  ): Promise<SweepSummary> {
    const { store, config, logger } = this.deps;
    const nudges = store.nudges;
    const now = this.now();
    // Before a scan has stored every in-scope service there is nothing to
    // remind anyone of, and a first sweep would take partial results for
    // the baseline (then celebrate, as new, what was reached all along).
    if (!(await store.getScan(migration.id))?.succeededAt) {
      return {
        migrationId: migration.id,
        sent: 0,
        folded: 0,
        failed: 0,
        skipped: 0,
        baseline: false,
        ms: { decide: 0, send: 0, observe: 0 },
      };
    }
    const started = performance.now();
    const lease = Math.max(5 * 60_000, toMs(config.nudges.schedule.timeout));
    await nudges.releaseStaleClaims(
      migration.id,
      new Date(now.getTime() - lease),
    );
    const baseline = await nudges.getBaseline(migration.id);
    const first = baseline === undefined;
    // Before the baseline nudges were off: its stage changes are not news.
    const inputs = await this.read(migration, now, baseline);
    if (first) {
      // What was reached before is recorded as skipped, with the baseline,
      // so nudges switched on late celebrate no old news; a later sweep
      // that sees the baseline sees these too.
      await nudges.createBaseline(
        migration.id,
        now,
        celebrations({ migration, ...inputs, titles: new Map(), now }).map(
          n => ({ key: n.key, kind: n.kind }),
        ),
      );
    }
    const decision = await this.decide(migration, now, inputs, baseline);
    const decided = performance.now();
    const summary = await this.send(migration, decision.plan, now, signal);
    const sent = performance.now();
    const undelivered = summary.undelivered;
    await nudges.saveObservations(
      migration.id,
      {
        // A regression whose nudge did not go out stays observed as passing,
        // so the next sweep finds it again.
        upserts: decision.observations.upserts.filter(
          o =>
            !(
              decision.regressed.has(o.entityRef) &&
              undelivered.has(o.entityRef)
            ),
        ),
        deletes: decision.observations.deletes,
      },
      now,
    );
    const result: SweepSummary = {
      migrationId: migration.id,
      sent: summary.sent,
      folded: summary.folded,
      failed: summary.failed,
      skipped: summary.skipped,
      baseline: first,
      ms: {
        decide: decided - started,
        send: sent - decided,
        observe: performance.now() - sent,
      },
    };
    if (result.sent || result.failed || first) {
      logger.info(
        `Nudges for migration ${migration.id}: ${result.sent} sent` +
          `${result.folded ? ` (digests carrying ${result.folded})` : ''}` +
          `${result.failed ? `, ${result.failed} to retry next sweep` : ''}` +
          `${
            result.skipped ? `, ${result.skipped} sent by another sweep` : ''
          }` +
          `${
            first
              ? '; first sweep: milestones reached before are not celebrated'
              : ''
          }`,
      );
    }
    return result;
  }

  /** Everything the decisions read, in one round. */
  private async read(
    migration: MigrationDefinition,
    now: Date,
    baseline: Date | undefined,
  ) {
    const { store } = this.deps;
    const lookback = new Date(now.getTime() - STAGE_LOOKBACK_DAYS * DAY_MS);
    const [rows, waves, waivers, observations, leaderboard, hero, history] =
      await Promise.all([
        store.nudges.nudgeRows(migration.id),
        store.listWaves(migration.id),
        store.listAllActiveWaivers(migration.id, now),
        store.nudges.listObservations(migration.id),
        this.deps.leaderboard(migration.id),
        this.deps.hero(migration.id),
        baseline
          ? store.nudges.stageChangesSince(
              migration.id,
              baseline > lookback ? baseline : lookback,
            )
          : Promise.resolve([]),
      ]);
    return { rows, waves, waivers, observations, leaderboard, hero, history };
  }

  /** Makes the decisions over what was read; sends nothing. */
  private async decide(
    migration: MigrationDefinition,
    now: Date,
    inputs: Awaited<ReturnType<NudgeSweep['read']>>,
    baseline: Date | undefined,
  ): Promise<SweepDecision> {
    const { store, config } = this.deps;
    const settings = config.nudges;
    const org = new OrgDirectory(this.deps);
    const { rows, waves, waivers, observations, leaderboard, hero, history } =
      inputs;
    const regressions = creedRegressions(migration, rows, observations);
    const regressed = new Set(regressions.map(r => r.row.entityRef));
    const evidence = new Map<string, CheckResult[]>();
    if (regressed.size) {
      const results = await store.getResults(migration.id, [...regressed]);
      for (const [ref, result] of results) evidence.set(ref, result.checks);
    }
    const escalations = await org.escalationTargets(
      this.escalatingTeams(migration, rows, now),
      settings.escalateTo,
    );
    // Who counts as the owners, for stage changes a person made.
    const byPeople = new Set(
      history.filter(h => h.actor?.startsWith('user:')).map(h => h.entityRef),
    );
    const ownerMembers = await org.membersOf(
      byPeople.size
        ? rows.flatMap(r =>
            byPeople.has(r.entityRef) && r.ownerRef ? [r.ownerRef] : [],
          )
        : [],
    );
    const titles = new Map(leaderboard.map(e => [e.team, e.title]));
    if (hero && !titles.has(hero.nominee)) {
      for (const [ref, title] of await org.titlesOf([hero.nominee])) {
        titles.set(ref, title);
      }
    }
    const input = {
      migration,
      settings,
      platformTeam: config.platformTeam,
      longTailIdleDays: config.longTail.idleDays,
      rows,
      waves,
      titles,
      waivers,
      history,
      observations,
      evidence,
      escalations,
      ownerMembers,
      leaderboard,
      hero,
      regressions,
      celebrate: baseline !== undefined,
      now,
    };
    const candidates = dueNudges(input);
    const recorded = await store.nudges.recordedNudges(
      migration.id,
      keysToLookUp(candidates, now, settings.zone),
    );
    return {
      plan: planSweep({ input, candidates, recorded }),
      observations: nextObservations(migration, rows, observations),
      regressed,
    };
  }

  /** Teams with a service that escalates now: critical in the long tail at 30 days or less, or stranded. */
  private escalatingTeams(
    migration: MigrationDefinition,
    rows: readonly NudgeRow[],
    now: Date,
  ): string[] {
    const daysLeft = daysUntil(
      migration.window.sunset,
      now,
      this.deps.config.nudges.zone,
    );
    if (daysLeft > 30) return [];
    const idleDays = this.deps.config.longTail.idleDays;
    const teams = new Set<string>();
    for (const row of rows) {
      if (!row.ownerRef || isDone(row)) continue;
      if (
        daysLeft < 0 ||
        (row.criticality === 'high' && inLongTail(row, now, idleDays))
      ) {
        teams.add(row.ownerRef);
      }
    }
    return [...teams];
  }

  /** Claims, sends and marks the plan, a chunk at a time. */
  private async send(
    migration: MigrationDefinition,
    plan: NudgePlan,
    now: Date,
    signal: AbortSignal | undefined,
  ): Promise<SendState> {
    const state: SendState = {
      sent: 0,
      folded: 0,
      failed: 0,
      skipped: 0,
      undelivered: new Set(),
      failuresInARow: 0,
      firstError: undefined,
    };
    const limit = pLimit(SEND_CONCURRENCY);
    for (let i = 0; i < plan.send.length; i += CHUNK) {
      const part = plan.send.slice(i, i + CHUNK);
      if (signal?.aborted || state.failuresInARow >= MAX_FAILURES_IN_A_ROW) {
        part.forEach(n => giveUp(state, n));
      } else {
        await this.sendChunk(migration, part, now, state, limit);
      }
    }
    if (state.firstError) {
      this.deps.logger.warn(
        `Could not send ${state.failed} nudges of migration ${migration.id}; ` +
          `they are retried on the next sweep: ${state.firstError}`,
      );
    }
    return state;
  }

  /**
   * One chunk: claims every key first (a digest claims the nudges it
   * carries), sends what this sweep claimed, then marks what went out and
   * releases what did not.
   */
  private async sendChunk(
    migration: MigrationDefinition,
    part: Nudge[],
    now: Date,
    state: SendState,
    limit: ReturnType<typeof pLimit>,
  ) {
    const nudges = this.deps.store.nudges;
    const claims: NudgeClaim[] = part.flatMap(n =>
      n.covers
        ? n.covers.map(c => ({
            key: c.key,
            kind: c.kind,
            entityRef: c.entityRef,
            via: n.key,
          }))
        : [{ key: n.key, kind: n.kind, entityRef: n.entityRef }],
    );
    const claimed = await nudges.claimNudges(migration.id, claims, now);
    const delivered: string[] = [];
    const released: string[] = [];
    const digests: NudgeClaim[] = [];
    await Promise.all(
      part.map(nudge =>
        limit(async () => {
          const own = (nudge.covers ?? [nudge])
            .map(c => c.key)
            .filter(k => claimed.has(k));
          if (own.length === 0) {
            state.skipped++;
            return;
          }
          if (state.failuresInARow >= MAX_FAILURES_IN_A_ROW) {
            released.push(...own);
            giveUp(state, nudge);
            return;
          }
          try {
            await this.deps.notifications.send(sendOptions(migration, nudge));
            state.failuresInARow = 0;
            delivered.push(...own);
            state.sent++;
            if (nudge.covers) {
              state.folded += own.length;
              digests.push({ key: nudge.key, kind: nudge.kind });
            }
          } catch (error) {
            state.failuresInARow++;
            state.firstError ??= error;
            released.push(...own);
            giveUp(state, nudge);
          }
        }),
      ),
    );
    await nudges.settleNudges(
      migration.id,
      { delivered, digests, released },
      now,
    );
  }
}

interface SendState {
  sent: number;
  folded: number;
  failed: number;
  skipped: number;
  /** Services whose nudge did not go out this sweep. */
  undelivered: Set<string>;
  failuresInARow: number;
  firstError: unknown;
}

function giveUp(state: SendState, nudge: Nudge) {
  state.failed++;
  for (const item of nudge.covers ?? [nudge]) {
    if (item.entityRef) state.undelivered.add(item.entityRef);
  }
}

/** A nudge as the notifications backend takes it, its scope the dedupe. */
function sendOptions(
  migration: MigrationDefinition,
  nudge: Nudge,
): NotificationSendOptions {
  return {
    recipients:
      nudge.recipients.type === 'broadcast'
        ? { type: 'broadcast' }
        : {
            type: 'entity',
            entityRef: nudge.recipients.entityRefs,
            excludeEntityRef: nudge.recipients.exclude,
          },
    payload: {
      title: nudge.title,
      description: nudge.description,
      link: nudge.link,
      severity: nudge.severity,
      topic: nudge.topic,
      scope: scopeOf(migration.id, nudge),
      metadata: nudge.metadata,
    },
  };
}
