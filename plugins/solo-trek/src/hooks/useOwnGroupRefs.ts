import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import useAsync from 'react-use/esm/useAsync';

/** The backend pins at most this many teams on the leaderboard. */
export const MAX_PINNED_TEAMS = 20;

/**
 * The group refs among ownership refs, in full lower-cased form
 * (`group:default/payments`); the user's own ref and other kinds are left
 * out, and so is anything that is not an entity ref.
 */
export function ownGroupRefs(refs: readonly string[]): string[] {
  const groups = refs.flatMap(ref => {
    try {
      const parsed = parseEntityRef(ref);
      return parsed.kind.toLocaleLowerCase('en-US') === 'group'
        ? [stringifyEntityRef(parsed)]
        : [];
    } catch {
      return [];
    }
  });
  return [...new Set(groups)];
}

/**
 * The signed-in user's teams: the groups among their ownership refs, as full
 * lower-cased group refs. `undefined` while the identity loads; empty when it
 * cannot be read, so nothing waits on it forever.
 */
export function useOwnGroupRefs(): string[] | undefined {
  const identityApi = useApi(identityApiRef);
  const { value, loading } = useAsync(async () => {
    const identity = await identityApi.getBackstageIdentity();
    return ownGroupRefs(identity.ownershipEntityRefs);
  }, [identityApi]);
  if (loading) {
    return undefined;
  }
  return value ?? [];
}
