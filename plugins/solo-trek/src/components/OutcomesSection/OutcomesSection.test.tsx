import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { OutcomesSection } from './OutcomesSection';
import { SoloTrekPage } from '../SoloTrekPage';
import { makeAdoptionReport, nimbusMigration } from '../../__fixtures__/data';
import { makeOutcomesReport } from '../../__fixtures__/outcomes';
import { outcomesOf } from '../../__testUtils__/outcomeHandlers';
import {
  BASE_URL,
  renderWithSoloTrek,
  setupSoloTrekServer,
} from '../../__testUtils__/render';

jest.setTimeout(30_000);

describe('OutcomesSection', () => {
  const ctx = setupSoloTrekServer();

  it('shows a tile per perspective, old platform against new for each metric', async () => {
    await renderWithSoloTrek(
      <OutcomesSection
        migration={nimbusMigration}
        adoption={makeAdoptionReport()}
      />,
    );
    const technical = await screen.findByRole('region', {
      name: 'Technical outcomes',
    });
    const deployments = within(technical).getByRole('region', {
      name: 'Deployments',
    });
    expect(deployments).toHaveTextContent('legacy-dc · 40 services');
    expect(deployments).toHaveTextContent('9 per 30 days');
    expect(deployments).toHaveTextContent('nimbus · 24 services');
    expect(deployments).toHaveTextContent('22 per 30 days');
    expect(deployments).toHaveTextContent('+144.4% (better)');
    expect(deployments).toHaveTextContent(
      'for 18 services with both: 13 better, 5 worse',
    );
    // Fewer incidents are better; higher cost is worse.
    const business = screen.getByRole('region', { name: 'Business outcomes' });
    expect(
      within(business).getByRole('region', { name: 'Incidents' }),
    ).toHaveTextContent('−56.2% (better)');
    expect(
      screen.getByRole('region', { name: 'Financial outcomes' }),
    ).toHaveTextContent('+7.1% (worse)');
    const human = screen.getByRole('region', { name: 'Human outcomes' });
    expect(
      within(human).getByRole('region', { name: 'Developer satisfaction' }),
    ).toHaveTextContent('3.8 / 5');
    expect(
      within(human).getByRole('list', { name: 'Answers across the migration' }),
    ).toHaveTextContent('16 answers');
    expect(
      within(human).getByRole('region', { name: 'Platform adoption' }),
    ).toBeInTheDocument();
  });

  it('charts each metric around go-live, with the numbers as a table', async () => {
    await renderWithSoloTrek(<OutcomesSection migration={nimbusMigration} />);
    const chart = await screen.findByRole('img', {
      name: 'Deployments by week before and after go-live, median over services',
    });
    expect(chart).toBeInTheDocument();
    expect(
      screen.getAllByRole('img', { name: /by week before and after go-live/ }),
    ).toHaveLength(5);
    const user = userEvent.setup({ delay: null });
    const figure = chart.closest('figure') as HTMLElement;
    await user.click(
      within(figure).getByRole('button', { name: 'Show data table' }),
    );
    expect(within(figure).getByRole('table')).toHaveTextContent(
      'days −7 to −1',
    );
  });

  it('breaks a metric down per track and per team, teams searched on the server', async () => {
    await renderWithSoloTrek(<OutcomesSection migration={nimbusMigration} />);
    const tracks = await screen.findByRole('table', {
      name: 'Lead time for changes and satisfaction by track',
    });
    expect(within(tracks).getAllByRole('row')).toHaveLength(3);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: /Metric/ }));
    await user.click(
      await screen.findByRole('option', { name: 'Deployments' }),
    );
    const teams = await screen.findByRole('table', {
      name: 'Deployments and satisfaction by team',
    });
    expect(
      within(teams).getByRole('row', { name: /Payments/ }),
    ).toHaveTextContent('+144.4% (better)');
    // Logistics has one answer: counted, no score.
    expect(
      within(teams).getByRole('row', { name: /Logistics/ }),
    ).toHaveTextContent('1 answer');
    await user.type(screen.getByLabelText('Search teams'), 'logi');
    await waitFor(() =>
      expect(
        ctx.fake.requests.some(
          u =>
            u.pathname.endsWith('/outcomes/teams') &&
            u.searchParams.get('q') === 'logi',
        ),
      ).toBe(true),
    );
    await waitFor(() =>
      expect(
        within(
          screen.getByRole('table', {
            name: 'Deployments and satisfaction by team',
          }),
        ).queryByRole('row', { name: /Payments/ }),
      ).not.toBeInTheDocument(),
    );
  });

  it('shows the comments to the platform team only, never who wrote them', async () => {
    await renderWithSoloTrek(<OutcomesSection migration={nimbusMigration} />);
    const comments = await screen.findByRole('list', {
      name: 'Pulse comments',
    });
    expect(comments).toHaveTextContent(
      '“Deploys take minutes instead of days.”',
    );
    expect(comments).toHaveTextContent(
      '5 of 5 (Much better) · payments · November 2026',
    );
    expect(comments).toHaveTextContent('a team with few answers');
  });

  it('says how to report when no service reported yet', async () => {
    outcomesOf(ctx.fake).reports.nimbus = makeOutcomesReport({
      reportingServices: 0,
    });
    await renderWithSoloTrek(<OutcomesSection migration={nimbusMigration} />);
    expect(
      await screen.findByText('No outcome points yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/POST \/api\/solo-trek\/facts/),
    ).toBeInTheDocument();
  });

  it('shows the error with a retry', async () => {
    ctx.server.use(
      http.get(`${BASE_URL}/migrations/nimbus/outcomes`, () =>
        HttpResponse.json(
          { error: { name: 'Error', message: 'database down' } },
          { status: 500 },
        ),
      ),
    );
    await renderWithSoloTrek(<OutcomesSection migration={nimbusMigration} />);
    expect(
      (await screen.findAllByText(/database down/)).length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByRole('button', { name: 'Try again' }),
    ).toBeInTheDocument();
  });

  it('is a section of the Solo Trek page, with its CSV export', async () => {
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
      const section = await screen.findByRole('region', {
        name: 'Outcomes: before and after the move',
      });
      const user = userEvent.setup({ delay: null });
      await user.click(
        within(section).getByRole('button', { name: 'Outcomes (CSV)' }),
      );
      await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
      expect(
        ctx.fake.requests
          .filter(u => u.searchParams.get('format') === 'csv')
          .map(u => u.pathname),
      ).toEqual(['/api/solo-trek/migrations/nimbus/outcomes']);
      const anchor = click.mock.contexts[0] as HTMLAnchorElement;
      expect(anchor.download).toBe('nimbus-outcomes.csv');
    } finally {
      click.mockRestore();
      URL.createObjectURL = originalCreate;
      URL.revokeObjectURL = originalRevoke;
    }
  });
});
