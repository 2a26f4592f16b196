import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config, ConfigReader } from '@backstage/config';
import { JsonValue } from '@backstage/types';
import { CronTime } from 'cron';
import { z } from 'zod';
import { childKeyPath, RuleConfigError } from '../rules/RuleConfigError';

/** The scan's schedule, as `scheduler.scheduleTask` takes it. */
export type ScanSchedule = Required<
  Pick<
    SchedulerServiceTaskScheduleDefinition,
    'frequency' | 'timeout' | 'initialDelay'
  >
>;

// The forms of SchedulerServiceTaskScheduleDefinitionConfig, the type
// config.d.ts gives soloTrek.schedule (a test compares the keys). They check
// the shape only: the scheduler's own reader turns strings into durations.
const DURATION_FORMS =
  'a duration such as { minutes: 10 } (with years, months, weeks, days, ' +
  'hours, minutes, seconds or milliseconds) or a string such as PT10M or 10m';
const humanDuration = z
  .object({
    years: z.number(),
    months: z.number(),
    weeks: z.number(),
    days: z.number(),
    hours: z.number(),
    minutes: z.number(),
    seconds: z.number(),
    milliseconds: z.number(),
  })
  .partial()
  .strict()
  .refine(d => Object.keys(d).length > 0, `give ${DURATION_FORMS}`);
const durationText = z.string().min(1, `give ${DURATION_FORMS}`);
// xor, not union: a union that sees one form fail on nothing but an unknown
// key reports that form alone, so { cron: 5 } would hear that a duration has
// no key cron. xor reports every form, and readSoloTrekConfig names the
// closest.
const duration = z.xor([durationText, humanDuration], {
  error: `expected ${DURATION_FORMS}`,
});
const frequency = z.xor(
  [
    z.object({ cron: z.string().min(1) }).strict(),
    z
      .object({
        trigger: z.literal('manual', { error: 'the only trigger is manual' }),
      })
      .strict(),
    durationText,
    humanDuration,
  ],
  {
    error: `expected ${DURATION_FORMS}, { cron: "*/10 * * * *" } or { trigger: manual }`,
  },
);

/** `soloTrek.schedule`. No `scope`: the scan runs once across replicas. */
export const scanScheduleSchema = z
  .object({ frequency, timeout: duration, initialDelay: duration.optional() })
  .strict();

const KEY_PATH = 'soloTrek.schedule';
const SCHEDULE_KEYS = ['frequency', 'timeout', 'initialDelay'] as const;
const DEFAULT_SCHEDULE = {
  frequency: { minutes: 10 },
  timeout: { minutes: 5 },
  // Gives the catalog time to ingest before the first scan after a start.
  initialDelay: { seconds: 15 },
};

/** Whether the scheduler's reader takes `value` at `key` beside defaults. */
function schedulerReads(
  key: string,
  value: JsonValue,
  defaults: ScanSchedule,
): boolean {
  try {
    readSchedulerServiceTaskScheduleDefinitionFromConfig(
      new ConfigReader({ ...(defaults as object), [key]: value }),
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads `soloTrek.schedule`, whose shape scanScheduleSchema has checked, with
 * the scheduler's own reader, which parses ISO 8601 and ms-style strings. Its
 * errors name the key in their own words (at 'timeout'); the key for the key
 * path is found by reading each given key again beside defaults.
 */
export function readScanSchedule(config: Config): ScanSchedule {
  return readTaskSchedule(config, KEY_PATH, DEFAULT_SCHEDULE);
}

/**
 * Reads a task's schedule at `keyPath` (checked by scanScheduleSchema) as
 * readScanSchedule reads the scan's: `soloTrek.nudges.schedule` is read the
 * same way, with its own defaults.
 */
export function readTaskSchedule(
  config: Config,
  keyPath: string,
  defaults: ScanSchedule,
): ScanSchedule {
  const schedule = config.getOptionalConfig(keyPath);
  if (!schedule) return defaults;
  let read: SchedulerServiceTaskScheduleDefinition;
  try {
    read = readSchedulerServiceTaskScheduleDefinitionFromConfig(schedule);
  } catch (error) {
    const refused = SCHEDULE_KEYS.find(
      key =>
        schedule.has(key) && !schedulerReads(key, schedule.get(key), defaults),
    );
    throw new RuleConfigError(
      refused ? childKeyPath(keyPath, refused) : keyPath,
      error instanceof Error ? error.message : String(error),
    );
  }
  // The scheduler's reader takes any string as a cron expression; a bad one
  // would only fail when the task is scheduled, without the key path. The
  // scheduler parses it with this CronTime (cron 3, as backend-defaults).
  if ('cron' in read.frequency) {
    try {
      // eslint-disable-next-line no-new
      new CronTime(read.frequency.cron);
    } catch (error) {
      throw new RuleConfigError(
        childKeyPath(childKeyPath(keyPath, 'frequency'), 'cron'),
        `${JSON.stringify(read.frequency.cron)} is not a cron expression (${
          error instanceof Error ? error.message : String(error)
        }); give five or six fields such as "*/10 * * * *"`,
      );
    }
  }
  const result: ScanSchedule = {
    frequency: read.frequency,
    timeout: read.timeout,
    initialDelay: read.initialDelay ?? defaults.initialDelay,
  };
  for (const key of SCHEDULE_KEYS) {
    // Neither { minutes: -5 } nor PT-5M is refused by the reader.
    const values: unknown[] = Object.values(result[key]);
    if (values.some(n => typeof n === 'number' && n < 0)) {
      throw new RuleConfigError(
        childKeyPath(keyPath, key),
        `a duration cannot be negative, got ${JSON.stringify(
          schedule.get(key),
        )}`,
      );
    }
  }
  return result;
}
