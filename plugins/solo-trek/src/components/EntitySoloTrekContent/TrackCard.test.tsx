import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntitySoloTrekContent } from './EntitySoloTrekContent';
import { EntitySoloTrekCard } from '../EntitySoloTrekCard';
import { makeCard } from '../../__fixtures__/data';
import {
  renderWithSoloTrek,
  serviceEntity,
  setupSoloTrekServer,
} from '../../__testUtils__/render';

jest.setTimeout(30_000);

const drifted = () =>
  makeCard({
    quadrant: { criticality: 'high', complexity: 'high' },
    trackDrift: {
      computedTrack: 'caravan',
      reason:
        'The quadrant now gives the Caravan track: criticality high: tier label "tier" is tier-0; complexity high: score 4 ≥ 4 (+4 dependsOn). It stays on the Solo Trek track until the platform team decides otherwise.',
    },
  });

describe('pinned tracks in the entity views', () => {
  const ctx = setupSoloTrekServer();

  it('flags drift on the card with its reason, says how the track was pinned, and explains the quadrant', async () => {
    ctx.fake.putCard(drifted());
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    expect(
      await screen.findByText('Track drift: the quadrant now says Caravan'),
    ).toBeInTheDocument();
    expect(screen.getByText(/score 4 ≥ 4/)).toBeInTheDocument();
    expect(
      screen.getByText(/Solo Trek track pinned at the first evaluation/),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Why this quadrant?' }),
    );
    const signals = await screen.findByRole('table', {
      name: 'Business criticality signals',
    });
    expect(within(signals).getByText('tier-3')).toBeInTheDocument();
  });

  it('lets the platform team move the service to the other track, with a note', async () => {
    ctx.fake.putCard(drifted());
    await renderWithSoloTrek(<EntitySoloTrekContent />, {
      entity: serviceEntity(),
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Decide the track' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Decide the track',
    });
    // The drift's track is suggested; a note is required.
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Change track' }),
    );
    expect(
      await within(dialog).findByText(/Say why, in at least 3 characters/),
    ).toBeInTheDocument();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Why/ }),
      'Crown jewel: wave 2 with the ledger',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Change track' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    const decisions = screen.getByRole('list', { name: 'Track decisions' });
    expect(within(decisions).getAllByRole('listitem')[0]).toHaveTextContent(
      'Moved to the Caravan track by user:default/guest',
    );
    expect(within(decisions).getAllByRole('listitem')[0]).toHaveTextContent(
      'Crown jewel: wave 2 with the ledger',
    );
    const put = ctx.fake.requests.find(r => r.pathname.endsWith('/track'));
    expect(put).toBeDefined();
  });

  it('offers no decision to who may not make it', async () => {
    await renderWithSoloTrek(<EntitySoloTrekContent />, {
      entity: serviceEntity(),
      allow: name => name !== 'solo-trek.track.manage',
    });
    expect(
      await screen.findByRole('list', { name: 'Track decisions' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Decide the track' }),
    ).not.toBeInTheDocument();
  });
});
