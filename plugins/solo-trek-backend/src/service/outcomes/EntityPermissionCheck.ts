import {
  AuthService,
  BackstageCredentials,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  PolicyDecision,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import { chunk } from '../../database/rowValues';
import { soloTrekEntityResourceRef } from '../../permissions/rules';

/**
 * A resource permission on many entities at once (a batch of outcome
 * points, a pulse answer): one decision for the caller, and a conditional
 * one applied to the entities as the catalog holds them, read 500 at a time.
 */
export class EntityPermissionCheck {
  private readonly authorizeEntity: (
    decision: PolicyDecision,
    entity: Entity,
  ) => boolean;

  constructor(
    private readonly deps: {
      permissions: PermissionsService;
      permissionsRegistry: PermissionsRegistryService;
      catalog: CatalogService;
      auth: AuthService;
    },
  ) {
    this.authorizeEntity = createConditionAuthorizer(
      deps.permissionsRegistry.getPermissionRuleset(soloTrekEntityResourceRef),
    );
  }

  /** Of `entityRefs`, those the caller may act on with `permission`. */
  async allowed(
    permission: ResourcePermission<'catalog-entity'>,
    entityRefs: Iterable<string>,
    credentials: BackstageCredentials,
  ): Promise<Set<string>> {
    const refs = [...new Set(entityRefs)];
    if (refs.length === 0) return new Set();
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return new Set(refs);
    if (decision.result === AuthorizeResult.DENY) return new Set();
    const own = await this.deps.auth.getOwnServiceCredentials();
    const out = new Set<string>();
    for (const part of chunk(refs, 500)) {
      const { items } = await this.deps.catalog.getEntitiesByRefs(
        {
          entityRefs: part,
          fields: ['kind', 'metadata.name', 'metadata.namespace', 'relations'],
        },
        { credentials: own },
      );
      items.forEach((entity, i) => {
        if (entity && this.authorizeEntity(decision, entity)) out.add(part[i]);
      });
    }
    return out;
  }
}
