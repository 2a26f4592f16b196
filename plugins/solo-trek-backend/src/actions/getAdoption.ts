import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { AdoptionFigures } from '@internal/plugin-solo-trek-common';
import {
  callerOf,
  migrationIdInput,
  migrationIdOf,
  SoloTrekActionDeps,
  Zod,
} from './actionContext';

const figures = (z: Zod) => ({
  total: z.number().describe('Services in scope'),
  done: z.number().describe('Migrated, decommissioned or retired'),
  compliantDone: z
    .number()
    .describe('Done and passing every must item of the Creed'),
  adoption: z.number().describe('done / total, 0 to 1'),
  compliantAdoption: z.number().describe('compliantDone / total, 0 to 1'),
});

function figuresOf(f: AdoptionFigures) {
  const { total, done, compliantDone, adoption, compliantAdoption } = f;
  return { total, done, compliantDone, adoption, compliantAdoption };
}

/**
 * `get-adoption`: the dashboard's headline figures. Like the route, they are
 * counts over every service in scope, which anyone signed in may see.
 */
export function registerGetAdoption(
  registry: ActionsRegistryService,
  deps: SoloTrekActionDeps,
) {
  registry.register({
    name: 'get-adoption',
    title: 'Get migration adoption and forecast',
    description: [
      "How far the platform migration has come: service adoption (the share of in-scope services live on the new platform, or retired), compliant adoption (the share that is done and also passes every must item of the Pilgrim's Creed), how many services are in each stage, and the same figures per track (solo-trek: teams move on their own; caravan: planned waves).",
      'The forecast projects the completion date from the recent net weekly pace (services done less services joining the scope), with the earliest and latest plausible finish (a 90% interval), and says whether the migration is on-track, at-risk (the interval reaches past the sunset), late, complete, or not-enough-data (too little history to say) against the sunset, when the old platform is switched off.',
      'Use it for "are we going to make the sunset?" or "how many services are left?".',
    ].join(' '),
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z => z.object({ migrationId: migrationIdInput(z) }),
      output: z =>
        z.object({
          migrationId: z.string(),
          generatedAt: z.string(),
          sunset: z.string().describe('YYYY-MM-DD'),
          daysToSunset: z.number(),
          ...figures(z),
          stages: z.record(z.number()).describe('Services in each stage'),
          forecast: z.object({
            status: z.enum([
              'on-track',
              'at-risk',
              'late',
              'complete',
              'not-enough-data',
            ]),
            projectedCompletion: z
              .string()
              .nullable()
              .describe('YYYY-MM-DD; null when nothing moved lately'),
            earliestCompletion: z
              .string()
              .nullable()
              .describe('YYYY-MM-DD: the earliest plausible finish'),
            latestCompletion: z
              .string()
              .nullable()
              .describe(
                'YYYY-MM-DD: the latest plausible finish; null when the pace is too uncertain to promise one',
              ),
            reason: z.string().describe('Why this status, in a sentence'),
            weeklyRate: z.number().describe('Services done per week lately'),
            requiredWeeklyRate: z
              .number()
              .describe('Services per week needed to finish by the sunset'),
            remaining: z.number(),
          }),
          byTrack: z.array(
            z.object({
              track: z.enum(['solo-trek', 'caravan']),
              ...figures(z),
            }),
          ),
          stale: z
            .boolean()
            .describe(
              'The last scan failed; figures are from the last good one',
            ),
        }),
    },
    action: async ({ input, credentials }) => {
      callerOf(credentials);
      const migrationId = migrationIdOf(deps.config, input.migrationId);
      const report = await deps.aggregates.adoption.report(migrationId);
      const { forecast } = report;
      return {
        output: {
          migrationId: report.migrationId,
          generatedAt: report.generatedAt,
          sunset: report.sunset,
          daysToSunset: report.daysToSunset,
          ...figuresOf(report.totals),
          stages: report.totals.stages,
          forecast: {
            status: forecast.status,
            projectedCompletion: forecast.projectedCompletion,
            earliestCompletion: forecast.earliestCompletion,
            latestCompletion: forecast.latestCompletion,
            reason: forecast.reason,
            weeklyRate: forecast.weeklyRate,
            requiredWeeklyRate: forecast.requiredWeeklyRate,
            remaining: forecast.remaining,
          },
          byTrack: report.byTrack.map(t => ({
            track: t.track,
            ...figuresOf(t),
          })),
          stale: report.stale,
        },
      };
    },
  });
}
