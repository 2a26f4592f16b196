import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { SoloTrekLeaderboardCard } from './SoloTrekLeaderboardCard';
import { resolveNominee } from './NominateHeroDialog';
import { makeHeroes } from '../../__fixtures__/data';
import {
  BASE_URL,
  renderWithSoloTrek,
  setupSoloTrekServer,
} from '../../__testUtils__/render';

jest.setTimeout(30_000);

function teamsInOrder() {
  const table = screen.getByRole('table', { name: /leaderboard/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(row => within(row).getAllByRole('link')[0].textContent);
}

describe('SoloTrekLeaderboardCard', () => {
  const ctx = setupSoloTrekServer();

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
    ctx.server.use(
      http.get(`${BASE_URL}/migrations/:id/leaderboard`, () =>
        HttpResponse.json({
          migrationId: 'nimbus',
          period: 'all',
          periodStart: '2026-01-01',
          generatedAt: new Date().toISOString(),
          entries: [],
        }),
      ),
    );
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    expect(
      await screen.findByText('No teams on the leaderboard yet'),
    ).toBeInTheDocument();
  });

  it('ranks teams with score, progress, badges and rank changes, highlighting your team', async () => {
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    await screen.findByRole('table', { name: /leaderboard, all time/ });
    expect(teamsInOrder()).toEqual([
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
      ctx.fake.requests
        .filter(u => u.pathname.endsWith('/leaderboard'))
        .map(u => u.searchParams.get('period'));
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

  it('shows the Migration Hero of the month', async () => {
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    const hero = await screen.findByRole('region', { name: 'Migration Hero' });
    expect(hero).toHaveTextContent(
      'Migration Hero of November 2026: Identity & Access (3 nominations)',
    );
    expect(hero).toHaveTextContent('Wrote the Nimbus auth migration guide');
  });

  it('nominates a team as Migration Hero', async () => {
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
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

    await user.click(within(dialog).getByLabelText(/Nominee/));
    await user.click(await screen.findByRole('option', { name: 'Logistics' }));
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
    expect(
      within(dialog).getByText('Nominating user:default/jane'),
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
      await screen.findByText(
        /No Migration Hero nominated for November 2026 yet/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Last hero: Payments \(October 2026\)/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nominated' })).toBeDisabled();
  });
});

describe('resolveNominee', () => {
  const teams = [{ ref: 'group:default/payments', title: 'Payments' }];

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

  it('refuses other kinds and empty input', () => {
    expect(resolveNominee('component:default/x', teams).problem).toMatch(
      /team \(group\) or a person \(user\)/,
    );
    expect(resolveNominee('  ', teams).problem).toBeDefined();
    expect(resolveNominee(null, teams).problem).toBeDefined();
  });
});
