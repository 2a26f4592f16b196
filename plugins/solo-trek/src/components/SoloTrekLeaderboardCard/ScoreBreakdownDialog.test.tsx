import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SoloTrekLeaderboardCard } from './SoloTrekLeaderboardCard';
import {
  renderWithSoloTrek,
  setupSoloTrekServer,
} from '../../__testUtils__/render';

jest.setTimeout(30_000);

describe('the score breakdown', () => {
  const ctx = setupSoloTrekServer();

  it('opens from a team’s score: each service’s points, the prior’s effect and the badges’ rules', async () => {
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    const user = userEvent.setup({ delay: null });
    expect(
      await screen.findByText(
        /Scores include a prior of 5 services at the organisation's mean \(41\.5\)/,
      ),
    ).toBeInTheDocument();
    await user.click(
      await screen.findByRole('button', {
        name: '78: why Payments has this score',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Why Payments scores 78',
    });
    expect(
      await within(dialog).findByText(
        "Its 8 services alone score 85.2. The prior counts 5 more services at the organisation's mean of 41.5, so 78 (-7.2).",
      ),
    ).toBeInTheDocument();
    const table = within(dialog).getByRole('table', {
      name: 'Points per service',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(r => r.textContent)).toEqual([
      expect.stringMatching(
        /^Ledger serviceSolo Trek.*96%: early in the migration window100%2\.94 of 3$/,
      ),
      expect.stringMatching(
        /^Payment gatewayCaravan.*100%: on schedule \(wave planned to end .*\)88% \(1 waived, counted half\)2\.88 of 3$/,
      ),
      expect.stringMatching(
        /^Fraud scoringCaravan.*50%: neutral, no planned wave100%2\.25 of 3$/,
      ),
      'RefundsSolo TrekPlanning——0',
      '4 more services you may not see in the catalog10.5',
    ]);
    const badges = within(dialog).getByRole('list', { name: 'Badges earned' });
    expect(badges).toHaveTextContent(
      'Trailblazer: Every service done on 2026-09-20Rule: One of the first three teams to have every service done.',
    );
    expect(
      ctx.fake.requests.some(
        u =>
          u.pathname.endsWith('/leaderboard/teams/default/payments') &&
          u.searchParams.get('period') === 'all',
      ),
    ).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
  });

  it('says what went wrong when the breakdown cannot be read', async () => {
    await renderWithSoloTrek(<SoloTrekLeaderboardCard />);
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', {
        name: /: why Logistics has this score/,
      }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(
      await within(dialog).findAllByText(
        /group:default\/logistics owns no service in the scope/,
      ),
    ).not.toHaveLength(0);
  });
});
