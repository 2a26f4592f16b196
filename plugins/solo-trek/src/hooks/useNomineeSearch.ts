import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';

/** A team or a person that can be nominated Migration Hero. */
export type NomineeOption = {
  ref: string;
  title: string;
  kind: 'group' | 'user';
};

/** How long typing pauses before the catalog is searched. */
export const NOMINEE_SEARCH_DELAY_MS = 250;
const MAX_OPTIONS = 20;

function toOption(entity: Entity): NomineeOption {
  const profile = entity.spec?.profile as { displayName?: string } | undefined;
  const ref = stringifyEntityRef(entity);
  return {
    ref,
    title:
      profile?.displayName || entity.metadata.title || entity.metadata.name,
    kind: ref.startsWith('group:') ? 'group' : 'user',
  };
}

/**
 * Groups and users whose name, title or display name contains the text, at
 * most 20, teams first. With no text, the first 20 by name.
 */
export async function searchNominees(
  catalogApi: Pick<typeof catalogApiRef.T, 'queryEntities'>,
  text: string,
): Promise<NomineeOption[]> {
  const term = text.trim();
  const { items } = await catalogApi.queryEntities({
    filter: { kind: ['Group', 'User'] },
    ...(term && {
      fullTextFilter: {
        term,
        fields: ['metadata.name', 'metadata.title', 'spec.profile.displayName'],
      },
    }),
    orderFields: { field: 'metadata.name', order: 'asc' },
    limit: MAX_OPTIONS,
    fields: [
      'kind',
      'metadata.name',
      'metadata.namespace',
      'metadata.title',
      'spec.profile.displayName',
    ],
  });
  const options = items.map(toOption);
  // Stable: the catalog's order is kept within teams and within people.
  return [
    ...options.filter(o => o.kind === 'group'),
    ...options.filter(o => o.kind === 'user'),
  ];
}

/**
 * Searches the catalog for nominees as the user types, once typing pauses.
 * `pending` is true from the first keystroke until the answer for the
 * current text is in, so callers never mistake old options for new ones.
 */
export function useNomineeSearch(text: string, enabled: boolean) {
  const catalogApi = useApi(catalogApiRef);
  const [term, setTerm] = useState(text.trim());
  useDebounce(() => setTerm(text.trim()), NOMINEE_SEARCH_DELAY_MS, [text]);
  const state = useAsync(
    async () => ({
      term,
      options: enabled ? await searchNominees(catalogApi, term) : [],
    }),
    [catalogApi, term, enabled],
  );
  return {
    options: state.value?.options ?? [],
    error: state.error,
    // Exact: the options answer some other text until this one's are in.
    pending: enabled && !state.error && state.value?.term !== text.trim(),
    search: (value: string) => searchNominees(catalogApi, value),
  };
}
