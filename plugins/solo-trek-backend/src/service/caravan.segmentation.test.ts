import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { withCatalogRelations } from '@internal/demo-catalog';
import { nimbusConfig } from '../__testUtils__/fixtures';
import { startServices } from '../__testUtils__/services';
import { readSoloTrekConfig } from '../config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from '../database/DatabaseSoloTrekStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const ids = databases.eachSupportedId();
const bob = mockCredentials.user('user:default/bob');

const component = (
  name: string,
  spec: Record<string, unknown>,
  labels: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, labels },
  spec: {
    type: 'service',
    lifecycle: 'experimental',
    owner: 'group:default/payments',
    ...spec,
  },
});

// The catalog's relations, as the catalog computes them from the specs.
const entities = withCatalogRelations([
  component(
    'ledger',
    {
      dependsOn: ['resource:default/ledger-db', 'component:default/audit'],
      providesApis: ['ledger-api'],
    },
    { 'data-classification': 'restricted', tier: 'tier-3' },
  ),
  component('shop', { consumesApis: ['ledger-api'] }),
  component('billing', { consumesApis: ['ledger-api'] }),
  component('audit', {}),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'ledger-db' },
    spec: { type: 'database', owner: 'group:default/payments' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name: 'ledger-api' },
    spec: {
      type: 'openapi',
      lifecycle: 'production',
      owner: 'group:default/payments',
      definition: 'openapi: 3.0.0',
    },
  },
]) as Entity[];

describe.each(ids)('the quadrant from catalog signals on %p', databaseId => {
  it("explains each axis on the card with the scan's data gravity and the consumers of its APIs, and regulatory scope from config", async () => {
    const knex = await databases.init(databaseId);
    const store = await DatabaseSoloTrekStore.create({
      database: mockServices.database({ knex, migrations: { skip: false } }),
    });
    const data = JSON.parse(JSON.stringify(nimbusConfig));
    data.migrations[0].segmentation = {
      complexityThreshold: 4,
      fanIn: { apiConsumerWeight: 1 },
      dataGravity: { resourceTypes: ['database'], weight: 2 },
      regulatoryScope: { label: 'data-classification', equals: 'restricted' },
    };
    const config = readSoloTrekConfig(new ConfigReader({ soloTrek: data }));
    const app = startServices({ store, config, entities });
    await app.scanner.scan(config.migrations[0]);
    const card = await app.service.getCard(
      'nimbus',
      'component:default/ledger',
      bob,
    );
    expect(card.segmentation?.criticality).toMatchObject({
      level: 'high',
      source: 'signals',
    });
    expect(card.segmentation?.criticality.signals[0]).toMatchObject({
      name: 'regulatory scope',
      effect: 'high',
      decisive: true,
    });
    expect(
      card.segmentation?.complexity.signals.map(s => [
        s.name,
        s.value,
        s.effect,
        s.refs,
      ]),
    ).toEqual([
      [
        'coupling (dependsOn, consumesApi)',
        1,
        '+1',
        ['component:default/audit'],
      ],
      [
        'fan-in (consumers of its APIs)',
        2,
        '+2',
        ['component:default/shop', 'component:default/billing'],
      ],
      ['data gravity (database)', 1, '+2', ['resource:default/ledger-db']],
    ]);
    expect(card.quadrant).toEqual({ criticality: 'high', complexity: 'high' });
    expect(card.track).toBe('caravan');
  });
});
