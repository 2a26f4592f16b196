import { screen, waitFor, within } from '@testing-library/react';
import { SoloTrekPage } from './SoloTrekPage';
import userEvent from '@testing-library/user-event';
import { caravanOf, fakeWave } from '../../__testUtils__/caravanHandlers';
import { makeAdoptionReport, makeLongTail } from '../../__fixtures__/data';
import {
  renderWithSoloTrek,
  setupSoloTrekServer,
} from '../../__testUtils__/render';

// The wave plan test opens three dialogs: slow in jsdom.
jest.setTimeout(60_000);

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
    expect(
      within(latest).getByRole('link', { name: /Post-mortem/ }),
    ).toHaveAttribute('href', 'https://wiki.example.com/pm/42');
    expect(
      screen.getByText('1 rollback since the window opened.'),
    ).toBeInTheDocument();
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

  it('shows each track apart: Solo Trek adoption and Caravan wave completion, each with its forecast', async () => {
    const figures = (total: number, done: number) => ({
      total,
      done,
      stages: {
        'not-started': total - done,
        planning: 0,
        'in-progress': 0,
        migrated: done,
        decommissioned: 0,
        retired: 0,
      },
      compliantDone: done,
      adoption: done / total,
      compliantAdoption: done / total,
    });
    caravanOf(ctx.fake).trackProgress = {
      migrationId: 'nimbus',
      generatedAt: new Date().toISOString(),
      soloTrek: {
        figures: figures(40, 10),
        forecast: {
          ...makeAdoptionReport().forecast,
          status: 'on-track',
          projectedCompletion: '2027-06-30',
          sunset: '2027-12-31',
          weeklyRate: 1.5,
        },
      },
      caravan: {
        figures: figures(6, 1),
        completion: {
          total: 2,
          done: 0,
          onSchedule: 1,
          late: 1,
          rolledBack: 0,
          unscheduled: 0,
        },
        unplaced: 2,
        forecast: {
          status: 'late',
          projectedCompletion: '2027-03-31',
          sunset: '2027-12-31',
          lateWaves: 1,
          unplaced: 2,
          reason: '1 wave past the planned end.',
        },
      },
    };
    await renderWithSoloTrek(<SoloTrekPage />);
    const solo = await screen.findByRole('region', {
      name: 'Solo Trek adoption',
    });
    expect(solo).toHaveTextContent('25%');
    expect(solo).toHaveTextContent('10 of 40 Solo Trek services done');
    expect(solo).toHaveTextContent('Forecast: On track');
    const caravan = screen.getByRole('region', {
      name: 'Caravan wave completion',
    });
    expect(caravan).toHaveTextContent('0 of 2');
    expect(caravan).toHaveTextContent('1 on schedule, 1 late');
    expect(caravan).toHaveTextContent('2 Caravan services in no wave');
    expect(caravan).toHaveTextContent(
      'Forecast: Late. 1 wave past the planned end.',
    );
  });

  it('lets the platform team plan a wave, add a service and see its dependency warning', async () => {
    const caravan = caravanOf(ctx.fake);
    caravan.waves = [
      fakeWave('wave-1', {
        title: 'Wave 1',
        order: 1,
        plannedStart: '2027-01-04',
        plannedEnd: '2027-03-31',
      }),
    ];
    caravan.unplaced = [
      {
        entityRef: 'component:default/order-engine',
        title: 'Order engine',
        owner: 'group:default/checkout',
        stage: 'planning',
      },
    ];
    caravan.warningsOf['component:default/order-engine'] = [
      {
        dependency: 'component:default/ledger',
        reason: 'later-wave',
        dependencyWave: 'wave-1',
        message:
          'Order engine (Shakeout) depends on Ledger, which moves later, in Wave 1',
      },
    ];
    const user = userEvent.setup({ delay: null });
    await renderWithSoloTrek(<SoloTrekPage />);
    await user.click(
      await screen.findByRole('button', { name: 'Plan a wave' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Plan a wave' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Title/ }),
      'Shakeout',
    );
    expect(within(dialog).getByRole('textbox', { name: /Id/ })).toHaveValue(
      'shakeout',
    );
    const order = within(dialog).getByRole('spinbutton', { name: /Order/ });
    await user.clear(order);
    await user.type(order, '0');
    await user.type(
      within(dialog).getByLabelText(/Planned start/),
      '2026-12-07',
    );
    await user.type(within(dialog).getByLabelText(/Planned end/), '2026-12-18');
    await user.click(within(dialog).getByRole('button', { name: 'Plan wave' }));
    await waitFor(
      () => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      { timeout: 5000 },
    );
    const plan = await screen.findByRole('table', { name: 'Wave plan' });
    await within(plan).findByText('Shakeout');
    const rows = within(plan).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Shakeout');

    await user.click(
      within(plan).getByRole('button', { name: 'Add a service to Shakeout' }),
    );
    const add = await screen.findByRole('dialog', {
      name: 'Add a service to Shakeout',
    });
    await user.click(within(add).getByRole('button', { name: /Service/ }));
    await user.click(
      await screen.findByRole('option', { name: /Order engine/ }),
    );
    await user.click(within(add).getByRole('button', { name: 'Add to wave' }));
    const warning = await screen.findByLabelText(
      'Dependency warnings of Shakeout',
    );
    expect(warning).toHaveTextContent(
      'Order engine (Shakeout) depends on Ledger, which moves later, in Wave 1',
    );
    expect(
      ctx.fake.requests.some(u => u.pathname.endsWith('/order-engine/wave')),
    ).toBe(true);
  });

  it('lists the decommission tail with its count, a page at a time, and exports it', async () => {
    caravanOf(ctx.fake).decommissionTail = Array.from(
      { length: 12 },
      (_, i) => ({
        entityRef: `component:default/legacy-${i}`,
        title: `Legacy ${i}`,
        owner: 'group:default/payments',
        ownerTitle: 'Payments',
        track: 'solo-trek' as const,
        criticality: 'low' as const,
        complexity: 'low' as const,
        migratedAt: '2026-05-01T00:00:00.000Z',
        daysSinceMigrated: 215 - i,
      }),
    );
    await renderWithSoloTrek(<SoloTrekPage />);
    const kpi = await screen.findByRole('region', {
      name: 'Decommission tail',
    });
    await within(kpi).findByText('12');
    expect(kpi).toHaveTextContent(
      'migrated more than 60 days ago and still running on the old platform',
    );
    const table = await tableTitled(/^Decommission tail \(12\)/);
    expect(await within(table).findByText('Legacy 0')).toBeInTheDocument();
    expect(within(table).queryByText('Legacy 11')).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Decommission tail \(CSV\)/ }),
    ).toBeInTheDocument();
  });
});
