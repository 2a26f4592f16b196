import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { z } from 'zod';
import { RuleConfigError } from '../rules/RuleConfigError';
import {
  readTaskSchedule,
  ScanSchedule,
  scanScheduleSchema,
} from './scanSchedule';

/** Where escalations go: the owner's parent group, nobody, or one group. */
export type EscalationTarget =
  | { kind: 'parent' }
  | { kind: 'none' }
  | { kind: 'group'; group: string };

/** `soloTrek.nudges`, as the sweep and the card use it. */
export interface NudgeSettings {
  enabled: boolean;
  /** The sweep's own schedule; it also runs after each scan. */
  schedule: ScanSchedule;
  /** Days before the sunset a service not done is reminded, largest first. */
  daysBeforeSunset: number[];
  /** After the sunset, a stranded service is reminded every this many days. */
  strandedEveryDays: number;
  /** A team with more pending nudges than this gets one weekly digest instead. */
  digestThreshold: number;
  escalateTo: EscalationTarget;
  /** Owners and the platform team hear of a waiver this many days before it expires. */
  daysBeforeWaiverExpiry: number;
  /**
   * `soloTrek.timeZone`, whose calendar days count: a reminder "30 days
   * before" falls on the day that is 30 days before the sunset there.
   */
  zone: string;
}

const KEY_PATH = 'soloTrek.nudges';

const DEFAULT_SCHEDULE: ScanSchedule = {
  // After each scan the sweep is triggered as well (every 10 minutes by
  // default); the hourly run covers scans that are manual or failing.
  frequency: { hours: 1 },
  timeout: { minutes: 10 },
  // After a start, the first scan (15 s) triggers the sweep anyway.
  initialDelay: { minutes: 2 },
};

/** The zod schema of `soloTrek.nudges`, part of soloTrekConfigSchema. */
export const nudgesConfigSchema = z
  .object({
    enabled: z.boolean().optional(),
    schedule: scanScheduleSchema.optional(),
    daysBeforeSunset: z
      .array(z.number().int().min(0).max(3650))
      .min(1, 'give at least one day, such as [90, 30, 7, 0]')
      .refine(
        days => new Set(days).size === days.length,
        'each day may appear once',
      )
      .optional(),
    strandedEveryDays: z.number().int().min(1).max(365).optional(),
    digestThreshold: z.number().int().min(0).max(100_000).optional(),
    escalateTo: z.string().min(1).optional(),
    daysBeforeWaiverExpiry: z.number().int().min(1).max(365).optional(),
  })
  .strict();

function readEscalation(value: string | undefined): EscalationTarget {
  if (value === undefined || value === 'parent') return { kind: 'parent' };
  if (value === 'none') return { kind: 'none' };
  let ref;
  try {
    ref = parseEntityRef(value, { defaultKind: 'group' });
  } catch (error) {
    throw new RuleConfigError(
      `${KEY_PATH}.escalateTo`,
      `use parent, none or a group ref such as group:default/engineering-leads, got "${value}"`,
    );
  }
  if (ref.kind.toLocaleLowerCase('en-US') !== 'group') {
    throw new RuleConfigError(
      `${KEY_PATH}.escalateTo`,
      `escalations go to a group, not a ${ref.kind}; use parent, none or group:<namespace>/<name>`,
    );
  }
  return {
    kind: 'group',
    group: stringifyEntityRef({ ...ref, kind: 'group' }),
  };
}

/** `soloTrek.nudges` with its defaults; off unless `enabled: true`. */
export function readNudgeSettings(
  config: Config,
  data: z.infer<typeof nudgesConfigSchema> | undefined,
  /** `soloTrek.timeZone`. */
  zone: string,
): NudgeSettings {
  return {
    // Off by default: turning it on starts notifying every owner of a
    // service not done, so the platform team checks the preview first.
    enabled: data?.enabled ?? false,
    schedule: readTaskSchedule(
      config,
      `${KEY_PATH}.schedule`,
      DEFAULT_SCHEDULE,
    ),
    daysBeforeSunset: [...(data?.daysBeforeSunset ?? [90, 30, 7, 0])].sort(
      (a, b) => b - a,
    ),
    strandedEveryDays: data?.strandedEveryDays ?? 7,
    digestThreshold: data?.digestThreshold ?? 10,
    escalateTo: readEscalation(data?.escalateTo),
    daysBeforeWaiverExpiry: data?.daysBeforeWaiverExpiry ?? 7,
    zone,
  };
}
