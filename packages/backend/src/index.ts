import { createBackend } from '@backstage/backend-defaults';
import { demoPermissionPolicyModule } from './permissionPolicy';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// Guest sign-in for local use; see app-config.yaml.
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));

// A real policy, not allow-all: see permissionPolicy.ts.
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(demoPermissionPolicyModule);

backend.add(import('@internal/plugin-solo-trek-backend'));

backend.start();
