import {
  createFrontendModule,
  SubPageBlueprint,
} from '@backstage/frontend-plugin-api';

/**
 * A "Notifications" tab in the user's settings, where each Solo Trek topic
 * (solo-trek.sunset, solo-trek.creed, solo-trek.digest, …) can be muted. The
 * notifications plugin ships the card but, in the new frontend system, no
 * settings tab of its own.
 */
const notificationSettingsTab = SubPageBlueprint.make({
  name: 'notifications',
  attachTo: { id: 'page:user-settings', input: 'pages' },
  params: {
    path: 'notifications',
    title: 'Notifications',
    loader: () =>
      import('@backstage/plugin-notifications').then(
        ({ UserNotificationSettingsCard }) => (
          <UserNotificationSettingsCard
            originNames={{ 'plugin:solo-trek': 'Solo Trek' }}
          />
        ),
      ),
  },
});

export const notificationSettingsModule = createFrontendModule({
  pluginId: 'user-settings',
  extensions: [notificationSettingsTab],
});
