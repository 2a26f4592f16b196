import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntityOutcomesStrip } from './EntityOutcomesStrip';
import { EntitySoloTrekCard } from '../EntitySoloTrekCard';
import { makeCard, nimbusMigration } from '../../__fixtures__/data';
import { makeEntityOutcomes } from '../../__fixtures__/outcomes';
import { outcomesOf } from '../../__testUtils__/outcomeHandlers';
import {
  renderWithSoloTrek,
  serviceEntity,
  setupSoloTrekServer,
} from '../../__testUtils__/render';

jest.setTimeout(30_000);

const REF = 'component:default/ledger-service';

describe('EntityOutcomesStrip', () => {
  const ctx = setupSoloTrekServer();
  const put = (overrides: Parameters<typeof makeEntityOutcomes>[0] = {}) =>
    outcomesOf(ctx.fake).entities.set(
      `nimbus|${REF}`,
      makeEntityOutcomes(overrides),
    );

  it("shows the service's own numbers before and after", async () => {
    put({ pulse: { ...makeEntityOutcomes().pulse, status: 'not-live' } });
    await renderWithSoloTrek(
      <EntityOutcomesStrip migration={nimbusMigration} entityRef={REF} />,
    );
    const strip = await screen.findByRole('table', {
      name: 'Before and after',
    });
    expect(screen.getByRole('row', { name: /Deployments/ })).toHaveTextContent(
      'Deployments8 per 30 days → 21 per 30 days+162.5% (better)',
    );
    expect(
      screen.getByRole('row', { name: /Cost per month/ }),
    ).toHaveTextContent('+10% (worse)');
    expect(strip).toBeInTheDocument();
    expect(screen.queryByText('How is life on the new platform?')).toBeNull();
  });

  it('asks the owner the pulse once it is open, and lets them change the answer', async () => {
    put();
    await renderWithSoloTrek(
      <EntityOutcomesStrip migration={nimbusMigration} entityRef={REF} />,
    );
    const question = await screen.findByRole('region', {
      name: 'How is life on the new platform?',
    });
    expect(question).toHaveTextContent('never per person');
    const user = userEvent.setup({ delay: null });
    const send = screen.getByRole('button', { name: 'Send answer' });
    expect(send).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '4: Better' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Comment (optional)' }),
      'Deploys are quick',
    );
    await user.click(send);
    expect(
      await screen.findByText(/Your pulse: 4 of 5 \(Better\)/),
    ).toBeInTheDocument();
    expect(outcomesOf(ctx.fake).answers).toEqual([
      { score: 4, comment: 'Deploys are quick', entityRef: REF },
    ]);

    await user.click(screen.getByRole('button', { name: 'Change answer' }));
    await user.click(screen.getByRole('button', { name: '5: Much better' }));
    await user.click(screen.getByRole('button', { name: 'Save answer' }));
    expect(
      await screen.findByText(/Your pulse: 5 of 5 \(Much better\)/),
    ).toBeInTheDocument();
  });

  it('does not ask who does not own the service, nor before the pulse opens', async () => {
    put({
      values: [],
      pulse: { ...makeEntityOutcomes().pulse, canAnswer: false },
    });
    const { container } = await renderWithSoloTrek(
      <EntityOutcomesStrip migration={nimbusMigration} entityRef={REF} />,
    );
    await waitFor(() =>
      expect(
        ctx.fake.requests.some(u => u.pathname.endsWith('/outcomes')),
      ).toBe(true),
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('is part of the migration card', async () => {
    ctx.fake.putCard(
      makeCard({ entityRef: REF, stage: 'migrated', live: true }),
    );
    put();
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity('ledger-service'),
    });
    expect(
      await screen.findByRole('region', {
        name: 'How is life on the new platform?',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Before and after the move' }),
    ).toBeInTheDocument();
  });
});
