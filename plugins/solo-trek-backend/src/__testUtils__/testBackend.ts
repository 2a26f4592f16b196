import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { soloTrekPolicyDecision } from '../permissions/policy';
import { soloTrekPlugin } from '../plugin';

/** Team memberships of the test users. */
export const MEMBERSHIPS: Record<string, string[]> = {
  'user:default/ada': ['group:default/payments'],
  'user:default/bob': ['group:default/search'],
  'user:default/pat': ['group:default/platform-team'],
};

/**
 * A permissions service that runs the recommended Solo Trek policy for users,
 * and allows service principals, as the real permission client does.
 */
const policyPermissions = createServiceFactory({
  service: coreServices.permissions,
  deps: { userInfo: coreServices.userInfo, auth: coreServices.auth },
  factory({ userInfo, auth }) {
    async function decide(requests: any[], credentials: any) {
      if (auth.isPrincipal(credentials, 'service')) {
        return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
      }
      if (!auth.isPrincipal(credentials, 'user')) {
        return requests.map(() => ({ result: AuthorizeResult.DENY }));
      }
      const info = await userInfo.getUserInfo(credentials);
      return requests.map(
        r =>
          soloTrekPolicyDecision(
            { permission: r.permission },
            {
              identity: {
                type: 'user',
                userEntityRef: info.userEntityRef,
                ownershipEntityRefs: info.ownershipEntityRefs,
              },
              info,
              credentials,
              token: 'unused',
            } as any,
            { platformTeam: 'group:default/platform-team' },
          ) ?? { result: AuthorizeResult.ALLOW },
      );
    }
    return {
      authorize: async (requests, { credentials }) =>
        decide(requests, credentials) as any,
      authorizeConditional: async (requests, { credentials }) =>
        decide(requests, credentials) as any,
    };
  },
});

/** The test users' teams, as the user info service tells them. */
export const userInfo = mockServices.userInfo.mock({
  getUserInfo: async (credentials: any) => {
    const ref = credentials.principal.userEntityRef;
    return {
      userEntityRef: ref,
      ownershipEntityRefs: [ref, ...(MEMBERSHIPS[ref] ?? [])],
    };
  },
});

export async function startSoloTrekBackend(options: {
  entities: Entity[];
  soloTrek: object;
  extraFeatures?: any[];
  /** Replaces the in-memory catalog, e.g. with a wrapped one. */
  catalogFactory?: any;
}) {
  return startTestBackend({
    features: [
      soloTrekPlugin,
      options.catalogFactory ??
        catalogServiceMock.factory({ entities: options.entities }),
      mockServices.rootConfig.factory({ data: { soloTrek: options.soloTrek } }),
      policyPermissions,
      userInfo.factory,
      ...(options.extraFeatures ?? []),
    ],
  });
}
