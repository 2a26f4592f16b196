import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { SoloTrekPage } from './SoloTrekPage';
import { LongTailEntry } from '@internal/plugin-solo-trek-common';
import {
  kubeMigration,
  makeAdoptionReport,
  makeLongTail,
} from '../../__fixtures__/data';
import { riskiestFirst } from '../../__testUtils__/queries';
import {
  BASE_URL,
  renderWithSoloTrek,
  setupSoloTrekServer,
} from '../../__testUtils__/render';

// The whole page renders in jsdom per test: 5-15 s on a quiet 2-core machine,
// over 30 s when other suites share the cores (a clean clone's make test did).
jest.setTimeout(60_000);

function longTailServices() {
  const table = screen
    .getAllByRole('table')
    .find(t => within(t).queryByText('Days idle'))!;
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(row => within(row).getAllByRole('cell')[0].textContent);
}

/** The long tail's first column as the table shows it, in the server's order. */
function names(entries: LongTailEntry[]) {
  return entries.map(e => e.title ?? e.entityRef.split('/').pop());
}

/** The "Stages by team" card. */
function teamsCard() {
  return screen
    .getByText('Stages by team')
    .closest('[class*="MuiCard-root"]') as HTMLElement;
}

function teamsSummary() {
  return within(teamsCard()).getByRole('img', {
    name: /Stacked bar chart of each team/,
  });
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
    expect(adoption).toHaveTextContent(
      '9 of 20 services done, across 30 teams',
    );
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
      /Adoption went from 0% on Jan 1, 2026 to 45% on Oct 1, 2026: 9 of 20 services done, 7 compliant\. Forecast: at risk, projected to finish Feb 14, 2028 \(plausibly Sep 1, 2027 to Sep 30, 2028\); sunset Dec 31, 2027\. The finish could be as late as 2028-09-30, after the sunset\./,
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
    // Each track apart, from its own history.
    const tracks = screen.getByRole('table', { name: 'Forecast per track' });
    const rows = within(tracks).getAllByRole('row').slice(1);
    expect(rows.map(r => r.textContent)).toEqual([
      expect.stringMatching(/^Solo TrekAt risk.*Sep 1, 2027 – Sep 30, 2028/),
      expect.stringMatching(
        /^CaravanNot enough dataThe forecast needs 3 weeks of history/,
      ),
    ]);
  });

  it('shows Creed failures, worst first', async () => {
    await renderWithSoloTrek(<SoloTrekPage />);
    expect(
      await screen.findByText(
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

  describe('stages by team', () => {
    const teamRequests = () =>
      ctx.fake.requests
        .filter(u => u.pathname.endsWith('/adoption/teams'))
        .map(u => u.search);

    it('shows ten teams at a time, furthest behind first, with a pager and a data table', async () => {
      await renderWithSoloTrek(<SoloTrekPage />);
      await waitFor(() =>
        expect(teamsSummary()).toHaveAccessibleDescription(
          '30 teams, furthest behind first. Showing 1–10: from Accounts (0% done) to Warehouse (0%).',
        ),
      );
      expect(teamRequests()).toEqual([
        '?limit=10&offset=0&sort=adoption&order=asc',
      ]);
      const card = teamsCard();
      const pager = within(card).getByRole('navigation', {
        name: 'Team pages',
      });
      expect(pager).toHaveTextContent('1–10 of 30');

      const user = userEvent.setup({ delay: null });
      await user.click(
        within(pager).getByRole('button', { name: 'Next page' }),
      );
      await waitFor(() =>
        expect(teamsSummary()).toHaveAccessibleDescription(
          /^30 teams, furthest behind first\. Showing 11–20: from Search \(8% done\)/,
        ),
      );
      expect(teamRequests()[1]).toBe(
        '?limit=10&offset=10&sort=adoption&order=asc',
      );
      expect(pager).toHaveTextContent('11–20 of 30');

      // The chart's numbers as a table: the page shown, and only it.
      await user.click(
        within(card).getByRole('button', { name: 'Show data table' }),
      );
      const table = within(card).getByRole('table', {
        name: 'Services per stage for each team, 11–20 of 30',
      });
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(10);
      expect(rows[0]).toHaveTextContent(/^Search/);
      expect(rows[2]).toHaveTextContent(/^Logistics63120017%$/);
    });

    it('sorts on the server and goes back to the first page', async () => {
      await renderWithSoloTrek(<SoloTrekPage />);
      await waitFor(() => expect(teamRequests()).toHaveLength(1));
      const card = teamsCard();
      const user = userEvent.setup({ delay: null });
      await user.click(
        await within(card).findByRole('button', { name: 'Next page' }),
      );
      await waitFor(() => expect(teamRequests()).toHaveLength(2));

      const sorts: Array<[string, string, RegExp]> = [
        [
          'Furthest along',
          '?limit=10&offset=0&sort=adoption&order=desc',
          /^30 teams, furthest along first\. Showing 1–10: from Partners \(89% done\) to Analytics \(57%\)\.$/,
        ],
        [
          'Most services',
          '?limit=10&offset=0&sort=total&order=desc',
          /^30 teams, most services first\. Showing 1–10: from Customer Care/,
        ],
        [
          'Name',
          '?limit=10&offset=0&sort=title&order=asc',
          /^30 teams, by name\. Showing 1–10: from Accounts \(0% done\) to Growth \(25%\)\.$/,
        ],
      ];
      for (const [label, request, summary] of sorts) {
        await user.click(
          within(card).getByRole('button', { name: /Sort teams/ }),
        );
        await user.click(await screen.findByRole('option', { name: label }));
        await waitFor(() =>
          expect(teamsSummary()).toHaveAccessibleDescription(summary),
        );
        expect(teamRequests()[teamRequests().length - 1]).toBe(request);
      }
    });

    it('searches team names on the server once typing pauses', async () => {
      await renderWithSoloTrek(<SoloTrekPage />);
      await waitFor(() => expect(teamRequests()).toHaveLength(1));
      const card = teamsCard();
      const user = userEvent.setup({ delay: null });
      await user.type(
        within(card).getByRole('searchbox', { name: 'Search teams' }),
        'pay',
      );
      await waitFor(() =>
        expect(teamsSummary()).toHaveAccessibleDescription(
          '1 team matches “pay”. Payments: 7 of 8 done.',
        ),
      );
      // The debounce itself is timed in TeamStages.test.
      expect(teamRequests()[teamRequests().length - 1]).toBe(
        '?limit=10&offset=0&sort=adoption&order=asc&q=pay',
      );
      expect(
        within(card).queryByRole('navigation', { name: 'Team pages' }),
      ).not.toBeInTheDocument();

      await user.type(
        within(card).getByRole('searchbox', { name: 'Search teams' }),
        'x',
      );
      expect(
        await within(card).findByText('No team matches “payx”.'),
      ).toBeInTheDocument();
    });

    it('keeps the rest of the dashboard when the teams fail', async () => {
      ctx.server.use(
        http.get(`${BASE_URL}/migrations/:id/adoption/teams`, () =>
          HttpResponse.json(
            {
              error: { name: 'Error', message: 'Teams unavailable' },
              response: { statusCode: 500 },
            },
            { status: 500 },
          ),
        ),
      );
      await renderWithSoloTrek(<SoloTrekPage />);
      expect(
        (await within(teamsCard()).findAllByText(/Teams unavailable/)).length,
      ).toBeGreaterThan(0);
      expect(
        screen.getByRole('region', { name: 'Adoption' }),
      ).toHaveTextContent('45%');
    });
  });

  describe('long tail', () => {
    const longTailRequests = () =>
      ctx.fake.requests
        .filter(u => u.pathname.endsWith('/long-tail'))
        .map(u => u.search);
    const ranked = riskiestFirst(makeLongTail().items);
    const longTailCard = () =>
      screen
        .getByText(/^Long tail \(\d/)
        .closest('[class*="MuiPaper-root"]') as HTMLElement;

    it('pages on the server, riskiest first, with the real total', async () => {
      await renderWithSoloTrek(<SoloTrekPage />);
      await screen.findByText('Long tail (45)');
      expect(longTailRequests()).toEqual(['?limit=20&offset=0']);
      expect(longTailServices()).toEqual(names(ranked.slice(0, 20)));
      // ticket-sync is neither critical nor long idle: on the next page.
      expect(screen.queryByText('ticket-sync')).not.toBeInTheDocument();

      const user = userEvent.setup({ delay: null });
      await user.click(
        within(longTailCard()).getByRole('button', { name: 'Next Page' }),
      );
      await waitFor(() =>
        expect(longTailServices()).toEqual(names(ranked.slice(20, 40))),
      );
      expect(longTailRequests()[1]).toBe('?limit=20&offset=20');
      expect(
        within(longTailCard()).getAllByText('21-40 of 45').length,
      ).toBeGreaterThan(0);
      const row = screen.getByText('ticket-sync').closest('tr')!;
      expect(within(row).getByText('Stranded')).toBeInTheDocument();
      expect(within(row).getByText('No owner')).toBeInTheDocument();

      await user.click(
        within(longTailCard()).getByRole('button', { name: 'Next Page' }),
      );
      await waitFor(() =>
        expect(longTailServices()).toEqual(names(ranked.slice(40))),
      );
      expect(longTailRequests()[2]).toBe('?limit=20&offset=40');
    });

    it('has no search, filters or sorting that would only see one page', async () => {
      await renderWithSoloTrek(<SoloTrekPage />);
      await screen.findByText('Long tail (45)');
      const card = longTailCard();
      expect(within(card).queryByRole('textbox')).not.toBeInTheDocument();
      expect(
        within(card).queryByRole('button', { name: /Filters/ }),
      ).not.toBeInTheDocument();
      expect(
        within(card).queryByRole('button', { name: 'Days idle' }),
      ).not.toBeInTheDocument();
    });

    it('offers larger pages', async () => {
      await renderWithSoloTrek(<SoloTrekPage />);
      await screen.findByText('Long tail (45)');
      const user = userEvent.setup({ delay: null });
      await user.click(
        within(longTailCard()).getByRole('button', { name: /20 rows/ }),
      );
      await user.click(await screen.findByRole('option', { name: '50' }));
      await waitFor(() => expect(longTailServices()).toHaveLength(45));
      expect(longTailRequests()[1]).toBe('?limit=50&offset=0');
    });

    it('drills down from a quadrant to its long tail, filtered on the server', async () => {
      await renderWithSoloTrek(<SoloTrekPage />);
      await screen.findByText('Long tail (45)');
      const user = userEvent.setup({ delay: null });
      // The counts are the whole tail's, not the page's.
      const crown = screen.getByRole('button', { name: /^Crown jewels:/ });
      expect(crown).toHaveTextContent('6');
      expect(crown).toHaveTextContent('Caravan track');
      expect(crown).toHaveTextContent('5 in the long tail');
      expect(
        screen.getByRole('button', { name: /^Quick wins:/ }),
      ).toHaveTextContent('22 in the long tail');
      expect(
        screen.getByRole('button', { name: /^Complex but less critical:/ }),
      ).toHaveTextContent('11 in the long tail');

      // From the second page, a quadrant starts again at the first.
      await user.click(
        within(longTailCard()).getByRole('button', { name: 'Next Page' }),
      );
      await waitFor(() => expect(longTailRequests()).toHaveLength(2));
      await user.click(crown);
      expect(crown).toHaveAttribute('aria-pressed', 'true');
      await screen.findByText('Long tail (5 of 45)');
      expect(longTailRequests()[2]).toBe(
        '?limit=20&offset=0&criticality=high&complexity=high',
      );
      const crownJewels = ranked.filter(
        e => e.criticality === 'high' && e.complexity === 'high',
      );
      await waitFor(() =>
        expect(longTailServices()).toEqual(names(crownJewels)),
      );
      expect(longTailServices()).toContain('Crown ledger');
      // The counts stay those of the whole tail.
      expect(crown).toHaveTextContent('5 in the long tail');
      expect(
        screen.getByRole('button', { name: /^Quick wins:/ }),
      ).toHaveTextContent('22 in the long tail');

      await user.click(
        screen
          .getByText(/^Quadrant: Crown jewels/)
          .parentElement!.querySelector('.MuiChip-deleteIcon')!,
      );
      await screen.findByText('Long tail (45)');
      expect(crown).toHaveAttribute('aria-pressed', 'false');
      expect(longTailRequests()[3]).toBe('?limit=20&offset=0');
    });

    it('says so when a quadrant has no long tail', async () => {
      ctx.fake.longTail.nimbus = makeLongTail({
        items: makeLongTail().items.filter(i => i.criticality === 'low'),
      });
      await renderWithSoloTrek(<SoloTrekPage />);
      await screen.findByText('Long tail (33)');
      const user = userEvent.setup({ delay: null });
      const crown = screen.getByRole('button', { name: /^Crown jewels:/ });
      expect(crown).toHaveTextContent('0 in the long tail');
      await user.click(crown);
      await screen.findByText('Long tail (0 of 33)');
      expect(
        screen.getByText('No service in this quadrant is in the long tail.'),
      ).toBeInTheDocument();
    });
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
    ctx.fake.longTail.nimbus = makeLongTail({ items: [] });
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
