import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { EntityTeamMigrationCard } from './EntityTeamMigrationCard';
import { kubeMigration } from '../../__fixtures__/data';
import {
  BASE_URL,
  groupEntity,
  renderWithSoloTrek,
  setupSoloTrekServer,
} from '../../__testUtils__/render';

jest.setTimeout(30_000);

function serviceNames() {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(row => within(row).getAllByRole('cell')[0].textContent);
}

describe('EntityTeamMigrationCard', () => {
  const ctx = setupSoloTrekServer();

  it('shows progress while loading', async () => {
    ctx.server.use(
      http.get(
        `${BASE_URL}/migrations/:id/teams/:ns/:name/services`,
        async () => {
          await delay('infinite');
          return HttpResponse.json({});
        },
      ),
    );
    await renderWithSoloTrek(<EntityTeamMigrationCard />, {
      entity: groupEntity(),
    });
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('shows errors from the backend', async () => {
    ctx.server.use(
      http.get(`${BASE_URL}/migrations/:id/teams/:ns/:name/services`, () =>
        HttpResponse.json(
          {
            error: { name: 'Error', message: 'Scan table is locked' },
            response: { statusCode: 500 },
          },
          { status: 500 },
        ),
      ),
    );
    await renderWithSoloTrek(<EntityTeamMigrationCard />, {
      entity: groupEntity(),
    });
    expect(
      (await screen.findAllByText(/Scan table is locked/)).length,
    ).toBeGreaterThan(0);
  });

  it('shows a friendly state when the caller may not see it', async () => {
    ctx.server.use(
      http.get(`${BASE_URL}/migrations/:id/teams/:ns/:name/services`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotAllowedError', message: 'Not a member' },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );
    await renderWithSoloTrek(<EntityTeamMigrationCard />, {
      entity: groupEntity(),
    });
    expect(
      await screen.findByText("You don't have access to this"),
    ).toBeInTheDocument();
  });

  it('shows an empty state for teams without services in scope', async () => {
    await renderWithSoloTrek(<EntityTeamMigrationCard />, {
      entity: groupEntity('marketing'),
    });
    expect(await screen.findByText('No services to move')).toBeInTheDocument();
    expect(ctx.fake.requests.map(u => u.pathname)).toContain(
      '/api/solo-trek/migrations/nimbus/teams/default/marketing/services',
    );
  });

  it('shows an empty state when no migration is configured', async () => {
    ctx.fake.migrations = [];
    await renderWithSoloTrek(<EntityTeamMigrationCard />, {
      entity: groupEntity(),
    });
    expect(
      await screen.findByText('No migrations configured'),
    ).toBeInTheDocument();
  });

  it("lists the team's services with stage, track and compliance", async () => {
    await renderWithSoloTrek(<EntityTeamMigrationCard />, {
      entity: groupEntity(),
    });
    expect(await screen.findByText('Ledger service')).toBeInTheDocument();
    expect(
      screen.getByText(/services done \(33%\)\. 1 service fails a must item/),
    ).toBeInTheDocument();
    const row = screen.getByText('Ledger service').closest('tr')!;
    expect(within(row).getByText('In progress')).toBeInTheDocument();
    expect(within(row).getByText('Solo Trek track')).toBeInTheDocument();
    expect(within(row).getByText('1/5')).toBeInTheDocument();
    expect(
      within(row).getByLabelText('Must items failing'),
    ).toBeInTheDocument();
    const gateway = screen.getByText('Payment gateway').closest('tr')!;
    expect(within(gateway).getByText('Caravan track')).toBeInTheDocument();
    expect(within(gateway).getByText(/wave 2/)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Ledger service' }),
    ).toHaveAttribute('href', '/catalog/default/component/ledger-service');
  });

  it('sorts and searches', async () => {
    await renderWithSoloTrek(<EntityTeamMigrationCard />, {
      entity: groupEntity(),
    });
    await screen.findByText('Ledger service');
    // Newest change first by default.
    expect(serviceNames()).toEqual([
      'Ledger service',
      'Payment gateway',
      'invoice-proxy',
    ]);
    const user = userEvent.setup({ delay: null });
    // Sorting by stage follows the stage order, not the alphabet
    // (material-table keeps the descending direction when the column changes):
    // decommissioned, in progress, planning. Alphabetically it would be
    // planning, in progress, decommissioned.
    await user.click(screen.getByRole('button', { name: 'Stage' }));
    await waitFor(() =>
      expect(serviceNames()).toEqual([
        'invoice-proxy',
        'Ledger service',
        'Payment gateway',
      ]),
    );
    await user.type(screen.getByPlaceholderText('Filter'), 'caravan');
    await waitFor(() => expect(serviceNames()).toEqual(['Payment gateway']));
  });

  it('offers a migration selector when there are several migrations', async () => {
    ctx.fake.migrations.push(kubeMigration);
    await renderWithSoloTrek(<EntityTeamMigrationCard />, {
      entity: groupEntity(),
    });
    await screen.findByText('Ledger service');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: /Migration/ }));
    await user.click(
      await screen.findByRole('option', { name: 'VMs to Kubernetes' }),
    );
    expect(await screen.findByText('No services to move')).toBeInTheDocument();
    expect(ctx.fake.requests.map(u => u.pathname)).toContain(
      '/api/solo-trek/migrations/kube/teams/default/payments/services',
    );
  });
});
