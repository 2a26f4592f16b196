import {
  coreServices,
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import request from 'supertest';
import { soloTrekPolicyDecision } from '../permissions/policy';
import { soloTrekPlugin } from '../plugin';
import { MEMBERSHIPS, userInfo } from './testBackend';

/**
 * How the test organisation's catalog policy reads entities:
 * - `all`: everything;
 * - `none`: nothing;
 * - `own`: people, groups and the components their teams own, which the
 *   catalog applies as a conditional decision (its own IS_ENTITY_OWNER and
 *   IS_ENTITY_KIND rules).
 */
export type ReadRule = 'all' | 'none' | 'own';

function readDecision(rule: ReadRule, claims: string[]): PolicyDecision {
  if (rule === 'all') return { result: AuthorizeResult.ALLOW };
  if (rule === 'none') return { result: AuthorizeResult.DENY };
  return createCatalogConditionalDecision(catalogEntityReadPermission, {
    anyOf: [
      catalogConditions.isEntityOwner({ claims }),
      catalogConditions.isEntityKind({ kinds: ['group', 'user'] }),
    ],
  });
}

/**
 * Permissions as a real policy would decide them: the catalog read rule per
 * user, Solo Trek's recommended decisions, and service principals allowed
 * (as the permission client allows them).
 */
function permissionsWith(readRules: Record<string, ReadRule>) {
  return createServiceFactory({
    service: coreServices.permissions,
    deps: { auth: coreServices.auth },
    factory({ auth }) {
      async function decide(requests: any[], credentials: any) {
        if (auth.isPrincipal(credentials, 'service')) {
          return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
        }
        if (!auth.isPrincipal(credentials, 'user')) {
          return requests.map(() => ({ result: AuthorizeResult.DENY }));
        }
        const ref = credentials.principal.userEntityRef;
        const claims = [ref, ...(MEMBERSHIPS[ref] ?? [])];
        return requests.map(r => {
          if (isPermission(r.permission, catalogEntityReadPermission)) {
            return readDecision(readRules[ref] ?? 'all', claims);
          }
          return (
            soloTrekPolicyDecision(
              { permission: r.permission },
              {
                info: { userEntityRef: ref, ownershipEntityRefs: claims },
              } as any,
              { platformTeam: 'group:default/platform-team' },
            ) ?? { result: AuthorizeResult.ALLOW }
          );
        });
      }
      return {
        authorize: async (requests, { credentials }) =>
          decide(requests, credentials) as any,
        authorizeConditional: async (requests, { credentials }) =>
          decide(requests, credentials) as any,
      };
    },
  });
}

/**
 * Solo Trek beside the real catalog backend (not a mock): the catalog
 * ingests `entities` through a provider and answers Solo Trek's questions
 * with its own permission checks, so what a caller may read is decided
 * exactly as in production. Resolves once every entity is served.
 */
export async function startWithRealCatalog(options: {
  entities: Entity[];
  soloTrek: object;
  readRules: Record<string, ReadRule>;
  extraFeatures?: any[];
  /** More root config, e.g. `backend.database`. */
  config?: object;
}) {
  let applied: () => void;
  const ingested = new Promise<void>(resolve => {
    applied = resolve;
  });
  const provider = createBackendModule({
    pluginId: 'catalog',
    moduleId: 'test-entities',
    register(reg) {
      reg.registerInit({
        deps: { catalog: catalogProcessingExtensionPoint },
        async init({ catalog }) {
          catalog.addEntityProvider({
            getProviderName: () => 'test-entities',
            connect: async connection => {
              await connection.applyMutation({
                type: 'full',
                entities: options.entities.map(entity => ({
                  entity: {
                    ...entity,
                    metadata: {
                      ...entity.metadata,
                      uid: undefined,
                      annotations: {
                        ...entity.metadata.annotations,
                        'backstage.io/managed-by-location': 'url:http://test',
                        'backstage.io/managed-by-origin-location':
                          'url:http://test',
                      },
                    },
                    relations: undefined,
                  } as Entity,
                  locationKey: 'test',
                })),
              });
              applied();
            },
          });
        },
      });
    },
  });
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      provider,
      soloTrekPlugin,
      mockServices.rootConfig.factory({
        data: {
          soloTrek: options.soloTrek,
          catalog: { processingInterval: { seconds: 1 } },
          ...options.config,
        },
      }),
      permissionsWith(options.readRules),
      userInfo.factory,
      ...(options.extraFeatures ?? []),
    ],
  });
  await ingested;
  // Processing and stitching run in the background: wait until the catalog
  // serves every entity to a caller that may read everything.
  const header = mockCredentials.service.header({
    onBehalfOf: mockCredentials.service('plugin:test'),
    targetPluginId: 'catalog',
  });
  for (let served = 0, i = 0; served < options.entities.length; i++) {
    if (i === 300) {
      throw new Error(
        `The catalog served ${served} of ${options.entities.length} entities after 30 s`,
      );
    }
    await new Promise(r => setTimeout(r, 100));
    const res = await request(backend.server)
      .get('/api/catalog/entities/by-query?limit=1000&fields=metadata.name')
      .set('authorization', header);
    served = res.body.items?.length ?? 0;
  }
  return backend;
}
