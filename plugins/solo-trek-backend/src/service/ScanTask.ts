import { LoggerService } from '@backstage/backend-plugin-api';
import { DateTime } from 'luxon';
import { SoloTrekConfig } from '../config/readSoloTrekConfig';
import { SoloTrekStore } from '../database/SoloTrekStore';
import { EvaluationScanner } from './EvaluationScanner';

/**
 * The scheduled scan: once per interval across replicas (the scheduler's
 * global scope), every configured migration in turn, then retention.
 */
export class ScanTask {
  constructor(
    private readonly deps: {
      config: SoloTrekConfig;
      store: SoloTrekStore;
      scanner: EvaluationScanner;
      logger: LoggerService;
      /** Runs after the scans, e.g. triggers the nudge sweep; its failure fails no scan. */
      afterScan?: () => Promise<void>;
      now?: () => Date;
    },
  ) {}

  /**
   * One run: the scans first, so each starts as soon as the run does, then
   * retention. The scheduler aborts `signal` when the task's timeout passes,
   * after which another replica may start the next run: this one stops
   * between pages (see EvaluationScanner.scan) and starts no further
   * migration or pruning.
   */
  async run(signal?: AbortSignal): Promise<void> {
    const { config, store, scanner, logger } = this.deps;
    const now = this.deps.now?.() ?? new Date();
    const removedBefore = DateTime.fromJSDate(now)
      .minus({ days: config.retention.removedEntityDays })
      .toJSDate();
    let complete = true;
    for (const migration of config.migrations) {
      if (signal?.aborted) {
        complete = false;
        logger.warn(
          `The scan stopped at its timeout before migration ${migration.id}; the next scan covers it`,
        );
        break;
      }
      try {
        await scanner.scan(migration, { signal });
        await store.pruneRemovedEntities(migration.id, removedBefore);
      } catch {
        // The scanner logged the cause and recorded it in the scan status.
        complete = false;
      }
    }
    if (signal?.aborted) return;
    await store.pruneMigrationsExcept(
      config.migrations.map(m => m.id),
      { now, removedBefore },
    );
    // Facts of entities no migration reads any more, after a complete pass
    // only: a partial one would take the unread rest for gone. After it, the
    // results and errors of the configured migrations are what each scan saw.
    if (complete) {
      await store.deleteFactsOutside(config.migrations.map(m => m.id));
    }
    try {
      await this.deps.afterScan?.();
    } catch (error) {
      logger.warn(`After the scan: ${error}`);
    }
  }
}
