import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { MarkdownContent } from '@backstage/core-components';

const content = `
## Welcome to Solo Trek

Each team moves its own services to the **Nimbus** platform before the sunset date.

- **Your service**: open it in the [catalog](/catalog) to see its migration card:
  stage, track, days to sunset and the Pilgrim's Creed checks.
- **Your team**: the team's Group page shows its services and the leaderboard.
- **The platform team**: the [Solo Trek dashboard](/solo-trek) shows adoption,
  the forecast and the long tail.
`;

const gettingStartedWidget = HomePageWidgetBlueprint.make({
  name: 'getting-started',
  params: {
    name: 'GettingStarted',
    title: 'Getting Started',
    description: 'Where to find your migration status',
    components: async () => ({
      Content: () => <MarkdownContent content={content} />,
    }),
  },
});

export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [gettingStartedWidget],
});
