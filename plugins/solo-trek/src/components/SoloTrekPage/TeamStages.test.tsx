import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { SoloTrekApi, soloTrekApiRef } from '../../api';
import { makeTeamAdoption } from '../../__fixtures__/data';
import { TEAM_SEARCH_DELAY_MS, TeamStages } from './TeamStages';

describe('TeamStages', () => {
  afterEach(() => jest.useRealTimers());

  it('asks the server once typing pauses, from the first page', async () => {
    const teams = makeTeamAdoption();
    const getTeamAdoption = jest.fn(
      async (
        migrationId: string,
        query: { q?: string; offset?: number } = {},
      ) => {
        const items = teams.filter(
          t => !query.q || t.title.toLocaleLowerCase().includes(query.q),
        );
        const offset = query.offset ?? 0;
        return {
          migrationId,
          generatedAt: '2026-11-20T10:00:00Z',
          total: items.length,
          offset,
          items: items.slice(offset, offset + 10),
        };
      },
    );
    const api = { getTeamAdoption } as Partial<SoloTrekApi> as SoloTrekApi;
    await renderInTestApp(
      <TestApiProvider apis={[[soloTrekApiRef, api]]}>
        <TeamStages migrationId="nimbus" />
      </TestApiProvider>,
    );
    await screen.findByText(/^30 teams, furthest behind first/);
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText(/Showing 11–20/);
    expect(getTeamAdoption).toHaveBeenCalledTimes(2);

    jest.useFakeTimers();
    const search = screen.getByRole('searchbox', { name: 'Search teams' });
    for (const text of ['p', 'pa', 'pay']) {
      fireEvent.change(search, { target: { value: text } });
      act(() => jest.advanceTimersByTime(TEAM_SEARCH_DELAY_MS - 50));
    }
    expect(getTeamAdoption).toHaveBeenCalledTimes(2);
    act(() => jest.advanceTimersByTime(TEAM_SEARCH_DELAY_MS));
    jest.useRealTimers();

    await screen.findByText('1 team matches “pay”. Payments: 7 of 8 done.');
    expect(getTeamAdoption).toHaveBeenCalledTimes(3);
    expect(getTeamAdoption).toHaveBeenLastCalledWith('nimbus', {
      limit: 10,
      offset: 0,
      sort: 'adoption',
      order: 'asc',
      q: 'pay',
    });
    await waitFor(() =>
      expect(
        screen.queryByRole('navigation', { name: 'Team pages' }),
      ).not.toBeInTheDocument(),
    );
  });
});
