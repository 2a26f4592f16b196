import {
  ApiBlueprint,
  createFrontendPlugin,
  createRouteRef,
  discoveryApiRef,
  ExtensionBlueprint,
  fetchApiRef,
  OverridableExtensionDefinition,
  OverridableFrontendPlugin,
  PageBlueprint,
  RouteRef,
} from '@backstage/frontend-plugin-api';
import { ExternalRouteRef } from '@backstage/core-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import DirectionsWalkIcon from '@material-ui/icons/DirectionsWalk';
import { soloTrekApiRef, SoloTrekClient } from './api';
import { scaffolderTemplateRouteRef } from './routes';

/** The dashboard's route, for the new frontend system. @alpha */
export const soloTrekRootRouteRef = createRouteRef();

export {
  soloTrekMessages,
  soloTrekTranslationRef,
  type SoloTrekMessages,
} from './translation';

const soloTrekApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: soloTrekApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new SoloTrekClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The dashboard at /solo-trek, also the "Solo Trek" nav item (`page:solo-trek`).
 * The page module, with recharts, loads only when the page is opened.
 */
const soloTrekPage = PageBlueprint.make({
  params: {
    path: '/solo-trek',
    title: 'Solo Trek',
    icon: <DirectionsWalkIcon fontSize="inherit" />,
    routeRef: soloTrekRootRouteRef,
    // The page brings its own Backstage header with the migration's labels.
    noHeader: true,
    loader: () =>
      import('./components/SoloTrekPage').then(m => <m.SoloTrekPage />),
  },
});

/** The migration card on Component overview pages. */
const entityMigrationCard = EntityCardBlueprint.make({
  name: 'migration',
  params: {
    filter: { kind: 'component' },
    loader: () =>
      import('./components/EntitySoloTrekCard').then(m => (
        <m.EntitySoloTrekCard />
      )),
  },
});

/** The "Migration" tab on Component pages. */
const entityMigrationContent = EntityContentBlueprint.make({
  name: 'migration',
  params: {
    path: 'migration',
    title: 'Migration',
    filter: { kind: 'component' },
    loader: () =>
      import('./components/EntitySoloTrekContent').then(m => (
        <m.EntitySoloTrekContent />
      )),
  },
});

/** The team's in-scope services on Group pages. */
const entityTeamMigrationCard = EntityCardBlueprint.make({
  name: 'team-migration',
  params: {
    filter: { kind: 'group' },
    loader: () =>
      import('./components/EntityTeamMigrationCard').then(m => (
        <m.EntityTeamMigrationCard />
      )),
  },
});

/** The leaderboard on Group pages. */
const entityLeaderboardCard = EntityCardBlueprint.make({
  name: 'leaderboard',
  params: {
    filter: { kind: 'group' },
    loader: () =>
      import('./components/SoloTrekLeaderboardCard').then(m => (
        <m.SoloTrekLeaderboardCard />
      )),
  },
});

/** The leaderboard as a home page widget; the home page adds the card around it. */
const homePageLeaderboard = HomePageWidgetBlueprint.make({
  name: 'leaderboard',
  params: {
    name: 'SoloTrekLeaderboard',
    title: 'Migration leaderboard',
    description:
      'Where each team stands in the Solo Trek migration, with the Migration Hero of the month',
    components: () =>
      import('./components/SoloTrekLeaderboardCard').then(m => ({
        Content: () => <m.SoloTrekLeaderboard maxRows={8} />,
      })),
    layout: {
      width: { minColumns: 4, defaultColumns: 6 },
      height: { minRows: 4, defaultRows: 6 },
    },
  },
});

/**
 * The extension that `TBlueprint.make({ name: TName, ... })` returns, spelled
 * the way `make` declares it, so the plugin's type names each blueprint
 * instead of copying out its inferred parameters.
 *
 * @alpha
 */
export type SoloTrekBlueprintExtension<
  TBlueprint,
  TName extends string | undefined,
> = TBlueprint extends ExtensionBlueprint<infer T>
  ? OverridableExtensionDefinition<{
      kind: T['kind'];
      name: TName;
      config: T['config'];
      configInput: T['configInput'];
      output: T['output'];
      inputs: T['inputs'];
      params: T['params'];
    }>
  : never;

/**
 * The type of the plugin, declared rather than inferred: the inferred one
 * lists the blueprints' unions (such as an entity content's groups) in the
 * order the compiler met their members, which differs from one program to
 * the next, and so would the API report.
 *
 * @alpha
 */
export type SoloTrekPlugin = OverridableFrontendPlugin<
  { root: RouteRef<undefined> },
  {
    scaffolderTemplate: ExternalRouteRef<
      { namespace: string; templateName: string },
      true
    >;
  },
  {
    'api:solo-trek': SoloTrekBlueprintExtension<typeof ApiBlueprint, undefined>;
    'page:solo-trek': SoloTrekBlueprintExtension<
      typeof PageBlueprint,
      undefined
    >;
    'entity-card:solo-trek/migration': SoloTrekBlueprintExtension<
      typeof EntityCardBlueprint,
      'migration'
    >;
    'entity-content:solo-trek/migration': SoloTrekBlueprintExtension<
      typeof EntityContentBlueprint,
      'migration'
    >;
    'entity-card:solo-trek/team-migration': SoloTrekBlueprintExtension<
      typeof EntityCardBlueprint,
      'team-migration'
    >;
    'entity-card:solo-trek/leaderboard': SoloTrekBlueprintExtension<
      typeof EntityCardBlueprint,
      'leaderboard'
    >;
    'home-page-widget:solo-trek/leaderboard': SoloTrekBlueprintExtension<
      typeof HomePageWidgetBlueprint,
      'leaderboard'
    >;
  }
>;

/**
 * The Solo Trek plugin for the new frontend system.
 *
 * @alpha
 */
const soloTrekPlugin: SoloTrekPlugin = createFrontendPlugin({
  pluginId: 'solo-trek',
  title: 'Solo Trek',
  icon: <DirectionsWalkIcon fontSize="inherit" />,
  info: { packageJson: () => import('../package.json') },
  routes: {
    root: soloTrekRootRouteRef,
  },
  externalRoutes: {
    scaffolderTemplate: scaffolderTemplateRouteRef,
  },
  extensions: [
    soloTrekApi,
    soloTrekPage,
    entityMigrationCard,
    entityMigrationContent,
    entityTeamMigrationCard,
    entityLeaderboardCard,
    homePageLeaderboard,
  ],
});

export default soloTrekPlugin;
