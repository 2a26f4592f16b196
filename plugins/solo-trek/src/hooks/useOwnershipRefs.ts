import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';

/** The signed-in user's ownership refs (the user and their groups), lower-cased. */
export function useOwnershipRefs(): string[] {
  const identityApi = useApi(identityApiRef);
  const { value } = useAsync(async () => {
    const identity = await identityApi.getBackstageIdentity();
    return identity.ownershipEntityRefs.map(ref =>
      ref.toLocaleLowerCase('en-US'),
    );
  }, [identityApi]);
  return value ?? [];
}
