import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import {
  isOpenCheck,
  MIGRATION_STAGES,
} from '@internal/plugin-solo-trek-common';
import {
  callerOf,
  entityRefInput,
  migrationIdInput,
  migrationIdOf,
  remediationOutput,
  serviceRefOf,
  SoloTrekActionDeps,
} from './actionContext';

/**
 * `get-migration-status`: one service's migration card, reduced to what an
 * assistant needs to tell a developer where the service stands and what to
 * fix. The card's own read check applies: a service the caller may not read
 * in the catalog is "not found", exactly as on the card.
 */
export function registerGetMigrationStatus(
  registry: ActionsRegistryService,
  deps: SoloTrekActionDeps,
) {
  registry.register({
    name: 'get-migration-status',
    title: 'Get a service’s migration status',
    description: [
      "Where one service stands in the platform migration (a Solo Trek), as its owners see it on the service's Migration card in Backstage:",
      'its stage (not-started, planning, in-progress, migrated, decommissioned, or retired), its track (solo-trek: the team moves it on its own; caravan: it moves in a planned wave), its wave, and the days left before the old platform is switched off (the sunset).',
      "It also lists the Pilgrim's Creed checks that are not met (status fail, or unknown when there is no evidence yet), each with its severity (must items are never waived) and how to fix it, and the active waivers.",
      'Use it to answer "what is left to migrate my service?" or "why is my service not compliant?". Answers only about services the caller may read in the catalog; others are reported as not found.',
    ].join(' '),
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          entityRef: entityRefInput(z),
          migrationId: migrationIdInput(z),
        }),
      output: z =>
        z.object({
          migrationId: z.string(),
          entityRef: z.string(),
          title: z.string().optional(),
          owner: z
            .string()
            .nullable()
            .describe('The owning team, as a group entity ref'),
          stage: z.enum(MIGRATION_STAGES),
          live: z
            .boolean()
            .describe('The catalog shows it running on the new platform'),
          track: z.enum(['solo-trek', 'caravan']),
          wave: z
            .string()
            .nullable()
            .describe('The caravan wave, null when none'),
          sunset: z.string().describe('YYYY-MM-DD'),
          daysToSunset: z
            .number()
            .describe('Days until the sunset; negative once it has passed'),
          compliance: z.object({
            passed: z.number(),
            failed: z.number(),
            waived: z.number(),
            unknown: z.number(),
            total: z.number(),
          }),
          failingChecks: z
            .array(
              z.object({
                id: z.string(),
                title: z.string(),
                severity: z.enum(['must', 'should']),
                status: z.enum(['fail', 'unknown']),
                waivable: z.boolean(),
                remediation: remediationOutput(z),
              }),
            )
            .describe('Creed items not met, must items first'),
          waivers: z.array(
            z.object({
              creedId: z.string(),
              reason: z.string(),
              expiresAt: z.string(),
              createdBy: z.string(),
            }),
          ),
          evaluatedAt: z.string(),
          stale: z
            .boolean()
            .describe('The last scan failed; this is an earlier result'),
        }),
    },
    examples: [
      {
        title: 'The status of payments-api',
        input: { entityRef: 'component:default/payments-api' },
      },
    ],
    action: async ({ input, credentials }) => {
      const migrationId = migrationIdOf(deps.config, input.migrationId);
      const card = await deps.service.getCard(
        migrationId,
        serviceRefOf(input.entityRef),
        callerOf(credentials),
      );
      const open = card.checks.filter(isOpenCheck);
      return {
        output: {
          migrationId: card.migrationId,
          entityRef: card.entityRef,
          title: card.title,
          owner: card.owner,
          stage: card.stage,
          live: card.live,
          track: card.track,
          wave: card.wave,
          sunset: card.sunset,
          daysToSunset: card.daysToSunset,
          compliance: card.compliance,
          failingChecks: [
            ...open.filter(c => c.severity === 'must'),
            ...open.filter(c => c.severity !== 'must'),
          ].map(c => ({
            id: c.id,
            title: c.title,
            severity: c.severity,
            status: c.status as 'fail' | 'unknown',
            waivable: c.waivable,
            remediation: c.remediation,
          })),
          waivers: card.waivers.map(w => ({
            creedId: w.creedId,
            reason: w.reason,
            expiresAt: w.expiresAt,
            createdBy: w.createdBy,
          })),
          evaluatedAt: card.evaluatedAt,
          stale: Boolean(card.stale),
        },
      };
    },
  });
}
