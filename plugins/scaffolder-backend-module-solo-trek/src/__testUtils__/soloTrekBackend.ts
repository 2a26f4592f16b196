import { AddressInfo } from 'node:net';
import {
  coreServices,
  createServiceFactory,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';
// The tests run the real Solo Trek backend the actions call over HTTP.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import soloTrekPlugin, {
  soloTrekPolicyDecision,
} from '@internal/plugin-solo-trek-backend';

/** Team memberships of the test users. */
const MEMBERSHIPS: Record<string, string[]> = {
  'user:default/ada': ['group:default/payments'],
  'user:default/bob': ['group:default/search'],
};

/** A Solo Trek config with one migration and three Creed items. */
export const soloTrekConfig = {
  platformTeam: 'group:default/platform-team',
  migrations: [
    {
      id: 'nimbus',
      title: 'Move to the Nimbus platform',
      from: 'legacy-dc',
      to: 'nimbus',
      window: { start: '2026-01-01', sunset: '2027-12-31' },
      scope: { kind: 'Component', 'spec.type': 'service' },
      liveWhen: { annotation: 'nimbus.io/cluster', exists: true },
      creed: [
        {
          id: 'prometheus-metrics',
          title: 'Emits Prometheus metrics',
          severity: 'must',
          rule: { annotation: 'prometheus.io/scrape', equals: 'true' },
          remediation: {
            text: 'Add the scrape annotation',
            url: 'https://example.com/golden-path/metrics',
            template: 'template:default/add-prometheus-metrics',
          },
        },
        {
          id: 'cost-center',
          title: 'Cost-centre tag',
          severity: 'must',
          rule: { label: 'cost-center', matches: '^cc-[0-9]{4}$' },
          remediation: { text: 'Set metadata.labels.cost-center' },
        },
        {
          id: 'runbook',
          title: 'Has a runbook',
          severity: 'should',
          waivable: true,
          rule: { link: 'runbook' },
        },
      ],
    },
  ],
};

/** A service owned by `owner`, with relations, as the catalog returns it. */
export function service(
  name: string,
  owner: string,
  metadata: Partial<Entity['metadata']> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, ...metadata },
    spec: { type: 'service', lifecycle: 'production', owner },
    relations: [{ type: 'ownedBy', targetRef: owner }],
  };
}

/** payments-api (payments) fails a must item; search-api (search) passes all. */
export const entities = [
  service('payments-api', 'group:default/payments', {
    labels: { 'cost-center': 'cc-1234' },
  }),
  service('search-api', 'group:default/search', {
    annotations: { 'prometheus.io/scrape': 'true' },
    labels: { 'cost-center': 'cc-4242' },
    links: [{ url: 'https://runbooks.example.com/search', type: 'runbook' }],
  }),
];

/**
 * The recommended Solo Trek policy for people (owners update their
 * services' stage), catalog reads allowed to everyone but eve, service principals allowed as
 * the real permission client allows them.
 */
export const policyPermissions = createServiceFactory({
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
      return requests.map(r =>
        // eve may read nothing in the catalog, so nothing in Solo Trek.
        ref === 'user:default/eve' &&
        isPermission(r.permission, catalogEntityReadPermission)
          ? { result: AuthorizeResult.DENY }
          : soloTrekPolicyDecision(
              { permission: r.permission },
              {
                info: { userEntityRef: ref, ownershipEntityRefs: claims },
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

/**
 * The real Solo Trek backend plugin over an in-memory catalog, with the
 * recommended policy: what the actions call over HTTP in these tests.
 */
export function soloTrekFeatures(
  options: { soloTrek?: object; moreEntities?: Entity[] } = {},
) {
  return [
    soloTrekPlugin,
    catalogServiceMock.factory({
      entities: [...entities, ...(options.moreEntities ?? [])],
    }),
    policyPermissions,
    mockServices.rootConfig.factory({
      data: { soloTrek: options.soloTrek ?? soloTrekConfig },
    }),
  ];
}

/** The Solo Trek backend started from `soloTrekFeatures`, and how to reach it. */
export async function startSoloTrek(options: { soloTrek?: object } = {}) {
  const backend = await startTestBackend({
    features: soloTrekFeatures(options),
  });
  const { port } = backend.server.address() as AddressInfo;
  const baseUrl = `http://localhost:${port}/api/solo-trek`;
  const discovery: DiscoveryService = {
    getBaseUrl: async () => baseUrl,
    getExternalBaseUrl: async () => baseUrl,
  };
  return { backend, baseUrl, discovery };
}
