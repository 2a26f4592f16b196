import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { MIGRATION_STAGES } from '@internal/plugin-solo-trek-common';
import {
  callerOf,
  migrationIdInput,
  migrationIdOf,
  SoloTrekActionDeps,
} from './actionContext';

/** A model reads a page at a time; the dashboard's default page is larger. */
const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 200;

/**
 * `list-long-tail`: the dashboard's long tail (services idle too long, or
 * every service not done once the sunset has passed) with its filters,
 * cut down to the services the caller may read, as the route does.
 */
export function registerListLongTail(
  registry: ActionsRegistryService,
  deps: SoloTrekActionDeps,
) {
  registry.register({
    name: 'list-long-tail',
    title: 'List the migration’s long tail',
    description: [
      'The long tail of the platform migration: services at risk of being stranded on the old platform when it is switched off (the sunset).',
      'Before the sunset these are services whose stage has not changed for the configured number of idle days; after it, every service not yet migrated (stranded: true). Riskiest first.',
      'Each service comes with its owner, stage, days idle, track, business criticality and migration complexity (high or low); filter by criticality and complexity as the Solo Trek dashboard does, and page with limit and offset. quadrants counts the whole long tail in each criticality/complexity quadrant, whatever the filters.',
      'Lists only services the caller may read in the catalog.',
    ].join(' '),
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          migrationId: migrationIdInput(z),
          criticality: z
            .enum(['high', 'low'])
            .optional()
            .describe('Only services of this business criticality'),
          complexity: z
            .enum(['high', 'low'])
            .optional()
            .describe('Only services of this migration complexity'),
          limit: z
            .number()
            .int()
            .min(1)
            .max(MAX_LIMIT)
            .optional()
            .describe(`Services per page, ${DEFAULT_LIMIT} when left out`),
          offset: z
            .number()
            .int()
            .min(0)
            .optional()
            .describe('Services to skip, for the next page'),
        }),
      output: z =>
        z.object({
          migrationId: z.string(),
          idleDays: z
            .number()
            .describe('Days without a stage change that put a service here'),
          afterSunset: z.boolean(),
          total: z.number().describe('Services matching, across all pages'),
          offset: z.number(),
          quadrants: z.array(
            z.object({
              criticality: z.enum(['high', 'low']),
              complexity: z.enum(['high', 'low']),
              total: z.number(),
            }),
          ),
          items: z.array(
            z.object({
              entityRef: z.string(),
              title: z.string().optional(),
              owner: z.string().nullable(),
              ownerTitle: z.string().optional(),
              stage: z.enum(MIGRATION_STAGES),
              daysIdle: z.number(),
              lastChange: z.string(),
              criticality: z.enum(['high', 'low']),
              complexity: z.enum(['high', 'low']),
              track: z.enum(['solo-trek', 'caravan']),
              stranded: z.boolean(),
            }),
          ),
        }),
    },
    examples: [
      {
        title: 'Critical services at risk',
        input: { criticality: 'high', limit: 10 },
      },
    ],
    action: async ({ input, credentials }) => {
      const migrationId = migrationIdOf(deps.config, input.migrationId);
      const scope = await deps.access.scope(callerOf(credentials));
      const report = await deps.aggregates.longTail.page(
        migrationId,
        {
          limit: input.limit ?? DEFAULT_LIMIT,
          offset: input.offset ?? 0,
          criticality: input.criticality,
          complexity: input.complexity,
        },
        scope,
      );
      return { output: report };
    },
  });
}
