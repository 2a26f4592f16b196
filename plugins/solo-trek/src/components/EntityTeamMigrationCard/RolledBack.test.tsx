import { screen, within } from '@testing-library/react';
import { EntityTeamMigrationCard } from './EntityTeamMigrationCard';
import { makeTeamServices } from '../../__fixtures__/data';
import {
  groupEntity,
  renderWithSoloTrek,
  setupSoloTrekServer,
} from '../../__testUtils__/render';

jest.setTimeout(30_000);

describe('EntityTeamMigrationCard and rollbacks', () => {
  const ctx = setupSoloTrekServer();

  it('marks a rolled-back service apart from the never-started ones', async () => {
    const services = makeTeamServices();
    services.items = [
      {
        ...services.items[0],
        entityRef: 'component:default/order-engine',
        title: 'Order engine',
        stage: 'not-started',
        rolledBackAt: new Date(Date.now() - 7 * 86_400_000).toISOString(),
      },
      {
        ...services.items[0],
        entityRef: 'component:default/quiet-one',
        title: 'Quiet one',
        stage: 'not-started',
        rolledBackAt: null,
      },
    ];
    ctx.fake.teamServices.set('nimbus|group:default/payments', services);
    await renderWithSoloTrek(<EntityTeamMigrationCard />, {
      entity: groupEntity(),
    });
    const rolled = (await screen.findByText('Order engine')).closest(
      'tr',
    ) as HTMLElement;
    expect(
      within(rolled).getByText('Rolled back 7 days ago'),
    ).toBeInTheDocument();
    const quiet = screen.getByText('Quiet one').closest('tr') as HTMLElement;
    expect(within(quiet).queryByText(/Rolled back/)).not.toBeInTheDocument();
  });
});
