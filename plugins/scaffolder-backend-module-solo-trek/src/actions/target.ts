import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import { ActionContext } from '@backstage/plugin-scaffolder-node';
import { SoloTrekApiClient } from '../SoloTrekApiClient';

/** The service and migration an action works on, and whose credentials it uses. */
export interface ActionTarget {
  migrationId: string;
  entityRef: string;
  credentials: BackstageCredentials;
}

/**
 * The task initiator's credentials, the full entity ref and the migration:
 * `migrationId` may be left out when Solo Trek runs one migration, and must
 * be given when it runs several, so a template never moves a service in a
 * migration its author did not mean.
 */
export async function resolveTarget(
  ctx: ActionContext<any, any>,
  deps: { auth: AuthService; client: SoloTrekApiClient },
  input: { entityRef: string; migrationId?: string },
): Promise<ActionTarget> {
  const credentials = await ctx.getInitiatorCredentials();
  if (deps.auth.isPrincipal(credentials, 'none')) {
    throw new NotAllowedError(
      'Solo Trek actions act as the user who runs the template, and this task has no initiator; start it signed in',
    );
  }
  let ref;
  try {
    ref = parseEntityRef(input.entityRef, {
      defaultKind: 'component',
      defaultNamespace: 'default',
    });
  } catch {
    throw new InputError(
      `entityRef "${input.entityRef}" is not an entity ref; write component:default/payments-api`,
    );
  }
  const entityRef = stringifyEntityRef(ref);
  if (input.migrationId) {
    return { migrationId: input.migrationId, entityRef, credentials };
  }
  const migrations = await deps.client.listMigrations(credentials);
  if (migrations.length !== 1) {
    throw new InputError(
      migrations.length === 0
        ? 'Solo Trek has no migrations configured (soloTrek.migrations)'
        : `Solo Trek runs ${migrations.length} migrations (${migrations
            .map(m => m.id)
            .join(', ')}); say which one with migrationId`,
    );
  }
  return { migrationId: migrations[0].id, entityRef, credentials };
}
