import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { EntitySoloTrekCard } from './EntitySoloTrekCard';
import { kubeMigration, makeCard, makeChecks } from '../../__fixtures__/data';
import {
  BASE_URL,
  renderWithSoloTrek,
  serviceEntity,
  setupSoloTrekServer,
} from '../../__testUtils__/render';

// MUI dialogs and menus are slow to render in jsdom.
jest.setTimeout(30_000);

describe('EntitySoloTrekCard', () => {
  const ctx = setupSoloTrekServer();

  it('shows progress while loading', async () => {
    ctx.server.use(
      http.get(`${BASE_URL}/migrations`, async () => {
        await delay('infinite');
        return HttpResponse.json({ items: [] });
      }),
    );
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('shows the server error when the backend fails', async () => {
    ctx.server.use(
      http.get(`${BASE_URL}/migrations`, () =>
        HttpResponse.json(
          {
            error: { name: 'Error', message: 'Database is on fire' },
            response: { statusCode: 500 },
          },
          { status: 500 },
        ),
      ),
    );
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    expect(
      (await screen.findAllByText(/Database is on fire/)).length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByRole('button', { name: 'Try again' }),
    ).toBeInTheDocument();
  });

  it('shows a clear empty state for entities outside every migration', async () => {
    ctx.fake.migrations.push(kubeMigration);
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity('not-a-service'),
    });
    expect(
      await screen.findByText('Not part of any migration'),
    ).toBeInTheDocument();
    // Both migrations were asked before giving up.
    const asked = ctx.fake.requests
      .map(u => u.pathname)
      .filter(p => p.includes('/entities/'));
    expect(asked).toEqual([
      '/api/solo-trek/migrations/nimbus/entities/component/default/not-a-service',
      '/api/solo-trek/migrations/kube/entities/component/default/not-a-service',
    ]);
  });

  it('shows stage, track, sunset and every Creed item with its status', async () => {
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    expect(await screen.findByTestId('current-stage')).toHaveTextContent(
      'Stage: In progress',
    );
    // The stepper marks the current stage for assistive technology.
    expect(screen.getByText('(current stage)')).toBeInTheDocument();
    expect(screen.getByText('Solo Trek track')).toBeInTheDocument();
    expect(screen.getByText('Not live on nimbus')).toBeInTheDocument();
    expect(
      screen.getByText('402 days to sunset (Dec 31, 2027)'),
    ).toHaveAttribute('data-urgency', 'calm');

    const checks = within(screen.getByRole('list', { name: 'Creed checks' }));
    const items = checks.getAllByRole('listitem');
    expect(items).toHaveLength(5);
    // Problems first: fail, unknown, waived, then pass.
    expect(within(items[0]).getByText('Fail')).toBeInTheDocument();
    expect(within(items[0]).getByText('Cost-centre tag')).toBeInTheDocument();
    expect(
      within(screen.getByTestId('check-encryption-at-rest')).getByText(
        'Unknown',
      ),
    ).toBeInTheDocument();
    const waived = screen.getByTestId('check-runbook');
    expect(within(waived).getByText('Waived')).toBeInTheDocument();
    expect(
      within(waived).getByText(
        /Waived until Mar 12, 2027: Runbook lands with the Nimbus cut-over/,
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('check-prometheus-metrics')).getByText('Pass'),
    ).toBeInTheDocument();

    // Remediation links and the age of each result.
    expect(
      within(items[0]).getByRole('link', {
        name: /Set metadata.labels.cost-center/,
      }),
    ).toHaveAttribute('href', 'https://example.com/golden-path/cost-tagging');
    expect(
      within(items[0]).getByText('Checked 3 minutes ago'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '1 of 5 pass · 2 failing · 1 waived · 1 unknown · 1 must item failing',
      ),
    ).toBeInTheDocument();
  });

  it('never renders a javascript: remediation URL as a link', async () => {
    const checks = makeChecks().map(c =>
      c.id === 'cost-center'
        ? {
            ...c,
            // eslint-disable-next-line no-script-url -- the URL under test
            remediation: { text: 'Click me', url: 'javascript:alert(1)' },
          }
        : c,
    );
    ctx.fake.putCard(makeCard({ checks }));
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    const item = await screen.findByTestId('check-cost-center');
    expect(within(item).getByText('Click me')).toBeInTheDocument();
    expect(within(item).queryByRole('link')).not.toBeInTheDocument();
  });

  it('turns the sunset urgent as it nears, but not for services that are done', async () => {
    ctx.fake.putCard(makeCard({ daysToSunset: 20 }));
    ctx.fake.putCard(
      makeCard({
        entityRef: 'component:default/done-service',
        stage: 'migrated',
        live: true,
        daysToSunset: 20,
      }),
    );
    const { unmount } = await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    expect(
      await screen.findByText('Urgent: 20 days to sunset (Dec 31, 2027)'),
    ).toHaveAttribute('data-urgency', 'urgent');
    unmount();

    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity('done-service'),
    });
    expect(
      await screen.findByText('Done before the sunset on Dec 31, 2027'),
    ).toHaveAttribute('data-urgency', 'calm');
    expect(screen.getByText('Live on nimbus')).toBeInTheDocument();
  });

  it('shows retired as an outcome instead of a step', async () => {
    ctx.fake.putCard(makeCard({ stage: 'retired' }));
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    expect(
      await screen.findByText(/Shut down instead of moved/),
    ).toBeInTheDocument();
    expect(screen.queryByText('(current stage)')).not.toBeInTheDocument();
  });

  it('hides "Update stage" when the permission is denied', async () => {
    ctx.fake.putCard(
      makeCard({ entityRef: 'component:default/someone-elses-service' }),
    );
    const { authorize } = await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity('someone-elses-service'),
      allow: name => name !== 'solo-trek.stage.update',
    });
    expect(await screen.findByText("Pilgrim's Creed")).toBeInTheDocument();
    await waitFor(() =>
      expect(authorize).toHaveBeenCalledWith(
        expect.objectContaining({
          permission: expect.objectContaining({
            name: 'solo-trek.stage.update',
          }),
          resourceRef: 'component:default/someone-elses-service',
        }),
      ),
    );
    expect(
      screen.queryByRole('button', { name: /Update stage/ }),
    ).not.toBeInTheDocument();
  });

  it('requires a note for backward moves, then updates the card', async () => {
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', { name: /Update stage/ }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Update stage' });

    await user.click(within(dialog).getByRole('button', { name: /New stage/ }));
    await user.click(await screen.findByRole('option', { name: 'Planning' }));
    expect(
      within(dialog).getByLabelText(/Note \(required when moving back\)/),
    ).toBeInTheDocument();

    const requestsBefore = ctx.fake.requests.length;
    await user.click(
      within(dialog).getByRole('button', { name: 'Save stage' }),
    );
    expect(
      within(dialog).getByText(
        'Moving back needs a note, so the history explains itself.',
      ),
    ).toBeInTheDocument();
    // Client-side validation: nothing was sent.
    expect(ctx.fake.requests.length).toBe(requestsBefore);

    await user.type(
      within(dialog).getByLabelText(/Note/),
      'Staging cluster was decommissioned',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Save stage' }),
    );

    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(await screen.findByTestId('current-stage')).toHaveTextContent(
      'Stage: Planning',
    );
    const card = ctx.fake.getCard(
      'nimbus',
      'component:default/ledger-service',
    )!;
    expect(card.stage).toBe('planning');
    expect(card.history[card.history.length - 1].note).toBe(
      'Staging cluster was decommissioned',
    );
  });

  it('shows the server error in the dialog and keeps it open', async () => {
    ctx.server.use(
      http.post(
        `${BASE_URL}/migrations/:id/entities/:kind/:ns/:name/stage`,
        () =>
          HttpResponse.json(
            {
              error: {
                name: 'InputError',
                message:
                  'Moving back from in-progress to planning needs a note',
              },
              request: { method: 'POST', url: '/x' },
              response: { statusCode: 400 },
            },
            { status: 400 },
          ),
      ),
    );
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', { name: /Update stage/ }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Update stage' });
    await user.click(within(dialog).getByRole('button', { name: /New stage/ }));
    await user.click(await screen.findByRole('option', { name: 'Migrated' }));
    await user.click(
      within(dialog).getByRole('button', { name: 'Save stage' }),
    );

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Moving back from in-progress to planning needs a note',
    );
    expect(
      screen.getByRole('dialog', { name: 'Update stage' }),
    ).toBeInTheDocument();
    // The card still shows the old stage.
    expect(screen.getByTestId('current-stage')).toHaveTextContent(
      'Stage: In progress',
    );
  });

  it('shows a 403 from the server in the dialog', async () => {
    ctx.fake.canUpdateStage = false;
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', { name: /Update stage/ }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Update stage' });
    await user.click(within(dialog).getByRole('button', { name: /New stage/ }));
    await user.click(await screen.findByRole('option', { name: 'Migrated' }));
    await user.click(
      within(dialog).getByRole('button', { name: 'Save stage' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Only the owners of component:default/ledger-service may update its stage',
    );
  });

  it('does not offer stages below migrated for a live service', async () => {
    ctx.fake.putCard(makeCard({ stage: 'migrated', live: true }));
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', { name: /Update stage/ }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Update stage' });
    await user.click(within(dialog).getByRole('button', { name: /New stage/ }));
    expect(
      await screen.findByRole('option', { name: 'In progress' }),
    ).toHaveAttribute('aria-disabled', 'true');
    expect(
      screen.getByRole('option', { name: 'Decommissioned' }),
    ).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('shows a selector when several migrations include the entity', async () => {
    ctx.fake.migrations.push(kubeMigration);
    ctx.fake.putCard(
      makeCard({
        migrationId: 'kube',
        stage: 'planning',
        sunset: '2027-03-31',
      }),
    );
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    const tabs = await screen.findByRole('tablist', { name: 'Migrations' });
    expect(within(tabs).getAllByRole('tab')).toHaveLength(2);
    expect(screen.getByTestId('current-stage')).toHaveTextContent(
      'Stage: In progress',
    );

    const user = userEvent.setup({ delay: null });
    await user.click(
      within(tabs).getByRole('tab', { name: 'VMs to Kubernetes' }),
    );
    expect(await screen.findByTestId('current-stage')).toHaveTextContent(
      'Stage: Planning',
    );
    expect(screen.getByText(/Mar 31, 2027/)).toBeInTheDocument();
  });

  it('opens the migration a link names (?migration=), as nudges link', async () => {
    ctx.fake.migrations.push(kubeMigration);
    ctx.fake.putCard(
      makeCard({
        migrationId: 'kube',
        stage: 'planning',
        sunset: '2027-03-31',
      }),
    );
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
      path: '/catalog/default/component/ledger-service?migration=kube',
    });
    const tabs = await screen.findByRole('tablist', { name: 'Migrations' });
    expect(
      within(tabs).getByRole('tab', { name: 'VMs to Kubernetes' }),
    ).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('current-stage')).toHaveTextContent(
      'Stage: Planning',
    );
  });

  it('shows the next reminder the owners will get', async () => {
    ctx.fake.putCard(
      makeCard({
        stage: 'planning',
        nextNudge: {
          on: '2027-12-01',
          inDays: 12,
          topic: 'solo-trek.sunset',
          title: '30 days to sunset',
        },
      }),
    );
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    expect(await screen.findByTestId('next-reminder')).toHaveTextContent(
      'Next reminder in 12 days: 30 days to sunset',
    );
  });

  it('shows no reminder without one (nudges off, or done)', async () => {
    ctx.fake.putCard(makeCard({ stage: 'planning' }));
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    expect(await screen.findByTestId('current-stage')).toBeInTheDocument();
    expect(screen.queryByTestId('next-reminder')).not.toBeInTheDocument();
  });

  it('skips migrations that do not include the entity', async () => {
    ctx.fake.migrations.unshift(kubeMigration);
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    expect(await screen.findByTestId('current-stage')).toHaveTextContent(
      'Stage: In progress',
    );
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    expect(
      screen.getByText('Move to the Nimbus platform (legacy-dc → nimbus)'),
    ).toBeInTheDocument();
  });
});
