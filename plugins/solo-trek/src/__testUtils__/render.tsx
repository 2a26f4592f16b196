import { ReactElement } from 'react';
import { RenderResult } from '@testing-library/react';
import { setupServer } from 'msw/node';
import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { ApiRef, identityApiRef } from '@backstage/core-plugin-api';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { Entity } from '@backstage/catalog-model';
import { soloTrekApiRef, SoloTrekClient } from '../api';
import { rootRouteRef } from '../routes';
import { SoloTrekFake, soloTrekHandlers } from './handlers';
import { caravanHandlers } from './caravanHandlers';
import { outcomeHandlers } from './outcomeHandlers';
import { waiverRequestHandlers } from './waiverRequestHandlers';
import { scoreHandlers } from './scoreHandlers';
import { makeCatalogEntities } from '../__fixtures__/data';

/**
 * Starts an msw server for the test file and a fresh {@link SoloTrekFake}
 * before each test. The real SoloTrekClient talks to it over fetch.
 */
export function setupSoloTrekServer() {
  const server = setupServer();
  registerMswTestHooks(server);
  const context = { fake: new SoloTrekFake(), server };
  beforeEach(() => {
    context.fake = new SoloTrekFake();
    server.use(
      // First: the Caravan's PUT …/wave places services in the plan's waves.
      ...caravanHandlers(context.fake),
      ...soloTrekHandlers(context.fake),
      ...outcomeHandlers(context.fake),
      ...waiverRequestHandlers(context.fake),
      ...scoreHandlers(context.fake),
    );
  });
  return context;
}

export const BASE_URL = 'http://localhost:7007/api/solo-trek';

type PermissionOptions = NonNullable<Parameters<typeof mockApis.permission>[0]>;
type Decision = Exclude<
  NonNullable<PermissionOptions['authorize']>,
  (...args: any[]) => unknown
>;
const ALLOW = 'ALLOW' as unknown as Decision;
const DENY = 'DENY' as unknown as Decision;

export function serviceEntity(name = 'ledger-service'): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments' },
  };
}

export function groupEntity(name = 'payments'): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default', title: 'Payments' },
    spec: { type: 'team', children: [] },
  };
}

export type RenderOptions = {
  entity?: Entity;
  /** Which permissions (by name) are allowed; all by default. */
  allow?: (permissionName: string) => boolean;
  ownershipEntityRefs?: string[];
  /**
   * Extra API implementations, e.g. an alert API to assert on. They replace
   * the defaults, among them an in-memory catalog of the fixture teams and
   * people (`makeCatalogEntities`).
   */
  apis?: Array<readonly [ApiRef<any>, unknown]>;
  /** The app's URL when it renders, e.g. with `?migration=kube`. */
  path?: string;
};

/** Renders an element in a test app wired to the msw-backed backend. */
export async function renderWithSoloTrek(
  element: ReactElement,
  options: RenderOptions = {},
): Promise<RenderResult & { authorize: jest.Mock }> {
  const discoveryApi = mockApis.discovery({ baseUrl: 'http://localhost:7007' });
  const fetchApi = new MockFetchApi();
  const allow = options.allow ?? (() => true);
  const authorize = jest.fn(request =>
    allow(request.permission.name) ? ALLOW : DENY,
  );
  const permissionApi = mockApis.permission({ authorize });
  const content = options.entity ? (
    <EntityProvider entity={options.entity}>{element}</EntityProvider>
  ) : (
    element
  );
  const rendered = await renderInTestApp(
    <TestApiProvider
      apis={[
        [soloTrekApiRef, new SoloTrekClient({ discoveryApi, fetchApi })],
        [permissionApiRef, permissionApi],
        [catalogApiRef, catalogApiMock({ entities: makeCatalogEntities() })],
        [
          identityApiRef,
          mockApis.identity({
            userEntityRef: 'user:default/guest',
            ownershipEntityRefs: options.ownershipEntityRefs ?? [
              'user:default/guest',
              'group:default/payments',
            ],
          }),
        ],
        ...((options.apis ?? []) as any[]),
      ]}
    >
      {content}
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/solo-trek': rootRouteRef,
      },
      ...(options.path && { routeEntries: [options.path] }),
    },
  );
  return { ...rendered, authorize };
}
