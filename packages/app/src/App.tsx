import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import orgPlugin from '@backstage/plugin-org/alpha';
import userSettingsPlugin from '@backstage/plugin-user-settings/alpha';
import soloTrekPlugin from '@internal/plugin-solo-trek/alpha';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';

export default createApp({
  features: [
    catalogPlugin,
    orgPlugin,
    userSettingsPlugin,
    soloTrekPlugin,
    navModule,
    homeModule,
  ],
});
