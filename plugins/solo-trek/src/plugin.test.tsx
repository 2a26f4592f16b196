import { getComponentData } from '@backstage/core-plugin-api';
import { rootRouteRef } from './routes';
import {
  EntitySoloTrekCard,
  EntitySoloTrekContent,
  EntityTeamMigrationCard,
  SoloTrekLeaderboardCard,
  SoloTrekPage,
  soloTrekPlugin,
} from './plugin';
import { soloTrekApiRef } from './api';

describe('solo-trek (legacy frontend system)', () => {
  it('exports the plugin with its API', () => {
    expect(soloTrekPlugin.getId()).toBe('solo-trek');
    expect(
      [...soloTrekPlugin.getApis()].map(factory => factory.api.id),
    ).toEqual([soloTrekApiRef.id]);
  });

  it('mounts the dashboard on the root route', () => {
    expect(getComponentData(<SoloTrekPage />, 'core.mountPoint')).toBe(
      rootRouteRef,
    );
    expect(getComponentData(<SoloTrekPage />, 'core.plugin')).toBe(
      soloTrekPlugin,
    );
  });

  it('provides the cards and the tab as component extensions', () => {
    for (const element of [
      <EntitySoloTrekCard />,
      <EntitySoloTrekContent />,
      <EntityTeamMigrationCard />,
      <SoloTrekLeaderboardCard />,
    ]) {
      expect(getComponentData(element, 'core.mountPoint')).toBeUndefined();
      expect(getComponentData(element, 'core.plugin')).toBe(soloTrekPlugin);
    }
  });
});
