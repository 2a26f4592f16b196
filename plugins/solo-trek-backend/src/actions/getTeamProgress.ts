import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { MIGRATION_STAGES } from '@internal/plugin-solo-trek-common';
import { groupRefOf } from '../service/router';
import {
  callerOf,
  migrationIdInput,
  migrationIdOf,
  SoloTrekActionDeps,
} from './actionContext';

/**
 * `get-team-progress`: a team's services (the team card) and its place on
 * the leaderboard, both cut down to what the caller may read, as the routes
 * do: a team the caller may not read has no services and no rank, exactly
 * like one that does not exist.
 */
export function registerGetTeamProgress(
  registry: ActionsRegistryService,
  deps: SoloTrekActionDeps,
) {
  registry.register({
    name: 'get-team-progress',
    title: 'Get a team’s migration progress',
    description: [
      "A team's progress in the platform migration: each service it owns with its stage, track, wave and Pilgrim's Creed counts (passed, failed, waived, unknown), and the team's place on the migration leaderboard: rank, score, services migrated and compliant, and badges (trailblazer, early-mover, clean-creed, migration-hero).",
      'Use period "month" for this month\'s ranking instead of the whole migration window.',
      'A team the caller may not read in the catalog, or that owns no service in scope, comes back with no services and rank null.',
    ].join(' '),
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          team: z
            .string()
            .min(1)
            .describe(
              'The team as a group entity ref, e.g. group:default/payments; "payments" alone means group:default/payments',
            ),
          migrationId: migrationIdInput(z),
          period: z
            .enum(['all', 'month'])
            .optional()
            .describe(
              'The leaderboard period: the whole window (all, the default) or this month',
            ),
        }),
      output: z =>
        z.object({
          migrationId: z.string(),
          team: z.string(),
          title: z.string().optional(),
          rank: z
            .number()
            .nullable()
            .describe('1 is first; null when the team is not ranked'),
          teamsRanked: z.number().describe('Teams on the leaderboard'),
          score: z.number().optional(),
          migrated: z.number().optional(),
          compliant: z.number().optional(),
          badges: z.array(
            z.enum([
              'trailblazer',
              'early-mover',
              'clean-creed',
              'migration-hero',
            ]),
          ),
          rankChange: z
            .number()
            .nullable()
            .describe(
              'Places gained (+) or lost (-) since the previous period',
            ),
          services: z.array(
            z.object({
              entityRef: z.string(),
              title: z.string().optional(),
              stage: z.enum(MIGRATION_STAGES),
              live: z.boolean(),
              track: z.enum(['solo-trek', 'caravan']),
              wave: z.string().nullable(),
              passed: z.number(),
              failed: z.number(),
              waived: z.number(),
              unknown: z.number(),
              total: z.number(),
              mustPass: z
                .boolean()
                .describe('Every must item of the Creed passes'),
            }),
          ),
        }),
    },
    examples: [
      {
        title: 'How the payments team is doing',
        input: { team: 'group:default/payments' },
      },
    ],
    action: async ({ input, credentials }) => {
      const migrationId = migrationIdOf(deps.config, input.migrationId);
      const team = groupRefOf(input.team);
      const scope = await deps.access.scope(callerOf(credentials));
      const [services, board] = await Promise.all([
        deps.aggregates.teamServices.list(migrationId, team, scope),
        deps.aggregates.leaderboard.page(
          migrationId,
          input.period ?? 'all',
          { limit: 1, offset: 0, teams: [team] },
          scope,
        ),
      ]);
      const [entry] = board.pinned;
      return {
        output: {
          migrationId,
          team,
          title: entry?.title,
          rank: entry?.rank ?? null,
          teamsRanked: board.total,
          score: entry?.score,
          migrated: entry?.migrated,
          compliant: entry?.compliant,
          badges: entry?.badges ?? [],
          rankChange: entry?.rankChange ?? null,
          services: services.items.map(s => ({
            entityRef: s.entityRef,
            title: s.title,
            stage: s.stage,
            live: s.live,
            track: s.track,
            wave: s.wave,
            passed: s.passed,
            failed: s.failed,
            waived: s.waived,
            unknown: s.unknown,
            total: s.total,
            mustPass: s.mustPass,
          })),
        },
      };
    },
  });
}
