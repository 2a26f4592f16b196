import { LoggerService } from '@backstage/backend-plugin-api';
import { SoloTrekConfig } from '../../config/readSoloTrekConfig';
import { SoloTrekStore } from '../../database/SoloTrekStore';
import { dayNumber, DAY_MS } from '../../domain/outcomes/validatePoints';
import { PulseNotifier } from './PulseNotifier';

/**
 * The outcomes' housekeeping, once an hour across replicas: roll raw points
 * older than rawRetentionDays up to one row per day, compute each
 * scorecard ahead of its readers, prune what entities that left every
 * migration left behind, and announce pulses that opened.
 */
export class OutcomesTask {
  constructor(
    private readonly deps: {
      config: SoloTrekConfig;
      store: SoloTrekStore;
      logger: LoggerService;
      notifier?: PulseNotifier;
      /**
       * Computes a migration's scorecard ahead of its readers (into the
       * aggregates table every replica reads), after the roll-up.
       */
      warm?: (migrationId: string) => Promise<unknown>;
      now?: () => Date;
    },
  ) {}

  async run(signal?: AbortSignal) {
    const { config, store, logger, notifier } = this.deps;
    const now = this.deps.now?.() ?? new Date();
    const { outcomes } = config;
    // Whole days only: a day is rolled up once, never half.
    const cutoff = new Date(
      (dayNumber(now) - outcomes.rawRetentionDays) * DAY_MS,
    );
    const rolled = await store.outcomes.rollUp(
      cutoff,
      id => outcomes.metrics.get(id)?.aggregation,
    );
    if (rolled.points > 0) {
      logger.info(
        `Rolled ${rolled.points} outcome points before ${cutoff
          .toISOString()
          .slice(0, 10)} up into ${rolled.days} days`,
      );
    }
    if (signal?.aborted) return;
    for (const m of config.migrations) {
      await this.deps.warm?.(m.id);
    }

    // Which entities left is only known after every migration's scan has
    // succeeded once: before that, no results means "not scanned yet".
    const scans = await Promise.all(
      config.migrations.map(m => store.getScan(m.id)),
    );
    if (scans.length > 0 && scans.every(s => s?.succeededAt)) {
      const before = new Date(
        now.getTime() - config.retention.removedEntityDays * DAY_MS,
      );
      const pruned = await store.outcomes.pruneLeft(before);
      if (pruned > 0) {
        logger.info(
          `Pruned ${pruned} outcome rows of entities that left every migration before ${before.toISOString()}`,
        );
      }
    }

    if (!notifier) return;
    for (const m of config.migrations) {
      if (signal?.aborted) return;
      const sent = await notifier.announce(m, now);
      if (sent > 0) {
        logger.info(
          `Announced the satisfaction pulse of ${sent} services of ${m.id}`,
        );
      }
    }
  }
}
