import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import {
  createTemplateAction,
  TemplateAction,
} from '@backstage/plugin-scaffolder-node';
import {
  blockingChecks,
  CheckInfo,
  CheckStatus,
  CREED_FAIL_ON,
  CreedFailOn,
  CreedSeverity,
  isOpenCheck,
} from '@internal/plugin-solo-trek-common';
import { SoloTrekApiClient } from '../SoloTrekApiClient';
import { resolveTarget } from './target';

const ID = 'solo-trek:creed:check';

/**
 * The input of `solo-trek:creed:check`, as its schema checks it. Declared
 * rather than inferred from the schema, so the API report is the same from
 * one build to the next.
 * @public
 */
export type SoloTrekCreedCheckInput = {
  entityRef: string;
  migrationId?: string;
  failOn?: CreedFailOn;
};

/**
 * The output of `solo-trek:creed:check`: whether the service passes, the ids
 * of the open items and every item with its status and remediation.
 * @public
 */
export type SoloTrekCreedCheckOutput = {
  passed: boolean;
  failing: string[];
  checks: {
    id: string;
    title: string;
    severity: CreedSeverity;
    status: CheckStatus;
    remediation?: {
      text: string;
      url?: string;
      template?: string;
    };
  }[];
};

/** One line per blocking item: what it is and how to fix it. */
function describe(check: CheckInfo): string {
  const how = check.remediation
    ? [
        check.remediation.text,
        check.remediation.url,
        check.remediation.template &&
          `or run the template ${check.remediation.template}`,
      ]
        .filter(Boolean)
        .join(' ')
    : 'no remediation given; ask the platform team';
  const what = check.status === 'fail' ? 'fails' : 'could not be checked';
  return `- ${check.id} (${check.title}, ${check.severity}) ${what}: ${how}`;
}

/**
 * `solo-trek:creed:check`: reads a service's Pilgrim's Creed checks as the
 * user who runs the template (so it sees only services that user may read)
 * and stops the task when an item at or above `failOn` is open, naming each
 * item and how to fix it. Read-only, so it also runs in dry runs.
 * @public
 */
export function createSoloTrekCreedCheckAction(options: {
  discovery: DiscoveryService;
  auth: AuthService;
}): TemplateAction<SoloTrekCreedCheckInput, SoloTrekCreedCheckOutput, 'v2'> {
  const client = new SoloTrekApiClient(options);
  return createTemplateAction({
    id: ID,
    description:
      "Checks a service against the migration's Pilgrim's Creed, as the user who runs the template. Fails the task when an item at or above failOn (must by default) fails or could not be checked, naming each item and how to fix it; waived items pass.",
    supportsDryRun: true,
    examples: [
      {
        description: 'Stop unless every must item passes',
        example: [
          'steps:',
          '  - id: creed',
          "    name: Check the Pilgrim's Creed",
          `    action: ${ID}`,
          '    input:',
          '      entityRef: ${{ parameters.entityRef }}',
          '      failOn: must',
        ].join('\n'),
      },
      {
        description: 'Report the Creed without stopping',
        example: [
          'steps:',
          '  - id: creed',
          `    action: ${ID}`,
          '    input:',
          '      entityRef: ${{ parameters.entityRef }}',
          '      failOn: none',
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
        migrationId: z =>
          z
            .string({
              description:
                'The migration; may be left out when Solo Trek runs only one',
            })
            .optional(),
        failOn: z =>
          z
            .enum(CREED_FAIL_ON as [CreedFailOn, ...CreedFailOn[]], {
              description:
                'Fail the task when an item of this severity or above is open: must (the default), should (any item), or none (never)',
            })
            .optional(),
      },
      output: {
        passed: z =>
          z.boolean({
            description: 'Every Creed item passes or is waived',
          }),
        failing: z =>
          z.array(z.string(), {
            description:
              'Ids of the items that fail or could not be checked, whatever their severity',
          }),
        checks: z =>
          z.array(
            z.object({
              id: z.string(),
              title: z.string(),
              severity: z.enum(['must', 'should']),
              status: z.enum(['pass', 'fail', 'waived', 'unknown']),
              remediation: z
                .object({
                  text: z.string(),
                  url: z.string().optional(),
                  template: z.string().optional(),
                })
                .optional(),
            }),
            { description: 'Every Creed item with its status and remediation' },
          ),
      },
    },
    async handler(ctx) {
      const failOn = ctx.input.failOn ?? 'must';
      const { migrationId, entityRef, credentials } = await resolveTarget(
        ctx,
        { ...options, client },
        ctx.input,
      );
      const card = await client.getCard(migrationId, entityRef, credentials);
      const open = card.checks.filter(isOpenCheck);
      ctx.output('passed', open.length === 0);
      ctx.output(
        'failing',
        open.map(c => c.id),
      );
      ctx.output(
        'checks',
        card.checks.map(c => ({
          id: c.id,
          title: c.title,
          severity: c.severity,
          status: c.status,
          ...(c.remediation && { remediation: c.remediation }),
        })),
      );
      const blocking = blockingChecks(card.checks, failOn);
      const summary = `${entityRef}: ${card.compliance.passed} of ${card.compliance.total} Creed items pass in migration ${migrationId}`;
      if (blocking.length > 0) {
        // A 409 where the scaffolder answers over HTTP (a dry run): the
        // service's state, not the input, stands in the way.
        throw new ConflictError(
          `${summary}; ${blocking.length} ${
            failOn === 'must' ? 'must ' : ''
          }item${
            blocking.length === 1 ? '' : 's'
          } to fix first (failOn: ${failOn}):\n${blocking
            .map(describe)
            .join('\n')}`,
        );
      }
      ctx.logger.info(
        open.length === 0
          ? summary
          : `${summary}; open but not blocking (failOn ${failOn}):\n${open
              .map(describe)
              .join('\n')}`,
      );
    },
  });
}
