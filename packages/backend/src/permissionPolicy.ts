import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { soloTrekPolicyDecision } from '@internal/plugin-solo-trek-backend';

/**
 * The demo organisation's policy: everyone signed in reads; owners update
 * the stage of their own services; members of group:default/platform-team
 * manage waivers and waves.
 */
export class DemoPermissionPolicy implements PermissionPolicy {
  constructor(private readonly platformTeam: string) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
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
