import { CustomErrorBase } from '@backstage/errors';
import { LRUCache } from 'lru-cache';
import pLimit from 'p-limit';
import { SoloTrekConfig } from '../config/readSoloTrekConfig';

/** 429: the caller should wait `retryAfterSeconds` and try again. */
export class TooManyRequestsError extends CustomErrorBase {
  name = 'TooManyRequestsError' as const;
  readonly statusCode = 429;
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message);
  }
}

export type RefreshLimits = SoloTrekConfig['refresh'];

/**
 * Guards on-demand refreshes, each of which may run HTTP probes against a
 * service: a cooldown per entity, and a bounded queue in front of a fixed
 * number of concurrent refreshes, so no caller can turn the backend into a
 * probe cannon. The cooldown is per replica (an LRU of the last 10,000
 * entities refreshed); with N replicas an entity is refreshed at most N
 * times per cooldown.
 */
export class RefreshGate {
  private readonly recent: LRUCache<string, number>;
  private readonly limit: ReturnType<typeof pLimit>;

  constructor(
    private readonly limits: RefreshLimits,
    private readonly clock: () => number = Date.now,
  ) {
    this.recent = new LRUCache({ max: 10_000 });
    this.limit = pLimit(limits.concurrency);
  }

  async run<T>(key: string, refresh: () => Promise<T>): Promise<T> {
    const now = this.clock();
    const last = this.recent.get(key);
    const cooldownMs = this.limits.cooldownSeconds * 1000;
    if (last !== undefined && now - last < cooldownMs) {
      const wait = Math.ceil((last + cooldownMs - now) / 1000);
      throw new TooManyRequestsError(
        `${key} was refreshed less than ${this.limits.cooldownSeconds} s ago; try again in ${wait} s`,
        wait,
      );
    }
    // Counted together: p-limit moves a queued call to active a microtask
    // after it is queued.
    const { activeCount, pendingCount } = this.limit;
    if (
      activeCount + pendingCount >=
      this.limits.concurrency + this.limits.queueSize
    ) {
      throw new TooManyRequestsError(
        `${
          activeCount + pendingCount
        } refreshes are running or waiting; try again in a few seconds`,
        5,
      );
    }
    // Taken before the refresh runs, so parallel requests for one entity
    // run once and the rest are told to wait.
    this.recent.set(key, now);
    return this.limit(refresh);
  }
}
