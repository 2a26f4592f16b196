import { createBackend } from '@backstage/backend-defaults';
import { demoPermissionPolicyModule } from './permissionPolicy';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// Guest sign-in for local use; see app-config.yaml.
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
// Template entities (examples/templates) in the catalog.
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
// The event bus: signals and catalog events reach every replica.
backend.add(import('@backstage/plugin-events-backend'));

// A real policy, not allow-all: see permissionPolicy.ts.
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(demoPermissionPolicyModule);

backend.add(import('@internal/plugin-solo-trek-backend'));

// Nudges: Solo Trek sends through the notifications backend; signals push
// them to open pages.
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// The golden path: migration templates (examples/templates) and Solo Trek's
// scaffolder actions, which act with the task initiator's credentials.
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@internal/plugin-scaffolder-backend-module-solo-trek'));

// AI assistants: actions registered by the plugins in
// backend.actions.pluginSources are served as MCP tools at /api/mcp-actions.
backend.add(import('@backstage/plugin-mcp-actions-backend'));

backend.start();
