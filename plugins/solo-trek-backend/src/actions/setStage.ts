import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { MIGRATION_STAGES } from '@internal/plugin-solo-trek-common';
import {
  actorOf,
  callerOf,
  entityRefInput,
  migrationIdInput,
  migrationIdOf,
  serviceRefOf,
  SoloTrekActionDeps,
} from './actionContext';

/**
 * `set-stage`: what the card's "Update stage" does, through the same
 * MigrationService call (catalog read, Solo Trek's stage permission, the
 * compare-and-set write, the history), inside the same `stage-update` audit
 * event as the route. Not destructive: the history keeps every move, and a
 * move back needs a note. Idempotent: the same stage again changes nothing.
 */
export function registerSetStage(
  registry: ActionsRegistryService,
  deps: SoloTrekActionDeps,
) {
  registry.register({
    name: 'set-stage',
    title: 'Set a service’s migration stage',
    description: [
      "Moves one service to another stage of the platform migration, as the caller: only the service's owners (and whoever the organisation's permission policy allows) may; anyone else is refused with NotAllowedError.",
      'Stages in order: not-started, planning, in-progress, migrated (live on the new platform), decommissioned (the old deployment is off); retired means the service was shut down instead of moved.',
      'Moving back to an earlier stage needs a note saying why. A service the catalog shows live on the new platform is at least migrated. Setting the stage it already has changes nothing.',
      "Every move is kept in the service's stage history with the caller's name and the note.",
    ].join(' '),
    attributes: { readOnly: false, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          entityRef: entityRefInput(z),
          stage: z.enum(MIGRATION_STAGES).describe('The new stage'),
          note: z
            .string()
            .max(2000)
            .optional()
            .describe(
              'Why; kept in the stage history. Required when moving back',
            ),
          migrationId: migrationIdInput(z),
        }),
      output: z =>
        z.object({
          migrationId: z.string(),
          entityRef: z.string(),
          stage: z.enum(MIGRATION_STAGES).describe('The stage now'),
          previousStage: z.enum(MIGRATION_STAGES),
          changed: z.boolean(),
        }),
    },
    examples: [
      {
        title: 'Start planning the move of payments-api',
        input: {
          entityRef: 'component:default/payments-api',
          stage: 'planning',
          note: 'Kick-off with the platform team on Monday',
        },
      },
    ],
    action: async ({ input, credentials }) => {
      const caller = callerOf(credentials);
      const migrationId = migrationIdOf(deps.config, input.migrationId);
      const entityRef = serviceRefOf(input.entityRef);
      const meta = {
        migrationId,
        entityRef,
        stage: input.stage,
        actor: actorOf(caller),
        via: 'action',
      };
      const event = await deps.auditor.createEvent({
        eventId: 'stage-update',
        severityLevel: 'medium',
        meta,
      });
      try {
        const before = await deps.service.getCard(
          migrationId,
          entityRef,
          caller,
        );
        const after = await deps.service.updateStage(
          migrationId,
          entityRef,
          { stage: input.stage, note: input.note },
          caller,
        );
        await event.success({ meta });
        return {
          output: {
            migrationId,
            entityRef: after.entityRef,
            stage: after.stage,
            previousStage: before.stage,
            changed: after.stage !== before.stage,
          },
        };
      } catch (error) {
        await event.fail({ error: error as Error, meta });
        throw error;
      }
    },
  });
}
