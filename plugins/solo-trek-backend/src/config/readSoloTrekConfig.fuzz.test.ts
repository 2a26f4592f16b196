import { ConfigReader } from '@backstage/config';
import fc from 'fast-check';
import { nimbusConfig } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from './readSoloTrekConfig';

/**
 * Whatever the config holds, loading it either works or fails with a
 * message naming the key path: never a TypeError or another crash.
 */
describe('readSoloTrekConfig under generated config', () => {
  let checked = 0;
  function expectLoadsOrNamesTheKey(soloTrek: unknown) {
    checked++;
    try {
      readSoloTrekConfig(new ConfigReader({ soloTrek } as any));
    } catch (error) {
      expect((error as Error).name).toBe('RuleConfigError');
      expect((error as Error).message).toMatch(
        /^Invalid config at soloTrek(\.|\[|: )/,
      );
    }
  }

  it('survives arbitrary documents', () => {
    const start = checked;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), doc =>
        expectLoadsOrNamesTheKey(doc),
      ),
      { numRuns: 2000 },
    );
    expect(checked - start).toBe(2000);
  });

  it('survives arbitrary values at any key of a valid config', () => {
    // Paths into the example config, to replace with generated values.
    const paths: Array<Array<string | number>> = [];
    const walk = (node: unknown, path: Array<string | number>) => {
      paths.push(path);
      if (Array.isArray(node))
        node.forEach((child, i) => walk(child, [...path, i]));
      else if (node && typeof node === 'object') {
        for (const [key, child] of Object.entries(node))
          walk(child, [...path, key]);
      }
    };
    walk(nimbusConfig, []);
    const start = checked;
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter(p => p.length > 0)),
        fc.jsonValue({ maxDepth: 3 }),
        (path, value) => {
          const config = JSON.parse(JSON.stringify(nimbusConfig));
          let node = config;
          for (const key of path.slice(0, -1)) node = node[key];
          node[path[path.length - 1]] = value;
          expectLoadsOrNamesTheKey(config);
        },
      ),
      { numRuns: 3000 },
    );
    expect(checked - start).toBe(3000);
  });
});
