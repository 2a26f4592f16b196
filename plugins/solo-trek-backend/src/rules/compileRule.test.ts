import { Entity } from '@backstage/catalog-model';
import { compileRule, FactReader } from './compileRule';
import { MATCHES_MAX_LENGTH } from './safeRegex';
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

describe('matches on values from the catalog', () => {
  const at = 'soloTrek.migrations[0].creed[0].rule';
  const withLabel = (slug: string): Entity => ({
    ...entity,
    metadata: { ...entity.metadata, labels: { slug } },
  });
  const errorOf = (rule: unknown) => {
    try {
      compileRule(rule, at);
    } catch (e) {
      return e as any;
    }
    throw new Error('expected the rule to be refused');
  };

  it('refuses a nested quantifier that backtracks for seconds on a 27-character label', () => {
    // Measured here: this pattern took 7.4 s on the label below.
    const label = `${'a'.repeat(26)}!`;
    expect(label).toHaveLength(27);
    const error = errorOf({ label: 'slug', matches: '^([a-z0-9]+-?)+$' });
    expect(error.name).toBe('RuleConfigError');
    expect(error.keyPath).toBe(`${at}.matches`);
    expect(error.message).toBe(
      `Invalid config at ${at}.matches: the regular expression "^([a-z0-9]+-?)+$" ` +
        'can backtrack for exponential time (seconds on a value of a few dozen characters), ' +
        'at "[a-z0-9]"; rewrite it so that no text matches it in two ways: no repetition ' +
        'inside a repetition such as (a+)+ and no overlapping alternatives such as (a|aa)*, ' +
        'for example ^[a-z0-9]+(-[a-z0-9]+)*$ instead of ^([a-z0-9]+-?)+$',
    );
    // The rewrite it suggests is accepted and means the same for real slugs.
    const rewritten = compileRule(
      { label: 'slug', matches: '^[a-z0-9]+(-[a-z0-9]+)*$' },
      at,
    );
    const started = Date.now();
    expect(rewritten.evaluate({ entity: withLabel(label) })).toBe('fail');
    expect(Date.now() - started).toBeLessThan(50);
    expect(rewritten.evaluate({ entity: withLabel('team-a-1') })).toBe('pass');
  });

  it.each([
    ['(a|aa)*c$', /exponential time/],
    ['^(\\w+\\s?)*$', /exponential time/],
    ['\\d+\\.?\\d*e\\d+', /3rd degree polynomial time/],
  ])('refuses %s, nested deep in a rule', (pattern, message) => {
    const error = errorOf({
      all: [{ tag: 'java' }, { not: { annotation: 'x', matches: pattern } }],
    });
    expect(error.keyPath).toBe(`${at}.all[1].not.matches`);
    expect(error.message).toMatch(message);
  });

  it.each([
    '^cc-[0-9]{4}$',
    '.*-prod', // quadratic at worst, which MATCHES_MAX_LENGTH bounds
    '\\s+$',
    '^https://[^/]+/.*$',
    '^(?:\\d{1,3}\\.){3}\\d{1,3}$',
    '(?<!test-)service$',
  ])('accepts %s', pattern => {
    expect(() =>
      compileRule({ annotation: 'x', matches: pattern }, at),
    ).not.toThrow();
  });

  it('tests values up to the cap and leaves longer ones unknown, saying why', () => {
    const rule = compileRule({ label: 'slug', matches: '^a+$' }, at);
    const atCap = 'a'.repeat(MATCHES_MAX_LENGTH);
    expect(MATCHES_MAX_LENGTH).toBe(1024);
    expect(rule.evaluate({ entity: withLabel(atCap) })).toBe('pass');
    expect(rule.evaluate({ entity: withLabel(`${atCap}!`) })).toBe('unknown');

    const long = 'a'.repeat(100_000);
    const input = { entity: withLabel(long) };
    expect(rule.evaluate(input)).toBe('unknown');
    expect(rule.explain(input)).toEqual([
      {
        rule: 'label slug matches /^a+$/ (not tested: the value has 100000 characters, and matches reads at most 1024)',
        actual: long,
        outcome: 'unknown',
      },
    ]);
    expect(rule.check(input)).toEqual({
      outcome: 'unknown',
      evidence: rule.explain(input),
    });
    // Unknown, not fail: negation must not turn an untested value into a pass.
    const negated = compileRule(
      { not: { label: 'slug', matches: 'forbidden' } },
      at,
    );
    expect(negated.evaluate(input)).toBe('unknown');
    expect(negated.evaluate({ entity: withLabel('fine') })).toBe('pass');
  });

  it('still tests numbers read from facts', () => {
    const rule = compileRule({ fact: 'http-probe.status', matches: '^2' }, at);
    expect(
      rule.evaluate({ entity, facts: new Map([['http-probe.status', 204]]) }),
    ).toBe('pass');
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
