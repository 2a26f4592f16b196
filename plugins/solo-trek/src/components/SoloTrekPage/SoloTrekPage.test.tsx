import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { SoloTrekPage } from './SoloTrekPage';
import {
  kubeMigration,
  makeAdoptionReport,
  makeLongTail,
} from '../../__fixtures__/data';
import {
  BASE_URL,
  renderWithSoloTrek,
  setupSoloTrekServer,
} from '../../__testUtils__/render';

jest.setTimeout(30_000);

function longTailServices() {
  const table = screen
    .getAllByRole('table')
    .find(t => within(t).queryByText('Days idle'))!;
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(row => within(row).getAllByRole('cell')[0].textContent);
}

describe('SoloTrekPage', () => {
  const ctx = setupSoloTrekServer();

  it('shows progress while migrations load', async () => {
    ctx.server.use(
      http.get(`${BASE_URL}/migrations`, async () => {
        await delay('infinite');
        return HttpResponse.json({ items: [] });
      }),
    );
    await renderWithSoloTrek(<SoloTrekPage />);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('shows errors', async () => {
    ctx.server.use(
      http.get(`${BASE_URL}/migrations`, () =>
        HttpResponse.json(
          {
            error: { name: 'Error', message: 'Backend down' },
            response: { statusCode: 502 },
          },
          { status: 502 },
        ),
      ),
    );
    await renderWithSoloTrek(<SoloTrekPage />);
    expect((await screen.findAllByText(/Backend down/)).length).toBeGreaterThan(
      0,
    );
  });

  it('shows an empty state without migrations', async () => {
    ctx.fake.migrations = [];
    await renderWithSoloTrek(<SoloTrekPage />);
    expect(
      await screen.findByText('No migrations configured'),
    ).toBeInTheDocument();
  });

  it('shows a friendly state when the dashboard is not allowed', async () => {
    ctx.server.use(
      http.get(`${BASE_URL}/migrations/:id/adoption`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotAllowedError', message: 'Platform team only' },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );
    await renderWithSoloTrek(<SoloTrekPage />);
    expect(
      (await screen.findAllByText("You don't have access to this")).length,
    ).toBeGreaterThan(0);
  });

  it('shows the KPI tiles', async () => {
    await renderWithSoloTrek(<SoloTrekPage />);
    const adoption = await screen.findByRole('region', { name: 'Adoption' });
    expect(adoption).toHaveTextContent('45%');
    expect(adoption).toHaveTextContent('9 of 20 services done');
    expect(
      screen.getByRole('region', { name: 'Compliant adoption' }),
    ).toHaveTextContent('35%');
    expect(
      screen.getByRole('region', { name: 'Days to sunset' }),
    ).toHaveTextContent('402');
    const forecast = screen.getByRole('region', { name: 'Forecast' });
    expect(forecast).toHaveTextContent('At risk');
    expect(forecast).toHaveTextContent('Projected to finish Feb 14, 2028');
    expect(forecast).toHaveTextContent('needs 0.19 a week');
  });

  it('summarises the burn-up chart in words and as a table', async () => {
    await renderWithSoloTrek(<SoloTrekPage />);
    const chart = await screen.findByRole('img', {
      name: /Burn-up chart of services done over time/,
    });
    expect(chart).toHaveAccessibleDescription(
      /Adoption went from 0% on Jan 1, 2026 to 45% on Oct 1, 2026: 9 of 20 services done, 7 compliant\. Forecast: at risk, projected to finish Feb 14, 2028; sunset Dec 31, 2027\./,
    );
    const user = userEvent.setup({ delay: null });
    const figure = chart.closest('figure')!;
    await user.click(
      within(figure).getByRole('button', { name: 'Show data table' }),
    );
    const table = within(figure).getByRole('table', {
      name: 'Adoption per day',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
  });

  it('shows stages by team and Creed failures, worst first', async () => {
    await renderWithSoloTrek(<SoloTrekPage />);
    expect(
      await screen.findByText(
        '2 teams. Furthest along: Payments (88% done). Furthest behind: Logistics (17%).',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Most failures: Cost-centre tag (must), failing for 9 services.',
      ),
    ).toBeInTheDocument();
    const user = userEvent.setup({ delay: null });
    const creed = screen
      .getByRole('img', { name: /Creed outcomes per item/ })
      .closest('figure')!;
    await user.click(
      within(creed).getByRole('button', { name: 'Show data table' }),
    );
    const rows = within(
      within(creed).getByRole('table', {
        name: 'Creed outcomes per item, most failures first',
      }),
    ).getAllByRole('row');
    expect(rows.slice(1).map(r => r.firstChild?.textContent)).toEqual([
      'Cost-centre tag',
      'Has a runbook',
      'Emits Prometheus metrics',
    ]);
  });

  it('drills down from a quadrant to its long tail', async () => {
    await renderWithSoloTrek(<SoloTrekPage />);
    await screen.findByText('Long tail (3)');
    // Longest idle first.
    expect(longTailServices()).toEqual([
      'label-worker',
      'Crown ledger',
      'ticket-sync',
    ]);
    const stranded = screen.getByText('ticket-sync').closest('tr')!;
    expect(within(stranded).getByText('Stranded')).toBeInTheDocument();
    expect(within(stranded).getByText('No owner')).toBeInTheDocument();

    const user = userEvent.setup({ delay: null });
    const crown = screen.getByRole('button', { name: /^Crown jewels:/ });
    expect(crown).toHaveTextContent('6');
    expect(crown).toHaveTextContent('Caravan track');
    expect(crown).toHaveTextContent('1 in the long tail');
    await user.click(crown);
    expect(crown).toHaveAttribute('aria-pressed', 'true');
    await screen.findByText('Long tail (1 of 3)');
    expect(longTailServices()).toEqual(['Crown ledger']);

    await user.click(
      screen
        .getByText(/^Quadrant: Crown jewels/)
        .parentElement!.querySelector('.MuiChip-deleteIcon')!,
    );
    await screen.findByText('Long tail (3)');
    expect(crown).toHaveAttribute('aria-pressed', 'false');
  });

  it('keeps the rest of the dashboard when one report fails', async () => {
    ctx.server.use(
      http.get(`${BASE_URL}/migrations/:id/adoption/history`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotFoundError', message: 'No history yet' },
            response: { statusCode: 404 },
          },
          { status: 404 },
        ),
      ),
    );
    await renderWithSoloTrek(<SoloTrekPage />);
    expect(
      (await screen.findAllByText(/No history yet/)).length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('region', { name: 'Adoption' })).toHaveTextContent(
      '45%',
    );
  });

  it('warns when figures come from an earlier scan', async () => {
    ctx.fake.adoption.nimbus = makeAdoptionReport({ stale: true });
    await renderWithSoloTrek(<SoloTrekPage />);
    expect(await screen.findByText(/The last scan failed/)).toBeInTheDocument();
  });

  it('shows an empty long tail kindly', async () => {
    ctx.fake.longTail.nimbus = makeLongTail({ items: [], total: 0 });
    await renderWithSoloTrek(<SoloTrekPage />);
    expect(
      await screen.findByText(
        'No service is in the long tail. Every team is moving.',
      ),
    ).toBeInTheDocument();
  });

  it('downloads CSV exports through the fetch API', async () => {
    const createObjectURL = jest.fn(() => 'blob:csv');
    const originalCreate = URL.createObjectURL;
    const originalRevoke = URL.revokeObjectURL;
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = jest.fn();
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    try {
      await renderWithSoloTrek(<SoloTrekPage />);
      const user = userEvent.setup({ delay: null });
      await user.click(
        await screen.findByRole('button', { name: 'Adoption by team (CSV)' }),
      );
      await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
      await user.click(screen.getByRole('button', { name: 'Long tail (CSV)' }));
      await waitFor(() => expect(click).toHaveBeenCalledTimes(2));
      const csvRequests = ctx.fake.requests
        .filter(u => u.searchParams.get('format') === 'csv')
        .map(u => u.pathname);
      expect(csvRequests).toEqual([
        '/api/solo-trek/migrations/nimbus/adoption',
        '/api/solo-trek/migrations/nimbus/long-tail',
      ]);
    } finally {
      click.mockRestore();
      URL.createObjectURL = originalCreate;
      URL.revokeObjectURL = originalRevoke;
    }
  });

  it('switches between migrations', async () => {
    ctx.fake.migrations.push(kubeMigration);
    ctx.fake.adoption.kube = makeAdoptionReport({
      migrationId: 'kube',
      daysToSunset: 127,
    });
    await renderWithSoloTrek(<SoloTrekPage />);
    await screen.findByRole('region', { name: 'Adoption' });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: /Migration/ }));
    await user.click(
      await screen.findByRole('option', { name: 'VMs to Kubernetes' }),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('region', { name: 'Days to sunset' }),
      ).toHaveTextContent('127'),
    );
    expect(ctx.fake.requests.map(u => u.pathname)).toContain(
      '/api/solo-trek/migrations/kube/adoption',
    );
  });
});
