import { screen } from '@testing-library/react';
import { OutcomesSection } from './OutcomesSection';
import { nimbusMigration } from '../../__fixtures__/data';
import { outcomesOf } from '../../__testUtils__/outcomeHandlers';
import {
  renderWithSoloTrek,
  setupSoloTrekServer,
} from '../../__testUtils__/render';

jest.setTimeout(30_000);

// Its own file: permission decisions are cached for the test file's life.
describe('OutcomesSection without the comments permission', () => {
  const ctx = setupSoloTrekServer();

  it('shows the scores but does not ask for the comments', async () => {
    outcomesOf(ctx.fake).platformTeam = false;
    await renderWithSoloTrek(<OutcomesSection migration={nimbusMigration} />, {
      allow: name => name !== 'solo-trek.pulse.comments.read',
    });
    expect(
      await screen.findByText(
        /Comments are read by the platform team/,
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(
      ctx.fake.requests
        .filter(u => u.pathname.endsWith('/outcomes/comments'))
        .map(u => u.href),
    ).toEqual([]);
  });
});
