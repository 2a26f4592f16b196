import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

/**
 * What a caller may read of the catalog:
 * - `all`: the catalog's policy allows every entity (no per-entity question);
 * - `none`: it allows none, or the caller's token may not reach the catalog;
 * - `some`: a conditional decision, which the catalog itself applies when we
 *   ask it on the caller's behalf.
 */
export type ReadScope =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'some'; credentials: BackstageCredentials };

interface AccessRestriction {
  permissionNames?: string[];
  permissionAttributes?: { action?: string[] };
}

/**
 * Whether a service token with access restrictions (an external-access
 * token configured with `accessRestrictions`) may read catalog entities, as
 * the catalog itself decides: the catalog refuses a token whose restrictions
 * leave out `plugin: catalog`, and its permission client allows a restricted
 * token only the permissions and actions listed for the catalog. Backstage's
 * auth service keeps every plugin's restrictions on the credentials
 * (`allAccessRestrictions`, not part of the typed API); where it is absent we
 * cannot tell, and refuse.
 */
function catalogRestrictionAllowsRead(
  credentials: BackstageCredentials,
): boolean {
  const all = (credentials as { allAccessRestrictions?: unknown })
    .allAccessRestrictions;
  if (!(all instanceof Map)) return false;
  const catalog = all.get('catalog') as AccessRestriction | undefined;
  if (!catalog) return false;
  const { permissionNames, permissionAttributes } = catalog;
  if (
    permissionNames &&
    !permissionNames.includes(catalogEntityReadPermission.name)
  ) {
    return false;
  }
  const read = catalogEntityReadPermission.attributes.action ?? 'read';
  return (
    !permissionAttributes?.action || permissionAttributes.action.includes(read)
  );
}

/** Refs asked of the catalog per request when a decision is conditional. */
const CHUNK = 500;

/** The same text for an entity that does not exist and one the caller may not read. */
export function noSuchEntity(entityRef: string): NotFoundError {
  return new NotFoundError(`No catalog entity ${entityRef}`);
}

/**
 * The caller's catalog read permission (`catalog.entity.read`), decided as
 * the catalog decides it, so Solo Trek never shows an entity's data to
 * someone the catalog would refuse:
 * - one conditional authorization per request; ALLOW and DENY are answered
 *   without asking the catalog (the card's hot path);
 * - CONDITIONAL decisions are applied by the catalog itself: we ask it on the
 *   caller's behalf which of the refs it returns, so custom rules added to
 *   the catalog apply too;
 * - a service token with access restrictions reads entities only when its
 *   restrictions let it read them from the catalog (a static token
 *   restricted to `plugin: solo-trek` is refused by the catalog, so it
 *   reads no entity data here either).
 */
export class CatalogReadAccess {
  constructor(
    private readonly deps: {
      permissions: PermissionsService;
      catalog: CatalogService;
    },
  ) {}

  async scope(credentials: BackstageCredentials): Promise<ReadScope> {
    const { principal } = credentials as BackstageCredentials<{
      type: string;
      accessRestrictions?: unknown;
    }>;
    if (principal.type === 'service' && principal.accessRestrictions) {
      return catalogRestrictionAllowsRead(credentials)
        ? { kind: 'all' }
        : { kind: 'none' };
    }
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return { kind: 'all' };
    if (decision.result === AuthorizeResult.DENY) return { kind: 'none' };
    return { kind: 'some', credentials };
  }

  /** The refs of `refs` the scope may read. */
  async readable(
    scope: ReadScope,
    refs: Iterable<string>,
  ): Promise<Set<string>> {
    const wanted = [...new Set(refs)];
    if (scope.kind === 'all') return new Set(wanted);
    const visible = new Set<string>();
    if (scope.kind === 'none') return visible;
    for (let i = 0; i < wanted.length; i += CHUNK) {
      const chunk = wanted.slice(i, i + CHUNK);
      const { items } = await this.deps.catalog.getEntitiesByRefs(
        { entityRefs: chunk, fields: ['kind', 'metadata.name'] },
        { credentials: scope.credentials },
      );
      // Items come back in the order asked, null where refused or missing.
      items.forEach((item, j) => {
        if (item) visible.add(chunk[j]);
      });
    }
    return visible;
  }

  /** The items whose ref the scope may read, in their order. */
  async filter<T>(
    scope: ReadScope,
    items: readonly T[],
    refOf: (item: T) => string | null | undefined,
  ): Promise<T[]> {
    if (scope.kind === 'all') return [...items];
    if (scope.kind === 'none') return [];
    const visible = await this.readable(
      scope,
      items.flatMap(i => refOf(i) ?? []),
    );
    return items.filter(i => {
      const ref = refOf(i);
      return ref ? visible.has(ref) : false;
    });
  }

  /** 404, worded as for a missing entity, unless the caller may read `entityRef`. */
  async assertReadable(
    credentials: BackstageCredentials,
    entityRef: string,
  ): Promise<void> {
    const scope = await this.scope(credentials);
    if (!(await this.readable(scope, [entityRef])).has(entityRef)) {
      throw noSuchEntity(entityRef);
    }
  }
}
