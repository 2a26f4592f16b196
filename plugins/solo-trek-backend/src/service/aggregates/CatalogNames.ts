import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { LRUCache } from 'lru-cache';

/** How long a display name is trusted before the catalog is asked again. */
const TITLE_TTL_MS = 10 * 60_000;
/** Names kept: every group and user of a large organisation. */
const MAX_TITLES = 50_000;

function titleOf(entity: Entity): string {
  const profile = (
    entity.spec as { profile?: { displayName?: string } } | undefined
  )?.profile;
  return entity.metadata.title ?? profile?.displayName ?? entity.metadata.name;
}

/**
 * What the reports ask the catalog about people and teams: display names
 * and a person's teams, read with the plugin's own credentials (the reports
 * filter by the caller's read scope themselves).
 */
export class CatalogNames {
  /**
   * Stale names are kept until replaced: when the catalog cannot answer,
   * an older name is better than the bare ref.
   */
  private readonly titles = new LRUCache<string, string>({
    max: MAX_TITLES,
    ttl: TITLE_TTL_MS,
    noDeleteOnStaleGet: true,
  });

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
    },
  ) {}

  /** Display names of groups and users, from the catalog. */
  async titlesFor(refs: Iterable<string>): Promise<Map<string, string>> {
    const wanted = [...new Set(refs)];
    const missing = wanted.filter(r => !this.titles.has(r));
    if (missing.length) {
      try {
        const credentials = await this.deps.auth.getOwnServiceCredentials();
        const { items } = await this.deps.catalog.getEntitiesByRefs(
          {
            entityRefs: missing,
            fields: [
              'kind',
              'metadata.name',
              'metadata.namespace',
              'metadata.title',
              'spec.profile.displayName',
            ],
          },
          { credentials },
        );
        items.forEach((entity, i) => {
          const title = entity
            ? titleOf(entity)
            : parseEntityRef(missing[i]).name;
          this.titles.set(missing[i], title);
        });
      } catch (error) {
        // Names are nice to have; refs still identify the teams.
        this.deps.logger.warn(
          `Could not read team names from the catalog: ${error}`,
        );
      }
    }
    return new Map(
      wanted.map(r => [
        r,
        this.titles.get(r, { allowStale: true }) ?? parseEntityRef(r).name,
      ]),
    );
  }

  /** A group nominee is its own team; a user's teams are the groups they belong to. */
  async teamsOf(ref: string): Promise<string[]> {
    if (parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group')
      return [ref];
    try {
      const credentials = await this.deps.auth.getOwnServiceCredentials();
      const user = await this.deps.catalog.getEntityByRef(ref, { credentials });
      return (user?.relations ?? [])
        .filter(r => r.type === 'memberOf')
        .map(r => r.targetRef);
    } catch {
      return [];
    }
  }
}
