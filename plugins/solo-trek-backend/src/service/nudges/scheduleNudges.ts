import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { SoloTrekConfig } from '../../config/readSoloTrekConfig';
import { NudgeSweep } from './NudgeSweep';

/** The scheduler's id of the sweep. */
export const NUDGE_TASK_ID = 'solo-trek-nudges';

/**
 * Schedules the nudge sweep as a global task (once across replicas) on
 * `soloTrek.nudges.schedule`, and returns what the scan calls when it ends:
 * a trigger of the same task, so the sweep after a scan is still the one
 * global task and never runs twice at once. Nothing when nudges are off.
 */
export async function scheduleNudges(options: {
  config: SoloTrekConfig;
  scheduler: SchedulerService;
  sweep: NudgeSweep;
  logger: LoggerService;
}): Promise<(() => Promise<void>) | undefined> {
  const { config, scheduler, sweep, logger } = options;
  if (!config.nudges.enabled) return undefined;
  const { schedule } = config.nudges;
  await scheduler.scheduleTask({
    id: NUDGE_TASK_ID,
    scope: 'global',
    frequency: schedule.frequency,
    timeout: schedule.timeout,
    initialDelay: schedule.initialDelay,
    fn: async signal => {
      await sweep.run(signal);
    },
  });
  return async () => {
    try {
      await scheduler.triggerTask(NUDGE_TASK_ID);
    } catch (error) {
      // Running already (here or on another replica): that run, or the
      // next scheduled one, sees this scan's results.
      if (
        !(error instanceof ConflictError) &&
        (error as Error)?.name !== 'ConflictError'
      ) {
        logger.warn(`Could not start the nudge sweep after the scan: ${error}`);
      }
    }
  };
}
