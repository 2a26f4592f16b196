import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import {
  createTemplateAction,
  TemplateAction,
} from '@backstage/plugin-scaffolder-node';
import {
  MIGRATION_STAGES,
  MigrationStage,
} from '@internal/plugin-solo-trek-common';
import { SoloTrekApiClient } from '../SoloTrekApiClient';
import { resolveTarget } from './target';

const ID = 'solo-trek:stage:set';

/**
 * The input of `solo-trek:stage:set`, as its schema checks it. Declared
 * rather than inferred from the schema, so the API report is the same from
 * one build to the next.
 * @public
 */
export type SoloTrekSetStageInput = {
  entityRef: string;
  stage: MigrationStage;
  note?: string;
  migrationId?: string;
};

/**
 * The output of `solo-trek:stage:set`.
 * @public
 */
export type SoloTrekSetStageOutput = {
  stage: MigrationStage;
  previousStage: MigrationStage;
};

/**
 * `solo-trek:stage:set`: sets a service's migration stage as the user who
 * runs the template, through Solo Trek's own stage route, so only those the
 * permission policy lets update the stage (the service's owners in the
 * recommended policy) can, and the change is audited and kept in the
 * service's history like one made on the card.
 * @public
 */
export function createSoloTrekSetStageAction(options: {
  discovery: DiscoveryService;
  auth: AuthService;
}): TemplateAction<SoloTrekSetStageInput, SoloTrekSetStageOutput, 'v2'> {
  const client = new SoloTrekApiClient(options);
  return createTemplateAction({
    id: ID,
    description:
      "Sets a service's Solo Trek migration stage, as the user who runs the template: only people allowed to update the stage on the service's card (its owners) can. Moving back to an earlier stage needs a note.",
    examples: [
      {
        description: 'Start planning the move of the chosen service',
        example: [
          'steps:',
          '  - id: stage',
          '    name: Set the stage to planning',
          `    action: ${ID}`,
          '    input:',
          '      entityRef: ${{ parameters.entityRef }}',
          '      stage: planning',
          '      note: Started from the golden path',
        ].join('\n'),
      },
    ],
    schema: {
      input: {
        entityRef: z =>
          z.string({
            description:
              'The service, as an entity ref (component:default/payments-api); kind and namespace default to component and default',
          }),
        stage: z =>
          z.enum(MIGRATION_STAGES, {
            description: `The new stage: ${MIGRATION_STAGES.join(', ')}`,
          }),
        note: z =>
          z
            .string({
              description:
                "Why, kept in the service's stage history; required when moving back",
            })
            .optional(),
        migrationId: z =>
          z
            .string({
              description:
                'The migration; may be left out when Solo Trek runs only one',
            })
            .optional(),
      },
      output: {
        stage: z =>
          z.enum(MIGRATION_STAGES, {
            description: 'The stage the service is in now',
          }),
        previousStage: z =>
          z.enum(MIGRATION_STAGES, {
            description: 'The stage it was in before',
          }),
      },
    },
    async handler(ctx) {
      const { stage, note } = ctx.input;
      const target = await resolveTarget(
        ctx,
        { ...options, client },
        ctx.input,
      );
      const { migrationId, entityRef, credentials } = target;
      // A retried task does not set the stage twice: the first run's answer
      // is kept under this key.
      const result = await ctx.checkpoint({
        key: `solo-trek-stage:${migrationId}:${entityRef}:${stage}`,
        fn: async () => {
          const before = await client.getCard(
            migrationId,
            entityRef,
            credentials,
          );
          const after = await client.updateStage(
            migrationId,
            entityRef,
            { stage, note },
            credentials,
          );
          return { stage: after.stage, previousStage: before.stage };
        },
      });
      ctx.logger.info(
        result.stage === result.previousStage
          ? `${entityRef} was already ${result.stage} in migration ${migrationId}`
          : `${entityRef} moved from ${result.previousStage} to ${result.stage} in migration ${migrationId}`,
      );
      ctx.output('stage', result.stage);
      ctx.output('previousStage', result.previousStage);
    },
  });
}
