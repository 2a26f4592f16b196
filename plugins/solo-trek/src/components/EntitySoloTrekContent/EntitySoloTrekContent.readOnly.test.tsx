import { screen, waitFor } from '@testing-library/react';
import { EntitySoloTrekContent } from './EntitySoloTrekContent';
import { makeCard } from '../../__fixtures__/data';
import {
  renderWithSoloTrek,
  serviceEntity,
  setupSoloTrekServer,
} from '../../__testUtils__/render';
import { fakeWave } from '../../__testUtils__/caravanHandlers';

// A file of its own: permission decisions are cached per permission, so the
// denied case must not share a module registry with the allowed one.
// MUI dialogs and menus are slow to render in jsdom.
jest.setTimeout(30_000);

describe('EntitySoloTrekContent without platform permissions', () => {
  const ctx = setupSoloTrekServer();

  it('hides waiver, waiver request, wave, track, stage and refresh controls', async () => {
    ctx.fake.putCard(
      makeCard({
        entityRef: 'component:default/read-only-service',
        track: 'caravan',
        wave: 'wave-2',
        waveDetail: {
          ...fakeWave('wave-2', {
            title: 'Wave 2',
            order: 2,
            plannedStart: '2027-04-01',
            plannedEnd: '2027-09-30',
          }),
          warnings: [],
        },
      }),
    );
    const { authorize } = await renderWithSoloTrek(<EntitySoloTrekContent />, {
      entity: serviceEntity('read-only-service'),
      allow: () => false,
    });
    expect(
      await screen.findByText('Runbook lands with the Nimbus cut-over'),
    ).toBeInTheDocument();
    expect(screen.getByText(/This service moves in/)).toBeInTheDocument();
    await waitFor(() => expect(authorize).toHaveBeenCalledTimes(6));
    expect(
      authorize.mock.calls.map(([request]) => request.permission.name).sort(),
    ).toEqual([
      'solo-trek.entity.refresh',
      'solo-trek.stage.update',
      'solo-trek.track.manage',
      'solo-trek.waiver.manage',
      'solo-trek.waiver.request',
      'solo-trek.wave.manage',
    ]);
    expect(
      screen.queryByRole('button', { name: 'Add waiver' }),
    ).not.toBeInTheDocument();
    // Nor may they ask for one: they do not own the service.
    expect(
      screen.queryByRole('button', { name: /Request a waiver/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Remove waiver/ }),
    ).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Wave')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Decide the track' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Update stage/ }),
    ).not.toBeInTheDocument();
    // Re-evaluating runs the service's probes: owners and the platform team only.
    expect(
      screen.queryByRole('button', { name: 'Re-evaluate now' }),
    ).not.toBeInTheDocument();
  });
});
