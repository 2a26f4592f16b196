import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { SoloTrekLeaderboardCard } from './SoloTrekLeaderboardCard';
import { resolveNominee } from './NominateHeroDialog';
import { makeCatalogEntities, makeHeroes } from '../../__fixtures__/data';
import {
  BASE_URL,
  renderWithSoloTrek,
  setupSoloTrekServer,
} from '../../__testUtils__/render';

jest.setTimeout(30_000);

/** Each row of the board, read with `read`; the gap before pinned rows is '⋯'. */
function rowsInOrder<T>(read: (row: HTMLElement) => T): Array<T | '⋯'> {
  const table = screen.getByRole('table', { name: /leaderboard/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(row =>
      row.getAttribute('data-testid') === 'leaderboard-gap' ? '⋯' : read(row),
    );
}

const teamsInOrder = () =>
  rowsInOrder(row => within(row).getAllByRole('link')[0].textContent);

const ranksInOrder = () =>
  rowsInOrder(row =>
    Number(within(row).getAllByRole('cell')[0].firstChild?.textContent),
  );

describe('SoloTrekLeaderboardCard', () => {
  const ctx = setupSoloTrekServer();
  const leaderboardRequests = () =>
    ctx.fake.requests.filter(u => u.pathname.endsWith('/leaderboard'));

  it('shows progress while loading', async () => {
    ctx.server.use(
      http.get(`${BASE_URL}/migrations/:id/leaderboard`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('shows errors', async () => {
    ctx.server.use(
      http.get(`${BASE_URL}/migrations/:id/leaderboard`, () =>
        HttpResponse.json(
          {
            error: { name: 'Error', message: 'Leaderboard unavailable' },
            response: { statusCode: 500 },
          },
          { status: 500 },
        ),
      ),
    );
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    expect(
      (await screen.findAllByText(/Leaderboard unavailable/)).length,
    ).toBeGreaterThan(0);
  });

  it('shows an empty state when no team is ranked', async () => {
    ctx.fake.leaderboards.nimbus = { all: [], month: [] };
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    expect(
      await screen.findByText('No teams on the leaderboard yet'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('navigation', { name: 'Leaderboard pages' }),
    ).not.toBeInTheDocument();
  });

  it('ranks teams with score, progress, badges and rank changes, highlighting your team', async () => {
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    await screen.findByRole('table', { name: /leaderboard, all time/ });
    expect(teamsInOrder().slice(0, 3)).toEqual([
      'Payments',
      'Identity & Access',
      'Logistics',
    ]);
    const own = screen.getByTestId('leaderboard-row-group:default/payments');
    expect(own).toHaveClass('Mui-selected');
    expect(own).toHaveTextContent('Your team');
    expect(within(own).getByText('(your team)')).toBeInTheDocument();
    expect(within(own).getByText('78')).toBeInTheDocument();
    expect(within(own).getByText('7/8')).toBeInTheDocument();
    expect(
      within(own).getByRole('img', {
        name: 'Up 2 places since the previous period',
      }),
    ).toBeInTheDocument();
    // Each badge carries its meaning for screen readers as well.
    expect(
      within(own).getByText('Trailblazer').closest('.MuiChip-root'),
    ).toHaveTextContent(
      'Trailblazer: One of the first three teams to move every service.',
    );
    expect(within(own).getByText('Clean Creed')).toBeInTheDocument();

    const other = screen.getByTestId('leaderboard-row-group:default/identity');
    expect(other).not.toHaveClass('Mui-selected');
    expect(other).not.toHaveTextContent('Your team');
    expect(within(other).getByText('Migration Hero')).toBeInTheDocument();
    expect(
      within(other).getByRole('img', {
        name: 'No change since the previous period',
      }),
    ).toBeInTheDocument();
    expect(
      within(
        screen.getByTestId('leaderboard-row-group:default/logistics'),
      ).getByRole('img', { name: 'New on the leaderboard' }),
    ).toBeInTheDocument();

    // Tooltips explain badges.
    const user = userEvent.setup({ delay: null });
    await user.hover(
      within(own).getByText('Early mover').closest('.MuiChip-root')!,
    );
    expect(
      await screen.findByRole('tooltip', {
        name: /at least half of its services in the first quarter/,
      }),
    ).toBeInTheDocument();
  });

  it('switches between all time and this month', async () => {
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    await screen.findByRole('table', { name: /all time/ });
    const periods = () =>
      leaderboardRequests().map(u => u.searchParams.get('period'));
    expect(periods()).toEqual(['all']);
    expect(screen.getByRole('button', { name: 'All time' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'This month' }));
    await screen.findByRole('table', { name: /this month/ });
    expect(periods()).toEqual(['all', 'month']);
    expect(teamsInOrder()).toEqual(['Logistics', 'Payments']);
    expect(screen.getByText('Counting from Nov 1, 2026.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'This month' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(screen.getByRole('button', { name: 'All time' }));
    await screen.findByRole('table', { name: /all time/ });
    expect(periods()).toEqual(['all', 'month', 'all']);
    expect(teamsInOrder()[0]).toBe('Payments');
  });

  it('pages on the server, ten teams a page, with your team pinned below other pages', async () => {
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    await screen.findByRole('table', { name: /all time/ });
    // One request, with the viewer's team (not the user) to pin.
    expect(leaderboardRequests().map(u => u.search)).toEqual([
      '?period=all&limit=10&offset=0&team=group%3Adefault%2Fpayments',
    ]);
    expect(ranksInOrder()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const pager = screen.getByRole('navigation', {
      name: 'Leaderboard pages',
    });
    expect(pager).toHaveTextContent('1–10 of 30');
    expect(
      within(pager).getByRole('button', { name: 'Previous page' }),
    ).toBeDisabled();

    const user = userEvent.setup({ delay: null });
    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(pager).toHaveTextContent('11–20 of 30'));
    await waitFor(() =>
      expect(ranksInOrder()).toEqual([
        11,
        12,
        13,
        14,
        15,
        16,
        17,
        18,
        19,
        20,
        '⋯',
        1,
      ]),
    );
    expect(leaderboardRequests()[1].searchParams.get('offset')).toBe('10');
    // Payments ranks first, so it comes after the gap, as your team.
    const own = screen.getByTestId('leaderboard-row-group:default/payments');
    expect(own).toHaveClass('Mui-selected');
    expect(own).toHaveTextContent('Your team');
    expect(screen.getByTestId('leaderboard-gap')).toHaveTextContent(
      'Your team, elsewhere in the ranking:',
    );

    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(pager).toHaveTextContent('21–30 of 30'));
    await waitFor(() => expect(ranksInOrder()[0]).toBe(21));
    expect(
      within(pager).getByRole('button', { name: 'Next page' }),
    ).toBeDisabled();

    await user.click(
      within(pager).getByRole('button', { name: 'Previous page' }),
    );
    await waitFor(() => expect(ranksInOrder()[0]).toBe(11));
  });

  it('shows your team in its place beyond the first page, and once on its own page', async () => {
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />, {
      ownershipEntityRefs: [
        'user:default/guest',
        'group:default/warehouse',
        'group:default/returns',
      ],
    });
    await screen.findByRole('table', { name: /all time/ });
    expect(leaderboardRequests()[0].searchParams.getAll('team')).toEqual([
      'group:default/warehouse',
      'group:default/returns',
    ]);
    // Returns ranks 25th and Warehouse 30th: both below the first page.
    expect(teamsInOrder().slice(10)).toEqual(['⋯', 'Returns', 'Warehouse']);
    expect(ranksInOrder().slice(10)).toEqual(['⋯', 25, 30]);
    expect(screen.getByTestId('leaderboard-gap')).toHaveTextContent(
      'Your teams, elsewhere in the ranking:',
    );
    expect(
      screen.getByTestId('leaderboard-row-group:default/warehouse'),
    ).toHaveClass('Mui-selected');
    expect(
      screen.getByTestId('leaderboard-row-group:default/payments'),
    ).not.toHaveClass('Mui-selected');

    const user = userEvent.setup({ delay: null });
    const pager = screen.getByRole('navigation', {
      name: 'Leaderboard pages',
    });
    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(ranksInOrder()[0]).toBe(21));
    // On their own page they are in place, once, with no gap.
    expect(ranksInOrder()).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
    expect(screen.queryByTestId('leaderboard-gap')).not.toBeInTheDocument();
    expect(
      screen.getAllByTestId('leaderboard-row-group:default/warehouse'),
    ).toHaveLength(1);
    expect(
      screen.getByTestId('leaderboard-row-group:default/warehouse'),
    ).toHaveClass('Mui-selected');
  });

  it('uses maxRows as the page size and goes back to the first page on a new period', async () => {
    await renderWithSoloTrek(<SoloTrekLeaderboardCard maxRows={5} />);
    await screen.findByRole('table', { name: /all time/ });
    expect(ranksInOrder()).toEqual([1, 2, 3, 4, 5]);
    const pager = screen.getByRole('navigation', {
      name: 'Leaderboard pages',
    });
    expect(pager).toHaveTextContent('1–5 of 30');

    const user = userEvent.setup({ delay: null });
    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(ranksInOrder()[0]).toBe(6));

    await user.click(screen.getByRole('button', { name: 'This month' }));
    await screen.findByRole('table', { name: /this month/ });
    expect(leaderboardRequests().map(u => u.search)).toEqual([
      '?period=all&limit=5&offset=0&team=group%3Adefault%2Fpayments',
      '?period=all&limit=5&offset=5&team=group%3Adefault%2Fpayments',
      '?period=month&limit=5&offset=0&team=group%3Adefault%2Fpayments',
    ]);
    // Two teams this month: one page, no pager.
    expect(teamsInOrder()).toEqual(['Logistics', 'Payments']);
    expect(
      screen.queryByRole('navigation', { name: 'Leaderboard pages' }),
    ).not.toBeInTheDocument();
  });

  it('moves to the last page when the board shrinks under the user', async () => {
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    await screen.findByRole('table', { name: /all time/ });
    const user = userEvent.setup({ delay: null });
    const pager = screen.getByRole('navigation', {
      name: 'Leaderboard pages',
    });
    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(ranksInOrder()[0]).toBe(11));

    // A scan leaves eight teams; the third page the user asks for is empty.
    ctx.fake.leaderboards.nimbus.all = ctx.fake.leaderboards.nimbus.all.slice(
      0,
      8,
    );
    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    // Two requests in a row (the empty page, then the last one): allow time.
    await waitFor(
      () => expect(ranksInOrder()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]),
      { timeout: 5000 },
    );
    expect(
      leaderboardRequests().map(u => u.searchParams.get('offset')),
    ).toEqual(['0', '10', '20', '0']);
    expect(
      screen.queryByRole('navigation', { name: 'Leaderboard pages' }),
    ).not.toBeInTheDocument();
  });

  it("shows last month's Migration Hero, how this month stands and the hall of heroes", async () => {
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    const hero = await screen.findByRole('region', { name: 'Migration Hero' });
    expect(hero).toHaveTextContent(
      'Migration Hero of October 2026: Payments (2 nominations)',
    );
    expect(hero).toHaveTextContent('First to go live');
    expect(hero).toHaveTextContent(
      'November 2026 so far: Identity & Access leads with 3 nominations.',
    );
    expect(hero).toHaveTextContent(
      'Nominations close at the end of the month (UTC)',
    );
    const hall = screen.getByRole('list', { name: 'Hall of heroes' });
    const rows = within(hall).getAllByRole('listitem');
    expect(rows.map(r => r.textContent)).toEqual([
      'October 2026: Payments (2 nominations)“First to go live”“Paired with three teams on Terraform”',
      'August 2026: Grace Hopper (4 nominations)“Ran the office hours all summer”',
    ]);
  });

  it('says when nobody was nominated last month', async () => {
    ctx.fake.heroes.nimbus = makeHeroes({ past: [] });
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    const hero = await screen.findByRole('region', { name: 'Migration Hero' });
    expect(hero).toHaveTextContent(
      'No Migration Hero for October 2026: nobody was nominated.',
    );
    expect(
      screen.queryByRole('list', { name: 'Hall of heroes' }),
    ).not.toBeInTheDocument();
  });

  it('nominates a team found in the catalog as Migration Hero', async () => {
    const catalog = catalogApiMock({ entities: makeCatalogEntities() });
    const queryEntities = jest.spyOn(catalog, 'queryEntities');
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />, {
      apis: [[catalogApiRef, catalog]],
    });
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', { name: 'Nominate a hero' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Nominate a Migration Hero',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Nominate' }));
    expect(
      within(dialog).getByText('Pick a team or type a user.'),
    ).toBeInTheDocument();

    // Any team in the catalog, not only those on the leaderboard's page.
    await user.type(within(dialog).getByLabelText(/Nominee/), 'logi');
    await waitFor(() =>
      expect(screen.getAllByRole('option').map(o => o.textContent)).toEqual([
        'Logisticsgroup:default/logistics',
      ]),
    );
    expect(queryEntities).toHaveBeenLastCalledWith({
      filter: { kind: ['Group', 'User'] },
      fullTextFilter: {
        term: 'logi',
        fields: ['metadata.name', 'metadata.title', 'spec.profile.displayName'],
      },
      orderFields: { field: 'metadata.name', order: 'asc' },
      limit: 20,
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'spec.profile.displayName',
      ],
    });
    await user.click(screen.getByRole('option', { name: /^Logistics/ }));
    expect(
      within(dialog).getByText('Nominating group:default/logistics'),
    ).toBeInTheDocument();
    await user.type(
      within(dialog).getByLabelText(/Why\?/),
      'Paired with every team on the Terraform modules',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Nominate' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(ctx.fake.heroes.nimbus.mine).toEqual(
      expect.objectContaining({
        nominee: 'group:default/logistics',
        reason: 'Paired with every team on the Terraform modules',
      }),
    );
    expect(
      await screen.findByText(
        'You nominated group:default/logistics this month.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nominated' })).toBeDisabled();
  });

  it('finds people by display name and lists them apart from teams', async () => {
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', { name: 'Nominate a hero' }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Nominee/), 'grace h');
    const listbox = await screen.findByRole('listbox');
    await waitFor(() =>
      expect(within(listbox).getAllByRole('option')).toHaveLength(1),
    );
    expect(within(listbox).getByText('People')).toBeInTheDocument();
    expect(within(listbox).queryByText('Teams')).not.toBeInTheDocument();
    await user.click(
      within(listbox).getByRole('option', { name: /^Grace Hopper/ }),
    );
    expect(
      within(dialog).getByText('Nominating user:default/grace.hopper'),
    ).toBeInTheDocument();
  });

  it('resolves a typed team title from the catalog even when submitted before the search settles', async () => {
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', { name: 'Nominate a hero' }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Why\?/), 'Great guides');
    await user.type(within(dialog).getByLabelText(/Nominee/), 'Data Platform');
    await user.click(within(dialog).getByRole('button', { name: 'Nominate' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(ctx.fake.heroes.nimbus.mine?.nominee).toBe(
      'group:default/data-platform',
    );
  });

  it('still takes typed refs when the catalog search fails', async () => {
    const catalog = catalogApiMock.mock({
      queryEntities: jest.fn().mockRejectedValue(new Error('Catalog is down')),
    });
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />, {
      apis: [[catalogApiRef, catalog]],
    });
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', { name: 'Nominate a hero' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(
      await within(dialog).findByText(
        'The catalog search failed (Catalog is down); type a ref such as user:default/jane.',
      ),
    ).toBeInTheDocument();
    await user.type(
      within(dialog).getByLabelText(/Nominee/),
      'group:default/payments',
    );
    expect(
      within(dialog).getByText('Nominating group:default/payments'),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Why\?/), 'First live');
    await user.click(within(dialog).getByRole('button', { name: 'Nominate' }));
    await waitFor(() =>
      expect(ctx.fake.heroes.nimbus.mine?.nominee).toBe(
        'group:default/payments',
      ),
    );
  });

  it('explains nicely when you already nominated this month (409)', async () => {
    ctx.server.use(
      http.post(`${BASE_URL}/migrations/:id/heroes/nominations`, () =>
        HttpResponse.json(
          {
            error: { name: 'ConflictError', message: 'Already nominated' },
            response: { statusCode: 409 },
          },
          { status: 409 },
        ),
      ),
    );
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', { name: 'Nominate a hero' }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Nominee/), 'jane');
    // No team is called jane: a plain name is a person.
    expect(
      await within(dialog).findByText('Nominating user:default/jane'),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Why\?/), 'Great docs');
    await user.click(within(dialog).getByRole('button', { name: 'Nominate' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You have already nominated someone this month',
    );
  });

  it('disables nominating once you have nominated', async () => {
    ctx.fake.heroes.nimbus = makeHeroes({
      current: {
        month: '2026-11',
        nominee: null,
        nominations: 0,
        reasons: [],
        closed: false,
      },
      mine: {
        id: 'n1',
        month: '2026-11',
        nominee: 'group:default/payments',
        nominator: 'user:default/guest',
        reason: 'x',
        createdAt: new Date().toISOString(),
      },
    });
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    expect(
      await screen.findByText(/No nominations for November 2026 yet/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Migration Hero' }),
    ).toHaveTextContent('Migration Hero of October 2026: Payments');
    expect(screen.getByRole('button', { name: 'Nominated' })).toBeDisabled();
  });
});

describe('resolveNominee', () => {
  const teams = [
    {
      ref: 'group:default/payments',
      title: 'Payments',
      kind: 'group' as const,
    },
  ];

  it('resolves picked teams, team titles and refs', () => {
    expect(resolveNominee(teams[0], teams)).toEqual({
      ref: 'group:default/payments',
    });
    expect(resolveNominee('payments', teams)).toEqual({
      ref: 'group:default/payments',
    });
    expect(resolveNominee('jane', teams)).toEqual({ ref: 'user:default/jane' });
    expect(resolveNominee('Group:ops/sre', teams)).toEqual({
      ref: 'group:ops/sre',
    });
  });

  it('refuses other kinds, malformed refs and empty input', () => {
    expect(resolveNominee('component:default/x', teams)).toEqual({
      problem: 'nomineeKind',
    });
    expect(resolveNominee('user:', teams)).toEqual({ problem: 'nomineeRef' });
    expect(resolveNominee('  ', teams)).toEqual({ problem: 'nomineeMissing' });
    expect(resolveNominee(null, teams)).toEqual({ problem: 'nomineeMissing' });
  });
});
