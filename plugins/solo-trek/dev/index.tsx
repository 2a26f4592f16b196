/*
 * Runs the plugin on its own: `yarn start` in plugins/solo-trek.
 *
 * There is no backend: the real SoloTrekClient talks to the same in-memory
 * fake the tests use (src/__testUtils__/handlers.ts). Its requests go through
 * msw's `getResponse`, called from a fetch API, so no service worker file is
 * needed and everything works offline. Every action works: update stages,
 * add and remove waivers, set waves, re-evaluate, nominate a hero (searching
 * an in-memory catalog), and page, sort and search the paged lists.
 */
import Grid from '@material-ui/core/Grid';
import { getResponse } from 'msw';
import { createDevApp } from '@backstage/dev-utils';
import {
  attachComponentData,
  createApiFactory,
  discoveryApiRef,
  FetchApi,
} from '@backstage/core-plugin-api';
import { Content, Header, Page } from '@backstage/core-components';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { Entity } from '@backstage/catalog-model';
import {
  EntitySoloTrekCard,
  EntitySoloTrekContent,
  EntityTeamMigrationCard,
  SoloTrekLeaderboardCard,
  SoloTrekPage,
  soloTrekApiRef,
  SoloTrekClient,
  soloTrekPlugin,
} from '../src';
import { SoloTrekFake, soloTrekHandlers } from '../src/__testUtils__/handlers';
import { caravanHandlers } from '../src/__testUtils__/caravanHandlers';
import { waiverRequestHandlers } from '../src/__testUtils__/waiverRequestHandlers';
import { scoreHandlers } from '../src/__testUtils__/scoreHandlers';
import { outcomeHandlers } from '../src/__testUtils__/outcomeHandlers';
import {
  kubeMigration,
  makeCard,
  makeCatalogEntities,
} from '../src/__fixtures__/data';

const fake = new SoloTrekFake();
fake.migrations.push(kubeMigration);
fake.leaderboards.kube = fake.leaderboards.nimbus;
fake.putCard(
  makeCard({
    migrationId: 'kube',
    stage: 'planning',
    sunset: '2027-03-31',
    daysToSunset: 127,
  }),
);
fake.putCard(
  makeCard({
    entityRef: 'component:default/payment-gateway',
    title: 'Payment gateway',
    stage: 'planning',
    track: 'caravan',
    quadrant: { criticality: 'high', complexity: 'high' },
    wave: '2',
    daysToSunset: 75,
  }),
);
const handlers = [
  ...soloTrekHandlers(fake),
  ...caravanHandlers(fake),
  ...outcomeHandlers(fake),
  ...waiverRequestHandlers(fake),
  ...scoreHandlers(fake),
];

/** A fetch API that answers Solo Trek requests from the fake backend. */
const fakeFetchApi: FetchApi = {
  fetch: async (input, init) => {
    const request = new Request(input as RequestInfo, init);
    return (await getResponse(handlers, request)) ?? fetch(request);
  },
};

/** Everything is allowed in the dev app; flip to see the read-only views. */
const ALLOW_ALL = true;

function service(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments' },
  };
}

const payments: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments', namespace: 'default', title: 'Payments' },
  spec: { type: 'team', children: [] },
};

/** Gives EntityRefLink a route to point at. */
const EntityPageStub = () => (
  <Page themeId="service">
    <Header title="An entity page" subtitle="Not part of this dev app" />
  </Page>
);
attachComponentData(EntityPageStub, 'core.mountPoint', entityRouteRef);

function EntityPage(props: {
  entity: Entity;
  title: string;
  children: JSX.Element;
}) {
  return (
    <EntityProvider entity={props.entity}>
      <Page themeId="service">
        <Header title={props.title} />
        <Content>{props.children}</Content>
      </Page>
    </EntityProvider>
  );
}

createDevApp()
  .registerPlugin(soloTrekPlugin)
  .registerApi(
    createApiFactory({
      api: soloTrekApiRef,
      deps: { discoveryApi: discoveryApiRef },
      factory: ({ discoveryApi }) =>
        new SoloTrekClient({ discoveryApi, fetchApi: fakeFetchApi }),
    }),
  )
  // The hero nominee search asks the catalog for teams and people.
  .registerApi(catalogApiMock.factory({ entities: makeCatalogEntities() }))
  .registerApi(
    createApiFactory(permissionApiRef, {
      authorize: async () => ({ result: ALLOW_ALL ? 'ALLOW' : 'DENY' } as any),
    }),
  )
  .addPage({
    path: '/solo-trek',
    title: 'Dashboard',
    element: <SoloTrekPage />,
  })
  .addPage({
    path: '/service',
    title: 'Service card',
    element: (
      <EntityPage entity={service('ledger-service')} title="ledger-service">
        <Grid container spacing={3}>
          <Grid item xs={12} md={6}>
            <EntitySoloTrekCard />
          </Grid>
          <Grid item xs={12} md={6}>
            <EntityProvider entity={service('payment-gateway')}>
              <EntitySoloTrekCard title="Migration (caravan service)" />
            </EntityProvider>
          </Grid>
          <Grid item xs={12} md={6}>
            <EntityProvider entity={service('not-in-scope')}>
              <EntitySoloTrekCard title="Migration (out of scope)" />
            </EntityProvider>
          </Grid>
        </Grid>
      </EntityPage>
    ),
  })
  .addPage({
    path: '/service-tab',
    title: 'Migration tab',
    element: (
      <EntityPage entity={service('payment-gateway')} title="payment-gateway">
        <EntitySoloTrekContent />
      </EntityPage>
    ),
  })
  .addPage({
    path: '/team',
    title: 'Team',
    element: (
      <EntityPage entity={payments} title="Payments">
        <Grid container spacing={3}>
          <Grid item xs={12} lg={7}>
            <EntityTeamMigrationCard />
          </Grid>
          <Grid item xs={12} lg={5}>
            <SoloTrekLeaderboardCard />
          </Grid>
        </Grid>
      </EntityPage>
    ),
  })
  .addPage({
    path: '/catalog/:namespace/:kind/:name',
    element: <EntityPageStub />,
  })
  .render();
