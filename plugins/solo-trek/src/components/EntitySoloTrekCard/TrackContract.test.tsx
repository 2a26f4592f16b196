import { screen, within } from '@testing-library/react';
import { EntitySoloTrekCard } from './EntitySoloTrekCard';
import { makeCard, nimbusMigration } from '../../__fixtures__/data';
import { fakeWave, cardWaveOf } from '../../__testUtils__/caravanHandlers';
import {
  renderWithSoloTrek,
  serviceEntity,
  setupSoloTrekServer,
} from '../../__testUtils__/render';

jest.setTimeout(30_000);

const tracks = {
  soloTrek: {
    docsUrl: 'https://docs.example.com/nimbus/self-service',
    supportChannelUrl: 'https://chat.example.com/c/nimbus-help',
    officeHours: 'Thursdays 14:00–15:00 CET',
  },
  caravan: {
    docsUrl: 'https://docs.example.com/nimbus/caravan-plan',
    liaison: 'group:default/platform-team',
  },
};

describe("the track's contract on the card", () => {
  const ctx = setupSoloTrekServer();

  it('shows a Solo Trek service its self-service docs, support channel, office hours and the why', async () => {
    ctx.fake.migrations = [{ ...nimbusMigration, tracks }];
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    const panel = await screen.findByRole('region', { name: 'Your track' });
    expect(panel).toHaveTextContent(`Why: ${nimbusMigration.description}`);
    expect(
      within(panel).getByRole('link', {
        name: "See the migration's dashboard",
      }),
    ).toHaveAttribute('href', '/solo-trek');
    expect(
      within(panel).getByRole('link', { name: /Self-service docs/ }),
    ).toHaveAttribute('href', tracks.soloTrek.docsUrl);
    expect(
      within(panel).getByRole('link', { name: /Support channel/ }),
    ).toHaveAttribute('href', tracks.soloTrek.supportChannelUrl);
    expect(panel).toHaveTextContent('Office hours: Thursdays 14:00–15:00 CET');
    expect(panel).not.toHaveTextContent('Caravan plan');
  });

  it("shows a Caravan service its wave's dates, the plan and the liaison", async () => {
    ctx.fake.migrations = [{ ...nimbusMigration, tracks }];
    const wave = fakeWave('wave-2', {
      title: 'Wave 2',
      order: 2,
      plannedStart: '2027-01-11',
      plannedEnd: '2027-04-30',
    });
    ctx.fake.putCard(
      makeCard({
        track: 'caravan',
        wave: 'wave-2',
        waveDetail: cardWaveOf(wave, 'component:default/ledger-service'),
      }),
    );
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    const panel = await screen.findByRole('region', { name: 'Your track' });
    expect(panel).toHaveTextContent('Wave 2: ');
    expect(panel).toHaveTextContent('2027');
    expect(
      within(panel).getByRole('link', { name: /The Caravan plan/ }),
    ).toHaveAttribute('href', tracks.caravan.docsUrl);
    expect(panel).toHaveTextContent('Liaison:');
    expect(within(panel).getByText(/platform-team/)).toBeInTheDocument();
    expect(panel).not.toHaveTextContent('Office hours');
  });

  it('says so when the platform team has not described the track', async () => {
    await renderWithSoloTrek(<EntitySoloTrekCard />, {
      entity: serviceEntity(),
    });
    const panel = await screen.findByRole('region', { name: 'Your track' });
    expect(panel).toHaveTextContent(
      "The platform team has not described this track's support yet.",
    );
  });
});
