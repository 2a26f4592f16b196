import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import { EntitySoloTrekCard } from '../EntitySoloTrekCard';
import { WaiverRequestsQueue } from './WaiverRequestsQueue';
import {
  renderWithSoloTrek,
  serviceEntity,
  setupSoloTrekServer,
} from '../../__testUtils__/render';
import { waiverRequestsOf } from '../../__testUtils__/waiverRequestHandlers';

// MUI dialogs are slow to render in jsdom.
jest.setTimeout(30_000);

const day = (days: number) => DateTime.now().plus({ days }).toISODate() ?? '';

/** An owner: may ask for waivers, may not manage them. */
const owner = (name: string) => name !== 'solo-trek.waiver.manage';

describe('waiver requests', () => {
  const ctx = setupSoloTrekServer();

  async function askFromTheCard() {
    const user = userEvent.setup({ delay: null });
    const item = await screen.findByTestId('check-encryption-at-rest');
    // The button waits for the permission's answer.
    await user.click(
      await within(item).findByRole('button', {
        name: 'Request a waiver of Data encrypted at rest',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Request a waiver',
    });
    // The item clicked is chosen already.
    expect(within(dialog).getByLabelText(/Creed item/)).toHaveTextContent(
      'Data encrypted at rest (Unknown)',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Send request' }),
    );
    expect(
      within(dialog).getByText(
        'Say why the service needs more time for this item.',
      ),
    ).toBeInTheDocument();
    await user.type(
      within(dialog).getByLabelText(/Reason/),
      'HSM keys arrive with the Q2 platform release',
    );
    const expiry = within(dialog).getByLabelText(/Needed until/);
    await user.clear(expiry);
    await user.type(expiry, day(60));
    await user.click(
      within(dialog).getByRole('button', { name: 'Send request' }),
    );
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    return user;
  }

  it('an owner asks from the card for a failing should item, and sees it pending', async () => {
    ctx.fake.isPlatformTeam = false;
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
      allow: owner,
    });
    // Must items are never waived: nothing to ask for.
    const must = await screen.findByTestId('check-cost-center');
    expect(
      within(must).queryByRole('button', { name: /Request a waiver/ }),
    ).not.toBeInTheDocument();

    await askFromTheCard();
    const item = screen.getByTestId('check-encryption-at-rest');
    expect(
      await within(item).findByText('Waiver requested, pending'),
    ).toBeInTheDocument();
    expect(
      within(item).queryByRole('button', { name: /Request a waiver/ }),
    ).not.toBeInTheDocument();
    // Owners do not decide.
    expect(
      within(item).queryByRole('button', { name: 'Approve' }),
    ).not.toBeInTheDocument();
    expect(waiverRequestsOf(ctx.fake).requests).toEqual([
      expect.objectContaining({
        creedId: 'encryption-at-rest',
        reason: 'HSM keys arrive with the Q2 platform release',
        requestedExpiresAt: `${day(60)}T23:59:59.999Z`,
        status: 'pending',
      }),
    ]);
  });

  it('the platform team approves from the dashboard queue, only shortening, and the item is waived', async () => {
    const state = waiverRequestsOf(ctx.fake);
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
      allow: owner,
    });
    await askFromTheCard();
    state.caller = 'user:default/pat';

    await renderWithSoloTrek(<WaiverRequestsQueue migrationId="nimbus" />);
    const user = userEvent.setup({ delay: null });
    const queue = await screen.findByRole('list', {
      name: 'Pending waiver requests',
    });
    expect(queue).toHaveTextContent('Ledger service: Data encrypted at rest');
    expect(queue).toHaveTextContent('Asked by user:default/guest');
    await user.click(
      within(queue).getByRole('button', {
        name: 'Approve the waiver of Data encrypted at rest on Ledger service',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Approve the waiver',
    });
    const until = within(dialog).getByLabelText(/Waived until/);
    expect(until).toHaveValue(day(60));
    await user.clear(until);
    await user.type(until, day(90));
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    expect(
      within(dialog).getByText(/At most .*, the date asked for\./),
    ).toBeInTheDocument();
    await user.clear(until);
    await user.type(until, day(30));
    await user.type(within(dialog).getByLabelText(/Note/), 'Q2 is sooner');
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(
      await screen.findByText(
        'No waiver requests waiting. Owners ask from their service’s migration card.',
      ),
    ).toBeInTheDocument();
    expect(state.requests[0]).toMatchObject({
      status: 'approved',
      grantedExpiresAt: `${day(30)}T23:59:59.999Z`,
      decisionNote: 'Q2 is sooner',
    });
    const card = ctx.fake.getCard(
      'nimbus',
      'component:default/ledger-service',
    )!;
    expect(card.checks.find(c => c.id === 'encryption-at-rest')!.status).toBe(
      'waived',
    );
  });

  it('a denial needs a reason, which the owner then reads on the card', async () => {
    const state = waiverRequestsOf(ctx.fake);
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    // The platform team sees Approve and Deny on the card itself.
    const user = await askFromTheCard();
    const item = screen.getByTestId('check-encryption-at-rest');
    await user.click(await within(item).findByRole('button', { name: 'Deny' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Deny the waiver',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Deny' }));
    expect(
      within(dialog).getByText(
        'Say why, so the owner knows what to do instead.',
      ),
    ).toBeInTheDocument();
    await user.type(
      within(dialog).getByLabelText(/Reason/),
      'Use the encrypted storage class',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Deny' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(state.requests[0].status).toBe('denied');
    expect(
      await within(item).findByText(
        'Waiver denied by user:default/guest: Use the encrypted storage class',
      ),
    ).toBeInTheDocument();
    // Denied is closed: the owner may ask again.
    expect(
      within(item).getByRole('button', {
        name: 'Request a waiver of Data encrypted at rest',
      }),
    ).toBeInTheDocument();
  });
  // Last: usePermission caches decisions for the test file (SWR), so a
  // denial here would answer the tests after it.
  it('people who may not ask see no button', async () => {
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
      allow: () => false,
    });
    await screen.findByTestId('check-encryption-at-rest');
    expect(
      screen.queryByRole('button', { name: /Request a waiver/ }),
    ).not.toBeInTheDocument();
  });
});
