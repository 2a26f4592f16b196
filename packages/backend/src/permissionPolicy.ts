import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { soloTrekPolicyDecision } from '@internal/plugin-solo-trek-backend';

/**
 * Entities annotated with this (value "true") are confidential: only their
 * owners read them in the catalog, and so in Solo Trek. None of the demo's
 * own entities is; it shows how an organisation's read policy carries over.
 */
export const CONFIDENTIAL_ANNOTATION = 'demo.solo-trek.io/confidential';

/**
 * The demo organisation's policy: everyone signed in reads, except
 * confidential entities, which only their owners read; owners update the
 * stage of their own services and ask for waivers of them; members of
 * group:default/platform-team manage waivers (approving or denying those
 * requests) and waves.
 */
export class DemoPermissionPolicy implements PermissionPolicy {
  constructor(private readonly platformTeam: string) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (isPermission(request.permission, catalogEntityReadPermission) && user) {
      return createCatalogConditionalDecision(request.permission, {
        anyOf: [
          {
            not: catalogConditions.hasAnnotation({
              annotation: CONFIDENTIAL_ANNOTATION,
              value: 'true',
            }),
          },
          catalogConditions.isEntityOwner({
            claims: user.info.ownershipEntityRefs ?? [],
          }),
        ],
      });
    }
    return (
      soloTrekPolicyDecision(request, user, {
        platformTeam: this.platformTeam,
      }) ?? { result: AuthorizeResult.ALLOW }
    );
  }
}

export const demoPermissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'demo-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(
          new DemoPermissionPolicy('group:default/platform-team'),
        );
      },
    });
  },
});
