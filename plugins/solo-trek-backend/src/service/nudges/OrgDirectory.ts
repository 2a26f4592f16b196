import { AuthService } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_CHILD_OF,
  RELATION_HAS_MEMBER,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EscalationTarget } from '../../config/nudgesConfig';
import { EscalationRecipients } from '../../domain/nudges/model';

interface GroupInfo {
  parent: string | undefined;
  /** Users who are members of the group itself, not of its subgroups. */
  members: string[];
  title: string;
}

/** Parents are followed this far up; deeper trees are unusual (and cyclic ones wrong). */
const MAX_DEPTH = 10;

const isKind = (ref: string, kind: string) => {
  try {
    return parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === kind;
  } catch {
    return false;
  }
};

function titleOf(entity: Entity) {
  const profile = (
    entity.spec as { profile?: { displayName?: string } } | undefined
  )?.profile;
  return entity.metadata.title ?? profile?.displayName ?? entity.metadata.name;
}

/**
 * What a sweep asks the catalog about the organisation: a group's parent
 * and own members, and display names. One instance per sweep: each group
 * is read once, in batches, with the plugin's own credentials (the sweep
 * acts for nobody; the notifications backend resolves recipients itself).
 */
export class OrgDirectory {
  private readonly groups = new Map<string, GroupInfo | undefined>();

  constructor(
    private readonly deps: { catalog: CatalogService; auth: AuthService },
  ) {}

  private async load(refs: Iterable<string>) {
    const missing = [...new Set(refs)].filter(
      r => !this.groups.has(r) && isKind(r, 'group'),
    );
    if (missing.length === 0) return;
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const { items } = await this.deps.catalog.getEntitiesByRefs(
      {
        entityRefs: missing,
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'relations',
        ],
      },
      { credentials },
    );
    items.forEach((entity, i) => {
      if (!entity) {
        this.groups.set(missing[i], undefined);
        return;
      }
      const relations = entity.relations ?? [];
      this.groups.set(stringifyEntityRef(entity), {
        parent: relations.find(r => r.type === RELATION_CHILD_OF)?.targetRef,
        members: relations
          .filter(
            r => r.type === RELATION_HAS_MEMBER && isKind(r.targetRef, 'user'),
          )
          .map(r => r.targetRef),
        title: titleOf(entity),
      });
    });
  }

  /** The people in each group itself (a user ref stands for itself). */
  async membersOf(
    refs: Iterable<string>,
  ): Promise<Map<string, ReadonlySet<string>>> {
    const wanted = [...new Set(refs)];
    await this.load(wanted);
    return new Map(
      wanted.map(ref => [
        ref,
        new Set(isKind(ref, 'user') ? [ref] : this.groups.get(ref)?.members),
      ]),
    );
  }

  /**
   * Who hears of each team's escalations. `parent`: the members of the
   * nearest group above the team that has members of its own (a department
   * group often has none, its teams do); sending to the parent group
   * itself would reach every team under it. A configured group: that group,
   * which the notifications backend resolves to its members as it resolves
   * any group.
   */
  async escalationTargets(
    teams: Iterable<string>,
    target: EscalationTarget,
  ): Promise<Map<string, EscalationRecipients>> {
    const out = new Map<string, EscalationRecipients>();
    const wanted = [...new Set(teams)];
    if (target.kind === 'none') return out;
    if (target.kind === 'group') {
      for (const team of wanted) {
        out.set(team, { group: target.group, entityRefs: [target.group] });
      }
      return out;
    }
    // Climb one level per round, loading each level in one batch.
    let climbing = new Map<string, string | undefined>();
    await this.load(wanted);
    for (const team of wanted) {
      climbing.set(team, this.groups.get(team)?.parent);
    }
    for (let depth = 0; depth < MAX_DEPTH && climbing.size > 0; depth++) {
      await this.load(
        [...climbing.values()].filter((p): p is string => Boolean(p)),
      );
      const next = new Map<string, string | undefined>();
      for (const [team, parent] of climbing) {
        if (!parent) continue;
        const info = this.groups.get(parent);
        if (!info) continue;
        if (info.members.length > 0) {
          out.set(team, { group: parent, entityRefs: [...info.members] });
        } else if (info.parent && info.parent !== team) {
          next.set(team, info.parent);
        }
      }
      climbing = next;
    }
    return out;
  }

  /** Display names of groups and people; the ref's name when unknown. */
  async titlesOf(refs: Iterable<string>): Promise<Map<string, string>> {
    const wanted = [...new Set(refs)];
    await this.load(wanted.filter(r => isKind(r, 'group')));
    const users = wanted.filter(r => isKind(r, 'user'));
    const titles = new Map<string, string>();
    if (users.length) {
      const credentials = await this.deps.auth.getOwnServiceCredentials();
      const { items } = await this.deps.catalog.getEntitiesByRefs(
        {
          entityRefs: users,
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
      items.forEach((e, i) => e && titles.set(users[i], titleOf(e)));
    }
    for (const ref of wanted) {
      const group = this.groups.get(ref);
      if (group) titles.set(ref, group.title);
    }
    return titles;
  }
}
