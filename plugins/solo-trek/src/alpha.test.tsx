import {
  ApiBlueprint,
  coreExtensionData,
} from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { Entity } from '@backstage/catalog-model';
import plugin, { soloTrekTranslationRef } from './alpha';
import { soloTrekApiRef } from './api';

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'ledger' },
};
const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments' },
};

describe('solo-trek (new frontend system)', () => {
  it('is the solo-trek plugin', () => {
    expect(plugin.id).toBe('solo-trek');
  });

  it('exports the translation ref, so an app can override its messages', () => {
    expect(soloTrekTranslationRef.id).toBe('solo-trek');
  });

  it('provides the page as page:solo-trek, so the sidebar finds it', () => {
    const tester = createExtensionTester(plugin.getExtension('page:solo-trek'));
    expect(tester.get(coreExtensionData.routePath)).toBe('/solo-trek');
    expect(tester.get(coreExtensionData.title)).toBe('Solo Trek');
    expect(tester.get(coreExtensionData.icon)).toBeDefined();
  });

  it('provides the API', () => {
    const factory = createExtensionTester(
      plugin.getExtension('api:solo-trek'),
    ).get(ApiBlueprint.dataRefs.factory);
    expect(factory.api.id).toBe(soloTrekApiRef.id);
    expect(Object.keys(factory.deps).sort()).toEqual([
      'discoveryApi',
      'fetchApi',
    ]);
  });

  it('puts the migration card and tab on components only', () => {
    const card = createExtensionTester(
      plugin.getExtension('entity-card:solo-trek/migration'),
    ).get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(card(component)).toBe(true);
    expect(card(group)).toBe(false);

    const content = createExtensionTester(
      plugin.getExtension('entity-content:solo-trek/migration'),
    );
    expect(content.get(EntityContentBlueprint.dataRefs.title)).toBe(
      'Migration',
    );
    expect(content.get(coreExtensionData.routePath)).toBe('migration');
    const contentFilter = content.get(
      EntityContentBlueprint.dataRefs.filterFunction,
    )!;
    expect(contentFilter(component)).toBe(true);
    expect(contentFilter(group)).toBe(false);
  });

  it('puts the team card and the leaderboard on groups only', () => {
    for (const id of [
      'entity-card:solo-trek/team-migration',
      'entity-card:solo-trek/leaderboard',
    ] as const) {
      const filter = createExtensionTester(plugin.getExtension(id)).get(
        EntityCardBlueprint.dataRefs.filterFunction,
      )!;
      expect(filter(group)).toBe(true);
      expect(filter(component)).toBe(false);
    }
  });

  it('offers the leaderboard as a home page widget', () => {
    const widget = createExtensionTester(
      plugin.getExtension('home-page-widget:solo-trek/leaderboard'),
    ).get(HomePageWidgetBlueprint.dataRefs.widget);
    expect(widget.name).toBe('SoloTrekLeaderboard');
    expect(widget.title).toBe('Migration leaderboard');
  });
});
