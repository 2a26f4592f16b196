import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createSoloTrekCreedCheckAction } from './actions/checkCreed';
import { createSoloTrekSetStageAction } from './actions/setStage';

/**
 * Solo Trek's scaffolder actions, `solo-trek:stage:set` and
 * `solo-trek:creed:check`, for golden-path templates.
 * @public
 */
export const scaffolderModuleSoloTrek = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'solo-trek',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
      },
      async init({ scaffolder, discovery, auth }) {
        scaffolder.addActions(
          createSoloTrekSetStageAction({ discovery, auth }),
          createSoloTrekCreedCheckAction({ discovery, auth }),
        );
      },
    });
  },
});
