import { Config } from '@backstage/config';
import { z } from 'zod';
import {
  BUILT_IN_METRIC_IDS,
  ConfiguredMetric,
  METRIC_ID,
  metricCatalog,
  OutcomeMetricDefinition,
} from '../domain/outcomes/metrics';
import { childKeyPath, RuleConfigError } from '../rules/RuleConfigError';
import {
  readTaskSchedule,
  ScanSchedule,
  scanScheduleSchema,
} from './scanSchedule';

/** `soloTrek.outcomes`, as the plugin uses it. */
export interface OutcomesConfig {
  /** Raw points older than this many days are rolled up per day. */
  rawRetentionDays: number;
  /** Days before and after go-live each service is compared over. */
  comparisonDays: number;
  /** Built-in metrics first, then configured ones, by id. */
  metrics: Map<string, OutcomeMetricDefinition>;
  pulse: { delayDays: number; minGroupSize: number; question: string };
  /** Demo only: points and pulse answers loaded at startup into empty tables. */
  seedFile?: string;
  /** The outcomes task: rolls raw points up, opens pulses, warms the scorecard. */
  schedule: ScanSchedule;
}

const DEFAULT_SCHEDULE: ScanSchedule = {
  // Points arrive all day; the rollup and the scorecard lag at most an hour.
  frequency: { hours: 1 },
  // The fold reads every point of the comparison windows in one pass.
  timeout: { minutes: 30 },
  initialDelay: { minutes: 1 },
};

export const DEFAULT_PULSE_QUESTION = 'How is life on the new platform?';

const metric = z
  .object({
    title: z.string().min(1).max(100).optional(),
    unit: z.string().min(1).max(40),
    aggregation: z.enum(['sum', 'median'], {
      error: 'unknown aggregation; use sum or median',
    }),
    higherIsBetter: z.boolean(),
    perspective: z
      .enum(['business', 'technical', 'financial', 'human'], {
        error:
          'unknown perspective; use business, technical, financial or human',
      })
      .optional(),
  })
  .strict();

/** The zod schema of `soloTrek.outcomes`, part of soloTrekConfigSchema. */
export const outcomesConfigSchema = z
  .object({
    rawRetentionDays: z.number().int().min(2).max(3650).optional(),
    comparisonDays: z.number().int().min(7).max(730).optional(),
    // Names are checked by readOutcomesConfig, whose message names the key.
    metrics: z.record(z.string(), metric).optional(),
    pulse: z
      .object({
        delayDays: z.number().int().min(0).max(365).optional(),
        minGroupSize: z.number().int().min(1).max(100).optional(),
        question: z.string().min(1).max(200).optional(),
      })
      .strict()
      .optional(),
    // Empty turns it off, as app-config.production.yaml does.
    seedFile: z.string().optional(),
    schedule: scanScheduleSchema.optional(),
  })
  .strict();

/** `soloTrek.outcomes` with its defaults; a metric that redefines a built-in is refused. */
export function readOutcomesConfig(
  config: Config,
  data: z.infer<typeof outcomesConfigSchema> | undefined,
): OutcomesConfig {
  const configured: Record<string, ConfiguredMetric> = data?.metrics ?? {};
  for (const id of Object.keys(configured)) {
    if (!METRIC_ID.test(id)) {
      throw new RuleConfigError(
        childKeyPath('soloTrek.outcomes.metrics', id),
        'a metric name starts with a letter and has only letters, digits and _ (at most 63)',
      );
    }
    if (BUILT_IN_METRIC_IDS.has(id)) {
      throw new RuleConfigError(
        `soloTrek.outcomes.metrics.${id}`,
        `"${id}" is a built-in metric; give yours another name`,
      );
    }
  }
  return {
    // A month of raw points covers late and corrected reports; older days
    // keep one row per entity, metric and day.
    rawRetentionDays: data?.rawRetentionDays ?? 30,
    // A quarter either side of go-live: long enough to smooth a noisy
    // cut-over week, short enough that the old platform is still comparable.
    comparisonDays: data?.comparisonDays ?? 90,
    metrics: metricCatalog(configured),
    pulse: {
      delayDays: data?.pulse?.delayDays ?? 14,
      minGroupSize: data?.pulse?.minGroupSize ?? 3,
      question: data?.pulse?.question ?? DEFAULT_PULSE_QUESTION,
    },
    seedFile: data?.seedFile || undefined,
    schedule: readTaskSchedule(
      config,
      'soloTrek.outcomes.schedule',
      DEFAULT_SCHEDULE,
    ),
  };
}
