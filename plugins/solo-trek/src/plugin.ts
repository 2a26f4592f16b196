import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { soloTrekApiRef, SoloTrekClient } from './api';
import { rootRouteRef, scaffolderTemplateRouteRef } from './routes';

/**
 * The Solo Trek frontend plugin (legacy frontend system).
 *
 * @public
 */
export const soloTrekPlugin = createPlugin({
  id: 'solo-trek',
  apis: [
    createApiFactory({
      api: soloTrekApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new SoloTrekClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
  },
  externalRoutes: {
    scaffolderTemplate: scaffolderTemplateRouteRef,
  },
});

/**
 * The platform team's dashboard. Loads lazily, with its charts.
 *
 * @public
 */
export const SoloTrekPage = soloTrekPlugin.provide(
  createRoutableExtension({
    name: 'SoloTrekPage',
    component: () =>
      import('./components/SoloTrekPage').then(m => m.SoloTrekPage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The migration card for a service's overview page.
 *
 * @public
 */
export const EntitySoloTrekCard = soloTrekPlugin.provide(
  createComponentExtension({
    name: 'EntitySoloTrekCard',
    component: {
      lazy: () =>
        import('./components/EntitySoloTrekCard').then(
          m => m.EntitySoloTrekCard,
        ),
    },
  }),
);

/**
 * The "Migration" tab of a service.
 *
 * @public
 */
export const EntitySoloTrekContent = soloTrekPlugin.provide(
  createComponentExtension({
    name: 'EntitySoloTrekContent',
    component: {
      lazy: () =>
        import('./components/EntitySoloTrekContent').then(
          m => m.EntitySoloTrekContent,
        ),
    },
  }),
);

/**
 * A team's in-scope services, for Group pages.
 *
 * @public
 */
export const EntityTeamMigrationCard = soloTrekPlugin.provide(
  createComponentExtension({
    name: 'EntityTeamMigrationCard',
    component: {
      lazy: () =>
        import('./components/EntityTeamMigrationCard').then(
          m => m.EntityTeamMigrationCard,
        ),
    },
  }),
);

/**
 * The team leaderboard, for Group pages and the home page.
 *
 * @public
 */
export const SoloTrekLeaderboardCard = soloTrekPlugin.provide(
  createComponentExtension({
    name: 'SoloTrekLeaderboardCard',
    component: {
      lazy: () =>
        import('./components/SoloTrekLeaderboardCard').then(
          m => m.SoloTrekLeaderboardCard,
        ),
    },
  }),
);
