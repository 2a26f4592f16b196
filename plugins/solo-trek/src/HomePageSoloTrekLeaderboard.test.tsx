import { screen, within } from '@testing-library/react';
import { HomePageSoloTrekLeaderboard } from './plugin';
import { renderWithSoloTrek, setupSoloTrekServer } from './__testUtils__/render';

jest.setTimeout(30_000);

describe('HomePageSoloTrekLeaderboard (legacy home page card)', () => {
  setupSoloTrekServer();

  it('renders the leaderboard inside a home page card', async () => {
    await renderWithSoloTrek(<HomePageSoloTrekLeaderboard maxRows={2} />);
    expect(await screen.findByText('Migration leaderboard')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /leaderboard/ });
    const teams = within(table)
      .getAllByRole('row')
      .slice(1)
      .map(row => within(row).queryAllByRole('link')[0]?.textContent);
    expect(teams.slice(0, 2)).toEqual(['Payments', 'Identity & Access']);
  });
});
