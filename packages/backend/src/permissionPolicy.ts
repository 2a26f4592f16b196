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
  soloTrekStageUpdatePermission,
  soloTrekWaiverManagePermission,
  soloTrekWaveManagePermission,
} from '@internal/plugin-solo-trek-common';
import {
  createSoloTrekConditionalDecision,
  soloTrekConditions,
} from '@internal/plugin-solo-trek-backend';

export const PLATFORM_TEAM = 'group:default/platform-team';

/**
 * The demo organisation's policy:
 * - everyone signed in reads;
 * - owners update the stage of their own services;
 * - members of the platform team manage waivers and waves;
 * - service principals (CI pipelines) may report stages; the Solo Trek
 *   backend additionally checks `soloTrek.stageReporters`.
 */
export class SoloTrekDemoPolicy implements PermissionPolicy {
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    if (isPermission(permission, soloTrekStageUpdatePermission)) {
      if (!user) return { result: AuthorizeResult.ALLOW };
      return createSoloTrekConditionalDecision(
        permission,
        soloTrekConditions.isEntityOwner({
          claims: user.info.ownershipEntityRefs ?? [],
        }),
      );
    }
    if (
      isPermission(permission, soloTrekWaiverManagePermission) ||
      isPermission(permission, soloTrekWaveManagePermission)
    ) {
      const refs = user?.info.ownershipEntityRefs ?? [];
      return {
        result: refs.includes(PLATFORM_TEAM)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

export const soloTrekPermissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'solo-trek-demo-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new SoloTrekDemoPolicy());
      },
    });
  },
});
