import { Entity } from '@backstage/catalog-model';
import { compileRule, FactReader } from './compileRule';
import { parseValuePath } from './valuePath';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'ledger-service',
    annotations: {
      'prometheus.io/scrape': 'true',
      'nimbus.io/encryption': 'kms',
      'backstage.io/techdocs-ref': 'dir:.',
    },
    labels: { 'cost-center': 'cc-1234', replicas: '3' },
    tags: ['java', 'stateless'],
    links: [{ url: 'https://runbooks.example.com/x', type: 'runbook' }],
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/payments',
  },
  relations: [
    { type: 'dependsOn', targetRef: 'component:default/a' },
    { type: 'dependsOn', targetRef: 'component:default/b' },
    { type: 'ownedBy', targetRef: 'group:default/payments' },
  ],
};

const run = (rule: unknown, facts?: FactReader) =>
  compileRule(rule, 'rule').evaluate({ entity, facts });

describe('compileRule', () => {
  describe('leaves', () => {
    it.each([
      [{ annotation: 'prometheus.io/scrape', equals: 'true' }, 'pass'],
      [{ annotation: 'prometheus.io/scrape', equals: true }, 'pass'],
      [{ annotation: 'prometheus.io/scrape', notEquals: 'true' }, 'fail'],
      [{ annotation: 'missing.io/x', notEquals: 'true' }, 'pass'],
      [{ annotation: 'missing.io/x', exists: true }, 'fail'],
      [{ annotation: 'missing.io/x', exists: false }, 'pass'],
      [{ label: 'cost-center', matches: '^cc-[0-9]{4}$' }, 'pass'],
      [{ label: 'cost-center', matches: '^CC' }, 'fail'],
      [{ label: 'missing', matches: '.*' }, 'fail'],
      [{ annotation: 'nimbus.io/encryption', in: ['kms', 'hsm'] }, 'pass'],
      [{ annotation: 'nimbus.io/encryption', in: ['hsm'] }, 'fail'],
      [{ tag: 'stateless' }, 'pass'],
      [{ tag: 'stateful' }, 'fail'],
      [{ tag: 'stateful', exists: false }, 'pass'],
      [{ link: 'runbook' }, 'pass'],
      [{ link: 'dashboard' }, 'fail'],
      [{ relation: 'dependsOn', gte: 2 }, 'pass'],
      [{ relation: 'dependsOn', lte: 1 }, 'fail'],
      [{ relation: 'providesApi', equals: 0 }, 'pass'],
      [{ label: 'replicas', gte: 3 }, 'pass'],
      [{ label: 'cost-center', gte: 3 }, 'fail'],
      [{ path: 'spec.lifecycle', equals: 'production' }, 'pass'],
      [
        {
          path: 'metadata.annotations["backstage.io/techdocs-ref"]',
          exists: true,
        },
        'pass',
      ],
      [{ path: 'metadata.links[0].type', equals: 'runbook' }, 'pass'],
      [{ path: 'metadata.tags', contains: 'java' }, 'pass'],
      [{ path: 'metadata.name', contains: 'ledger' }, 'pass'],
      [{ path: 'spec.nothing.deeper', exists: true }, 'fail'],
    ])('%j is %s', (rule, expected) => {
      expect(run(rule)).toBe(expected);
    });
  });

  describe('combinators', () => {
    const pass = { tag: 'java' };
    const fail = { tag: 'nope' };
    const unknown = { fact: 'http-probe.prometheus_valid', equals: true };

    it.each([
      [{ all: [pass, pass] }, 'pass'],
      [{ all: [pass, fail] }, 'fail'],
      [{ all: [pass, unknown] }, 'unknown'],
      [{ all: [unknown, fail] }, 'fail'],
      [{ any: [fail, pass] }, 'pass'],
      [{ any: [fail, fail] }, 'fail'],
      [{ any: [fail, unknown] }, 'unknown'],
      [{ any: [unknown, pass] }, 'pass'],
      [{ not: pass }, 'fail'],
      [{ not: fail }, 'pass'],
      [{ not: unknown }, 'unknown'],
      [
        {
          all: [
            { any: [fail, { not: { all: [fail] } }] },
            { not: { not: pass } },
          ],
        },
        'pass',
      ],
    ])('%j is %s', (rule, expected) => {
      expect(run(rule)).toBe(expected);
    });
  });

  describe('facts', () => {
    const rule = { fact: 'http-probe.prometheus_valid', equals: true };

    it('is unknown when the fact is unknown, never pass or fail', () => {
      expect(run(rule)).toBe('unknown');
      expect(run(rule, new Map())).toBe('unknown');
    });

    it('reads known facts', () => {
      expect(run(rule, new Map([['http-probe.prometheus_valid', true]]))).toBe(
        'pass',
      );
      expect(run(rule, new Map([['http-probe.prometheus_valid', false]]))).toBe(
        'fail',
      );
    });

    it('lists the facts a rule reads', () => {
      const compiled = compileRule(
        { any: [rule, { not: rule }, { fact: 'cost.tagged', exists: true }] },
        'rule',
      );
      expect(compiled.factKeys).toEqual([
        'http-probe.prometheus_valid',
        'cost.tagged',
      ]);
    });
  });

  it('explains every leaf it read', () => {
    const compiled = compileRule(
      {
        any: [
          { annotation: 'nimbus.io/encryption', in: ['hsm'] },
          { tag: 'stateless' },
        ],
      },
      'rule',
    );
    expect(compiled.explain({ entity })).toEqual([
      {
        rule: 'annotation nimbus.io/encryption is one of "hsm"',
        actual: 'kms',
        outcome: 'fail',
      },
      { rule: 'tag stateless is present', actual: true, outcome: 'pass' },
    ]);
    expect(compiled.description).toBe(
      '(annotation nimbus.io/encryption is one of "hsm") or (tag stateless is present)',
    );
  });

  it('checks in one pass what evaluate and explain give', () => {
    const facts: FactReader = new Map([['http-probe.status', 200]]);
    const rules = [
      { annotation: 'prometheus.io/scrape', equals: 'true' },
      { fact: 'http-probe.prometheus_valid', equals: true },
      {
        all: [
          { fact: 'http-probe.prometheus_valid', equals: true },
          { tag: 'java' },
          { not: { label: 'cost-center', matches: '^cc-' } },
        ],
      },
      {
        any: [
          { fact: 'http-probe.reachable', equals: true },
          { fact: 'http-probe.status', gte: 200 },
        ],
      },
      { any: [{ fact: 'http-probe.reachable', equals: true }, { tag: 'x' }] },
      {
        not: { all: [{ relation: 'dependsOn', gte: 2 }, { link: 'runbook' }] },
      },
    ];
    for (const rule of rules) {
      const compiled = compileRule(rule, 'rule');
      for (const input of [{ entity }, { entity, facts }]) {
        expect(compiled.check(input)).toEqual({
          outcome: compiled.evaluate(input),
          evidence: compiled.explain(input),
        });
      }
    }
  });

  describe('bad config', () => {
    const at = 'soloTrek.migrations[0].creed[2].rule';
    it.each([
      [
        { annotation: 'x', equal: 'true' },
        `${at}.equal`,
        /unknown key "equal"/,
      ],
      [
        { annotation: 'x', matches: '([a-z' },
        `${at}.matches`,
        /bad regular expression/,
      ],
      [{ annotation: 'x' }, at, /needs an operator/],
      [{ equals: 'x' }, at, /needs a value to read/],
      [
        { annotation: 'x', label: 'y', exists: true },
        at,
        /names annotation and label/,
      ],
      [
        { annotation: 'x', exists: true, equals: 'a' },
        at,
        /names exists and equals/,
      ],
      [{ annotation: 'x', exists: 'yes' }, `${at}.exists`, /true or false/],
      [{ annotation: 'x', in: [] }, `${at}.in`, /non-empty list/],
      [{ annotation: 'x', gte: 'three' }, `${at}.gte`, /expected a number/],
      [
        { annotation: '', exists: true },
        `${at}.annotation`,
        /non-empty string/,
      ],
      [{ path: 'metadata..name', exists: true }, `${at}.path`, /empty key/],
      [
        { path: 'metadata.annotations["x', exists: true },
        `${at}.path`,
        /unterminated/,
      ],
      [{ fact: 'noprovider', exists: true }, `${at}.fact`, /PROVIDER\.NAME/],
      [{ all: [] }, `${at}.all`, /non-empty list/],
      [
        { any: [{ tag: 'a' }, { annotation: 'b', matches: '[' }] },
        `${at}.any[1].matches`,
        /bad regular/,
      ],
      [{ all: [{ tag: 'a' }], tag: 'b' }, at, /must stand alone/],
      [{ not: 'x' }, `${at}.not`, /expected a rule object/],
      ['string', at, /expected a rule object/],
    ])('%j fails at %s', (rule, keyPath, message) => {
      let error: any;
      try {
        compileRule(rule, at);
      } catch (e) {
        error = e;
      }
      expect(error).toBeDefined();
      expect(error.keyPath).toBe(keyPath);
      expect(error.message).toMatch(message);
      expect(error.message.startsWith(`Invalid config at ${keyPath}:`)).toBe(
        true,
      );
    });
  });
});

describe('parseValuePath', () => {
  it.each([
    ['spec.lifecycle', ['spec', 'lifecycle']],
    [
      'metadata.annotations["backstage.io/techdocs-ref"]',
      ['metadata', 'annotations', 'backstage.io/techdocs-ref'],
    ],
    ["metadata.labels['a.b'].c", ['metadata', 'labels', 'a.b', 'c']],
    ['spec.dependsOn[0]', ['spec', 'dependsOn', '0']],
  ])('parses %s', (path, segments) => {
    expect(parseValuePath(path, 'p')).toEqual(segments);
  });

  it.each(['', '.a', 'a.', 'a[x]', 'a["x"', 'a["x"]b'])('rejects %j', path => {
    expect(() => parseValuePath(path, 'p')).toThrow(
      /Invalid config at p: invalid path/,
    );
  });
});
