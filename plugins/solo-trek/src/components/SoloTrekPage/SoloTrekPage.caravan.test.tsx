import { screen, within } from '@testing-library/react';
import { SoloTrekPage } from './SoloTrekPage';
import { caravanOf } from '../../__testUtils__/caravanHandlers';
import { makeLongTail } from '../../__fixtures__/data';
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

  it('counts rollbacks per month and lists the latest with who, why and the post-mortem', async () => {
    const caravan = caravanOf(ctx.fake);
    caravan.rollbacksByMonth = [
      { month: '2026-10', count: 1 },
      { month: '2026-11', count: 0 },
    ];
    caravan.rollbacks = [
      {
        entityRef: 'component:default/order-engine',
        title: 'Order engine',
        owner: 'group:default/checkout',
        track: 'caravan',
        fromStage: 'migrated',
        toStage: 'in-progress',
        actor: 'live signal',
        reason: 'The catalog no longer shows it live',
        postMortemUrl: 'https://wiki.example.com/pm/42',
        wentLiveAt: '2026-09-14T00:00:00.000Z',
        at: '2026-10-02T00:00:00.000Z',
      },
    ];
    await renderWithSoloTrek(<SoloTrekPage />);
    const months = await screen.findByRole('table', {
      name: 'Rollbacks per month',
    });
    expect(within(months).getAllByRole('row')).toHaveLength(3);
    const latest = screen.getByRole('list', { name: 'Latest rollbacks' });
    expect(latest).toHaveTextContent('Order engine');
    expect(latest).toHaveTextContent('Migrated → In progress');
    expect(latest).toHaveTextContent('by live signal');
    expect(within(latest).getByRole('link', { name: /Post-mortem/ })).toHaveAttribute(
      'href',
      'https://wiki.example.com/pm/42',
    );
    expect(screen.getByText('1 rollback since the window opened.')).toBeInTheDocument();
  });

  it('marks rolled-back services in the long tail apart from never-started ones', async () => {
    const tail = makeLongTail();
    tail.items = [
      {
        ...tail.items[0],
        stage: 'not-started',
        rolledBackAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      },
      ...tail.items.slice(1).map(i => ({ ...i, rolledBackAt: null })),
    ];
    ctx.fake.longTail.nimbus = tail;
    await renderWithSoloTrek(<SoloTrekPage />);
    const table = await tableTitled(/^Long tail \([0-9]/);
    const row = (await within(table).findByText(tail.items[0].title!)).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).getByText('Rolled back 3 days ago')).toBeInTheDocument();
    expect(within(table).getAllByText(/^Rolled back/)).toHaveLength(1);
  });
});
