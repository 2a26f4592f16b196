import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { SoloTrekActionDeps } from './actionContext';
import { registerGetAdoption } from './getAdoption';
import { registerGetMigrationStatus } from './getMigrationStatus';
import { registerGetTeamProgress } from './getTeamProgress';
import { registerListLongTail } from './listLongTail';
import { registerSetStage } from './setStage';

/**
 * Solo Trek's actions, served as MCP tools by the MCP actions backend when
 * `backend.actions.pluginSources` lists solo-trek. Each runs with the
 * caller's credentials through the services behind the HTTP routes.
 */
export function registerSoloTrekActions(
  registry: ActionsRegistryService,
  deps: SoloTrekActionDeps,
) {
  registerGetMigrationStatus(registry, deps);
  registerListLongTail(registry, deps);
  registerGetAdoption(registry, deps);
  registerGetTeamProgress(registry, deps);
  registerSetStage(registry, deps);
}
