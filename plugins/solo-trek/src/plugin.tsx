import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createCardExtension } from '@backstage/plugin-home-react';
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

/**
 * The team leaderboard as a card for a legacy home page
 * (`@backstage/plugin-home`'s `CustomHomepageGrid` or a fixed layout).
 *
 * @public
 */
export const HomePageSoloTrekLeaderboard = soloTrekPlugin.provide(
  createCardExtension<{ maxRows?: number }>({
    name: 'HomePageSoloTrekLeaderboard',
    title: 'Migration leaderboard',
    description:
      'Where each team stands in the Solo Trek migration, with the Migration Hero of the month',
    layout: {
      width: { minColumns: 4, defaultColumns: 6 },
      height: { minRows: 4, defaultRows: 6 },
    },
    components: () =>
      import('./components/SoloTrekLeaderboardCard').then(m => ({
        Content: ({ maxRows }: { maxRows?: number }) => (
          <m.SoloTrekLeaderboard maxRows={maxRows ?? 8} />
        ),
      })),
  }),
);
