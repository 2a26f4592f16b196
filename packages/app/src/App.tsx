import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import notificationsPlugin from '@backstage/plugin-notifications/alpha';
import orgPlugin from '@backstage/plugin-org/alpha';
import scaffolderPlugin from '@backstage/plugin-scaffolder/alpha';
import signalsPlugin from '@backstage/plugin-signals/alpha';
import userSettingsPlugin from '@backstage/plugin-user-settings/alpha';
import soloTrekPlugin from '@internal/plugin-solo-trek/alpha';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';
import { notificationSettingsModule } from './modules/notificationSettings';

export default createApp({
  features: [
    catalogPlugin,
    orgPlugin,
    userSettingsPlugin,
    // Solo Trek's nudges arrive as Backstage notifications; signals push
    // them to an open page without a reload.
    notificationsPlugin,
    signalsPlugin,
    notificationSettingsModule,
    // The golden-path templates (examples/templates) run here.
    scaffolderPlugin,
    soloTrekPlugin,
    navModule,
    homeModule,
  ],
});
