import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { alertApiRef } from '@backstage/core-plugin-api';
import { EntitySoloTrekContent } from './EntitySoloTrekContent';
import { makeCard, minutesAgo } from '../../__fixtures__/data';
import {
  BASE_URL,
  renderWithSoloTrek,
  serviceEntity,
  setupSoloTrekServer,
} from '../../__testUtils__/render';
import { caravanOf, fakeWave } from '../../__testUtils__/caravanHandlers';

// MUI dialogs and menus are slow to render in jsdom.
jest.setTimeout(30_000);

describe('EntitySoloTrekContent', () => {
  const ctx = setupSoloTrekServer();

  it('shows progress while loading', async () => {
    ctx.server.use(
      http.get(`${BASE_URL}/migrations`, async () => {
        await delay('infinite');
        return HttpResponse.json({ items: [] });
      }),
    );
    await renderWithSoloTrek(<EntitySoloTrekContent />, {
      entity: serviceEntity(),
    });
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('shows errors', async () => {
    ctx.server.use(
      http.get(`${BASE_URL}/migrations/:id/entities/:k/:ns/:n`, () =>
        HttpResponse.json(
          {
            error: { name: 'Error', message: 'Catalog unavailable' },
            response: { statusCode: 503 },
          },
          { status: 503 },
        ),
      ),
    );
    await renderWithSoloTrek(<EntitySoloTrekContent />, {
      entity: serviceEntity(),
    });
    expect(
      (await screen.findAllByText(/Catalog unavailable/)).length,
    ).toBeGreaterThan(0);
  });

  it('shows an empty state outside every migration', async () => {
    await renderWithSoloTrek(<EntitySoloTrekContent />, {
      entity: serviceEntity('unknown'),
    });
    expect(
      await screen.findByText('Not part of any migration'),
    ).toBeInTheDocument();
  });

  it('shows the stage history as a timeline, newest first, with notes', async () => {
    await renderWithSoloTrek(<EntitySoloTrekContent />, {
      entity: serviceEntity(),
    });
    const timeline = await screen.findByRole('list', { name: 'Stage history' });
    const entries = within(timeline).getAllByRole('listitem');
    expect(entries).toHaveLength(3);
    expect(entries[0]).toHaveTextContent('Planning → In progress');
    expect(entries[0]).toHaveTextContent('Updated by user:default/jane');
    expect(entries[0]).toHaveTextContent('Terraform module applied in staging');
    expect(entries[0]).toHaveTextContent('2 days ago');
    expect(entries[2]).toHaveTextContent('Not started');
    expect(entries[2]).toHaveTextContent('First seen by Solo Trek');
  });

  it('shows the evidence of every check', async () => {
    await renderWithSoloTrek(<EntitySoloTrekContent />, {
      entity: serviceEntity(),
    });
    // Failing checks are open; their evidence is a table.
    const table = await screen.findByRole('table', {
      name: 'Evidence for Cost-centre tag',
    });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map(row =>
        within(row)
          .getAllByRole('cell')
          .map(cell => cell.textContent),
      );
    expect(cells).toEqual([
      ['label cost-center matches /^cc-[0-9]{4}$/', 'finance', 'Fail'],
    ]);
    const unknown = screen.getByRole('table', {
      name: 'Evidence for Data encrypted at rest',
    });
    expect(unknown).toHaveTextContent('not set');
    expect(unknown).toHaveTextContent('Unknown');

    // Passing checks open on demand.
    const user = userEvent.setup({ delay: null });
    await user.click(
      screen.getByRole('button', { name: /Emits Prometheus metrics/ }),
    );
    expect(
      await screen.findByRole('table', {
        name: 'Evidence for Emits Prometheus metrics',
      }),
    ).toHaveTextContent('annotation prometheus.io/scrape equals "true"');
  });

  it('re-evaluates on demand and shows progress meanwhile', async () => {
    ctx.fake.putCard(makeCard({ evaluatedAt: minutesAgo(120) }));
    let release: () => void = () => {};
    const gate = new Promise<void>(resolve => {
      release = resolve;
    });
    ctx.server.use(
      http.post(
        `${BASE_URL}/migrations/:id/entities/:k/:ns/:n/refresh`,
        async () => {
          await gate;
          return HttpResponse.json(
            makeCard({ evaluatedAt: new Date().toISOString() }),
          );
        },
      ),
    );
    await renderWithSoloTrek(<EntitySoloTrekContent />, {
      entity: serviceEntity(),
    });
    expect(
      await screen.findByText('Last evaluated 2 hours ago'),
    ).toBeInTheDocument();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Re-evaluate now' }));
    const busy = await screen.findByRole('button', { name: /Re-evaluating/ });
    expect(busy).toBeDisabled();
    expect(busy).toHaveAttribute('aria-busy', 'true');
    release();
    expect(
      await screen.findByText('Last evaluated just now'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Re-evaluate now' }),
    ).toBeEnabled();
  });

  it('tells the user when re-evaluating fails', async () => {
    ctx.server.use(
      http.post(`${BASE_URL}/migrations/:id/entities/:k/:ns/:n/refresh`, () =>
        HttpResponse.json(
          {
            error: { name: 'ServiceUnavailableError', message: 'Catalog busy' },
            response: { statusCode: 503 },
          },
          { status: 503 },
        ),
      ),
    );
    const alertApi = { post: jest.fn(), alert$: jest.fn() };
    await renderWithSoloTrek(<EntitySoloTrekContent />, {
      entity: serviceEntity(),
      apis: [[alertApiRef, alertApi]],
    });
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', { name: 'Re-evaluate now' }),
    );
    await waitFor(() =>
      expect(alertApi.post).toHaveBeenCalledWith(
        expect.objectContaining({
          message: 'Could not re-evaluate: Catalog busy',
          severity: 'error',
        }),
      ),
    );
    expect(
      screen.getByRole('button', { name: 'Re-evaluate now' }),
    ).toBeEnabled();
  });

  it('lets the platform team add a waiver, limited to waivable failing or unknown items', async () => {
    await renderWithSoloTrek(<EntitySoloTrekContent />, {
      entity: serviceEntity(),
    });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Add waiver' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a waiver' });

    // Client-side validation first.
    await user.click(
      within(dialog).getByRole('button', { name: 'Add waiver' }),
    );
    expect(
      within(dialog).getByText('Choose the item to waive.'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'Say why the service may skip this item for now.',
      ),
    ).toBeInTheDocument();

    await user.click(
      within(dialog).getByRole('button', { name: /Creed item/ }),
    );
    const options = await screen.findAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual([
      'Data encrypted at rest (Unknown)',
      'Documented in TechDocs (Fail)',
    ]);
    await user.click(
      screen.getByRole('option', { name: /Documented in TechDocs/ }),
    );
    await user.type(
      within(dialog).getByLabelText(/Reason/),
      'Docs move with the cut-over',
    );
    const expiry = within(dialog).getByLabelText(/Expires on/);
    await user.clear(expiry);
    await user.type(expiry, '2099-01-31');

    let body: unknown;
    ctx.server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST') body = await request.clone().json();
    });
    await user.click(
      within(dialog).getByRole('button', { name: 'Add waiver' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    ctx.server.events.removeAllListeners();
    expect(body).toEqual({
      creedId: 'docs',
      reason: 'Docs move with the cut-over',
      expiresAt: '2099-01-31',
    });
    const list = await screen.findByRole('list', { name: 'Active waivers' });
    await waitFor(() =>
      expect(within(list).getAllByRole('listitem')).toHaveLength(2),
    );
    expect(list).toHaveTextContent('Docs move with the cut-over');
    expect(list).toHaveTextContent('Expires Jan 31, 2099');
  });

  it('shows the server error when adding a waiver fails', async () => {
    ctx.server.use(
      http.post(`${BASE_URL}/migrations/:id/entities/:k/:ns/:n/waivers`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message: 'A waiver may expire at most 180 days ahead',
            },
            response: { statusCode: 400 },
          },
          { status: 400 },
        ),
      ),
    );
    await renderWithSoloTrek(<EntitySoloTrekContent />, {
      entity: serviceEntity(),
    });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Add waiver' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a waiver' });
    await user.click(
      within(dialog).getByRole('button', { name: /Creed item/ }),
    );
    await user.click(await screen.findByRole('option', { name: /TechDocs/ }));
    await user.type(within(dialog).getByLabelText(/Reason/), 'Because');
    await user.click(
      within(dialog).getByRole('button', { name: 'Add waiver' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'A waiver may expire at most 180 days ahead',
    );
  });

  it('lets the platform team remove a waiver after confirming', async () => {
    await renderWithSoloTrek(<EntitySoloTrekContent />, {
      entity: serviceEntity(),
    });
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', {
        name: 'Remove waiver for Has a runbook',
      }),
    );
    const confirm = await screen.findByRole('dialog', {
      name: 'Remove waiver?',
    });
    await user.click(
      within(confirm).getByRole('button', { name: 'Remove waiver' }),
    );
    expect(
      await screen.findByText(
        'No active waivers. Every Creed item counts as it is evaluated.',
      ),
    ).toBeInTheDocument();
    expect(ctx.fake.requests.some(u => u.pathname.includes('/waivers/'))).toBe(
      true,
    );
  });

  it('lets the platform team place a caravan service in a wave of the plan', async () => {
    ctx.fake.putCard(
      makeCard({
        track: 'caravan',
        quadrant: { criticality: 'high', complexity: 'high' },
      }),
    );
    caravanOf(ctx.fake).waves = [
      fakeWave('wave-3', {
        title: 'Wave 3',
        order: 3,
        plannedStart: '2027-01-04',
        plannedEnd: '2027-02-26',
      }),
    ];
    await renderWithSoloTrek(<EntitySoloTrekContent />, {
      entity: serviceEntity(),
    });
    expect(
      await screen.findByText(/This service is not in a wave yet./),
    ).toBeInTheDocument();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: /Wave/ }));
    await user.click(await screen.findByRole('option', { name: /Wave 3/ }));
    await user.click(screen.getByRole('button', { name: 'Save wave' }));
    expect(await screen.findByText(/This service moves in/)).toHaveTextContent(
      /This service moves in Wave 3 \(.+2027 – .+2027, planned\)/,
    );
    expect(screen.getAllByText(/Wave 3 · /)[0]).toBeInTheDocument();
  });
});
