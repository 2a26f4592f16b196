import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntitySoloTrekContent } from './EntitySoloTrekContent';
import { makeCard } from '../../__fixtures__/data';
import {
  renderWithSoloTrek,
  serviceEntity,
  setupSoloTrekServer,
} from '../../__testUtils__/render';

jest.setTimeout(30_000);

describe('rollbacks in the entity views', () => {
  const ctx = setupSoloTrekServer();

  it('shows a rollback in the stage history with who, why, the go-live it undid and the post-mortem', async () => {
    const card = makeCard();
    ctx.fake.putCard({
      ...card,
      stage: 'in-progress',
      history: [
        ...card.history,
        {
          id: 9,
          fromStage: 'migrated',
          toStage: 'in-progress',
          source: 'default',
          actor: 'live signal',
          note: 'The catalog no longer shows it live',
          at: new Date().toISOString(),
          rollback: {
            wentLiveAt: '2026-09-14T00:00:00.000Z',
            postMortemUrl: 'https://wiki.example.com/pm/42',
          },
        },
      ],
    });
    await renderWithSoloTrek(<EntitySoloTrekContent />, {
      entity: serviceEntity(),
    });
    const timeline = await screen.findByRole('list', { name: 'Stage history' });
    const newest = within(timeline).getAllByRole('listitem')[0];
    expect(newest).toHaveTextContent('Rollback');
    expect(newest).toHaveTextContent('Moved back by live signal');
    expect(newest).toHaveTextContent('Had gone live');
    expect(
      within(newest).getByRole('link', { name: /Post-mortem/ }),
    ).toHaveAttribute('href', 'https://wiki.example.com/pm/42');
  });

  it('asks why and offers a post-mortem link when an owner moves a migrated service back', async () => {
    ctx.fake.putCard(makeCard({ stage: 'migrated', live: false }));
    await renderWithSoloTrek(<EntitySoloTrekContent />, {
      entity: serviceEntity(),
    });
    await userEvent.click(
      await screen.findByRole('button', { name: /Update stage/ }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Update stage' });
    await userEvent.click(
      within(dialog).getByRole('button', { name: /Migrated/ }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: 'In progress' }),
    );
    expect(
      within(dialog).getByText(/This is a rollback: the service leaves/),
    ).toBeInTheDocument();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Post-mortem link/ }),
      'not a link',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save stage' }),
    );
    expect(
      await within(dialog).findByText(
        'Moving back needs a note, so the history explains itself.',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'Give an http or https link, or leave it empty.',
      ),
    ).toBeInTheDocument();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Why did it roll back/ }),
      'Latency doubled',
    );
    const link = within(dialog).getByRole('textbox', {
      name: /Post-mortem link/,
    });
    await userEvent.clear(link);
    await userEvent.type(link, 'https://wiki.example.com/pm/7');
    const sent = new Promise<any>(resolve => {
      ctx.server.events.on('request:start', async ({ request }) => {
        if (request.url.endsWith('/stage'))
          resolve(await request.clone().json());
      });
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save stage' }),
    );
    expect(await sent).toEqual({
      stage: 'in-progress',
      note: 'Latency doubled',
      postMortemUrl: 'https://wiki.example.com/pm/7',
    });
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });
});
