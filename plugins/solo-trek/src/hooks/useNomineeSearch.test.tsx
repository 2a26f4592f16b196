import { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { makeCatalogEntities } from '../__fixtures__/data';
import {
  NOMINEE_SEARCH_DELAY_MS,
  searchNominees,
  useNomineeSearch,
} from './useNomineeSearch';

describe('searchNominees', () => {
  const catalog = catalogApiMock({ entities: makeCatalogEntities() });

  it('finds teams by title and people by display name, teams first', async () => {
    const options = await searchNominees(catalog, ' a ');
    const kinds = options.map(o => o.kind);
    expect(kinds).toEqual([...kinds].sort());
    expect(options).toContainEqual({
      ref: 'user:default/ada.lovelace',
      title: 'Ada Lovelace',
      kind: 'user',
    });
    expect(options).toContainEqual({
      ref: 'group:default/identity',
      title: 'Identity & Access',
      kind: 'group',
    });
    expect(options.length).toBeLessThanOrEqual(20);
  });

  it('lists the first twenty by name with no text', async () => {
    const options = await searchNominees(catalog, '');
    expect(options).toHaveLength(20);
  });
});

describe('useNomineeSearch', () => {
  afterEach(() => jest.useRealTimers());

  it('searches once typing pauses, and is pending until the answer for the current text is in', async () => {
    jest.useFakeTimers();
    const catalog = catalogApiMock({ entities: makeCatalogEntities() });
    const queryEntities = jest.spyOn(catalog, 'queryEntities');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TestApiProvider apis={[[catalogApiRef, catalog]]}>
        {children}
      </TestApiProvider>
    );
    const { result, rerender } = renderHook(
      ({ text }) => useNomineeSearch(text, true),
      { initialProps: { text: '' }, wrapper },
    );
    await waitFor(() => expect(result.current.pending).toBe(false));
    expect(queryEntities).toHaveBeenCalledTimes(1);

    for (const text of ['l', 'lo', 'log', 'logi']) {
      rerender({ text });
      act(() => jest.advanceTimersByTime(NOMINEE_SEARCH_DELAY_MS - 50));
    }
    expect(result.current.pending).toBe(true);
    expect(queryEntities).toHaveBeenCalledTimes(1);

    act(() => jest.advanceTimersByTime(NOMINEE_SEARCH_DELAY_MS));
    await waitFor(() => expect(result.current.pending).toBe(false));
    expect(queryEntities).toHaveBeenCalledTimes(2);
    expect(queryEntities.mock.calls[1][0]).toEqual(
      expect.objectContaining({
        fullTextFilter: {
          term: 'logi',
          fields: [
            'metadata.name',
            'metadata.title',
            'spec.profile.displayName',
          ],
        },
      }),
    );
    expect(result.current.options.map(o => o.ref)).toEqual([
      'group:default/logistics',
    ]);
  });

  it('does not search while disabled', async () => {
    const catalog = catalogApiMock.mock();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TestApiProvider apis={[[catalogApiRef, catalog]]}>
        {children}
      </TestApiProvider>
    );
    const { result } = renderHook(() => useNomineeSearch('pay', false), {
      wrapper,
    });
    await waitFor(() => expect(result.current.pending).toBe(false));
    expect(result.current.options).toEqual([]);
    expect(catalog.queryEntities).not.toHaveBeenCalled();
  });
});
