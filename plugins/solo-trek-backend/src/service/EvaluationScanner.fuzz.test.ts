import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fc from 'fast-check';
import { nimbusConfig } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from '../config/readSoloTrekConfig';
import { DatabaseSoloTrekStore } from '../database/DatabaseSoloTrekStore';
import { EvaluationScanner } from './EvaluationScanner';
import { FactCollector } from './FactCollector';

jest.setTimeout(300_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const [nimbus] = readSoloTrekConfig(
  new ConfigReader({ soloTrek: nimbusConfig }),
).migrations;

/** Any string: every plane, lone surrogates, control characters and NUL. */
const anyString = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.constantFrom(
      '\u0000',
      'a\u0000b',
      '\u0001\u001f\u007f',
      '\ud800',
      '\udfff x',
    ),
  );

/** Values the catalog stores whatever their size: titles, annotations, owners. */
const huge = fc.oneof(
  anyString(64),
  fc
    .tuple(anyString(8), fc.integer({ min: 600, max: 100_000 }))
    .map(([s, n]) => (s || 'x').repeat(Math.ceil(n / (s.length || 1)))),
);

const annotationKey = fc.constantFrom(
  'nimbus.io/cluster',
  'nimbus.io/encryption',
  'prometheus.io/scrape',
  'solo-trek.io/stage',
  'solo-trek.io/wave',
  'solo-trek.io/migrated-at',
  'example.com/other',
);

const relation = fc.record({
  type: fc.constantFrom('ownedBy', 'dependsOn', 'consumesApi', 'partOf', 'x'),
  targetRef: fc.oneof(
    fc.constantFrom('group:default/payments', 'component:default/db'),
    huge,
  ),
});

/** Deeply nested spec content, as a YAML file can hold. */
const deep = fc.integer({ min: 1, max: 300 }).map(depth => {
  let value: any = 'leaf\u0000';
  for (let i = 0; i < depth; i++) value = { nested: value };
  return value;
});

function entityArb(name: string): fc.Arbitrary<Entity> {
  return fc
    .record({
      title: fc.option(huge, { nil: undefined }),
      description: fc.option(huge, { nil: undefined }),
      annotations: fc.dictionary(annotationKey, huge, { maxKeys: 7 }),
      labels: fc.dictionary(
        fc.constantFrom('cost-center', 'tier', 'team'),
        anyString(80),
        { maxKeys: 3 },
      ),
      tags: fc.array(anyString(40), { maxLength: 5 }),
      links: fc.array(fc.record({ url: huge, title: fc.option(huge) }), {
        maxLength: 3,
      }),
      owner: fc.oneof(fc.constant('group:default/payments'), huge),
      lifecycle: fc.oneof(fc.constantFrom('production', 'experimental'), huge),
      relations: fc.array(relation, { maxLength: 400 }),
      deep,
    })
    .map(e => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name,
        namespace: 'default',
        uid: `uid-${name}`,
        title: e.title,
        description: e.description,
        annotations: e.annotations,
        labels: e.labels,
        tags: e.tags,
        links: e.links as any,
      },
      spec: {
        type: 'service',
        owner: e.owner,
        lifecycle: e.lifecycle,
        deep: e.deep,
      },
      relations: e.relations,
    }));
}

/** A page of entities with valid, unique names, as the catalog bounds them. */
const catalogArb = fc
  .integer({ min: 1, max: 12 })
  .chain(n =>
    fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        entityArb(i === 0 ? `e0-${'n'.repeat(60)}` : `e${i}`),
      ),
    ),
  );

describe.each(databases.eachSupportedId())(
  'EvaluationScanner with generated catalogs on %p',
  databaseId => {
    it('gives every entity a result or its own error, and never fails the scan', async () => {
      const knex = await databases.init(databaseId);
      const store = await DatabaseSoloTrekStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      const logger = mockServices.logger.mock();
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(catalogArb, async entities => {
          runs++;
          const scanner = new EvaluationScanner({
            catalog: catalogServiceMock({ entities }),
            auth: mockServices.auth(),
            store,
            facts: new FactCollector([], store, logger),
            logger,
            pageSize: 5,
          });
          const summary = await scanner.scan(nimbus);
          const refs = entities.map(
            e => `component:default/${e.metadata.name}`,
          );
          expect(summary.entities).toBe(entities.length);
          const results = await store.getResults('nimbus', refs);
          const errors = new Set(
            (await store.listEntityErrors('nimbus')).map(e => e.entityRef),
          );
          for (const ref of refs) {
            expect(results.has(ref) || errors.has(ref)).toBe(true);
          }
          const scan = await store.getScan('nimbus');
          expect(scan!.error).toBeNull();
          expect(scan!.failedEntities).toBe(summary.failedEntities);
          expect(errors.size).toBe(summary.failedEntities);
          // And in fact the store holds every value generated so far.
          expect(summary.failedEntities).toBe(0);
          // Titles come back as the catalog gave them, less NUL (lone
          // surrogates become U+FFFD on the way to UTF-8).
          for (const entity of entities) {
            const stored = results.get(
              `component:default/${entity.metadata.name}`,
            );
            if (!stored || entity.metadata.title === undefined) continue;
            expect(stored.title!.length).toBe(
              entity.metadata.title.replaceAll('\u0000', '').length,
            );
            expect(stored.title).not.toContain('\u0000');
          }
        }),
        { numRuns: 25, seed: 1205 },
      );
      expect(runs).toBe(25);
    });
  },
);
