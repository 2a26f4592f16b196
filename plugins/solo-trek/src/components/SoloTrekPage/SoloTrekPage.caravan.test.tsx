import { screen, within } from '@testing-library/react';
import { SoloTrekPage } from './SoloTrekPage';
import { caravanOf } from '../../__testUtils__/caravanHandlers';
import {
  renderWithSoloTrek,
  setupSoloTrekServer,
} from '../../__testUtils__/render';

jest.setTimeout(30_000);

/** The table whose title starts with `title`. */
async function tableTitled(title: RegExp) {
  const heading = await screen.findByText(title);
  return heading.closest('[class*="MuiPaper-root"]') as HTMLElement;
}

describe('SoloTrekPage: the Staggered Caravan', () => {
  const ctx = setupSoloTrekServer();

  it('lists track drift with the reason and who pinned the track', async () => {
    caravanOf(ctx.fake).drift = [
      {
        entityRef: 'component:default/payment-gateway',
        title: 'Payment gateway',
        owner: 'group:default/payments',
        ownerTitle: 'Payments',
        stage: 'planning',
        track: 'solo-trek',
        computedTrack: 'caravan',
        criticality: 'high',
        complexity: 'high',
        reason:
          'The quadrant now gives the Caravan track: criticality high: tier label "tier" is tier-0; complexity high: score 4 ≥ 4 (+4 dependsOn)',
        pinnedAt: '2026-03-01T00:00:00.000Z',
        pinnedBy: null,
      },
    ];
    await renderWithSoloTrek(<SoloTrekPage />);
    const drift = await tableTitled(/^Track drift \(1\)/);
    expect(
      await within(drift).findByText('Payment gateway'),
    ).toBeInTheDocument();
    expect(within(drift).getByText(/score 4 ≥ 4/)).toBeInTheDocument();
    expect(within(drift).getByText('Caravan')).toBeInTheDocument();
  });

  it('says so when nothing drifted', async () => {
    await renderWithSoloTrek(<SoloTrekPage />);
    expect(
      await screen.findByText(
        "No drift: every service's quadrant still gives its pinned track.",
      ),
    ).toBeInTheDocument();
  });
});
