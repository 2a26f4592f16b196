import { Entity } from '@backstage/catalog-model';
import { childKeyPath, RuleConfigError } from './RuleConfigError';
import { compileCheckedRegex, MATCHES_MAX_LENGTH } from './safeRegex';
import { parseValuePath, readPath } from './valuePath';

/**
 * Three-valued: a rule that reads an unknown fact, or a value too long for
 * `matches` to test, is neither pass nor fail.
 */
export type RuleOutcome = 'pass' | 'fail' | 'unknown';

/** Fact values by `provider.name`; an absent key means the fact is unknown. */
export type FactReader = ReadonlyMap<string, string | number | boolean | null>;

export interface RuleInput {
  entity: Entity;
  facts?: FactReader;
}

/** What one leaf saw, shown as the evidence for a check. */
export interface LeafEvidence {
  /** The leaf in words, e.g. `annotation prometheus.io/scrape equals "true"`. */
  rule: string;
  /** The value read; undefined when absent. */
  actual?: unknown;
  outcome: RuleOutcome;
}

export interface CompiledRule {
  /** The rule in words. */
  readonly description: string;
  /**
   * The rule as configured, for a digest of the config (a scan re-evaluates
   * every entity when any rule changes, see domain/inputDigest.ts).
   */
  readonly source: unknown;
  /** The `provider.name` facts it reads. */
  readonly factKeys: readonly string[];
  /** The entity paths its `path` leaves read, for the catalog projection. */
  readonly paths: readonly string[];
  evaluate(input: RuleInput): RuleOutcome;
  /** Leaf by leaf evidence; slower than evaluate, for storage with results. */
  explain(input: RuleInput): LeafEvidence[];
  /** The outcome and the evidence in one pass: what evaluate and explain give. */
  check(input: RuleInput): { outcome: RuleOutcome; evidence: LeafEvidence[] };
}

export const RULE_OPERATORS = [
  'exists',
  'equals',
  'notEquals',
  'in',
  'matches',
  'contains',
  'gte',
  'lte',
] as const;
type Operator = (typeof RULE_OPERATORS)[number];

const SELECTORS = [
  'path',
  'annotation',
  'label',
  'tag',
  'link',
  'relation',
  'fact',
] as const;
type Selector = (typeof SELECTORS)[number];

const COMBINATORS = ['all', 'any', 'not'] as const;

// A fact key names its provider and the fact: http-probe.prometheus_valid.
const FACT_KEY = /^[a-z0-9][a-z0-9-]*\.[A-Za-z0-9_.-]+$/;

type Reader = (input: RuleInput) => { known: boolean; value: unknown };
type Test = (value: unknown) => boolean;
/** Why a value cannot be tested (the leaf is then unknown), or undefined. */
type Untestable = (value: unknown) => string | undefined;

interface Node {
  description: string;
  factKeys: string[];
  paths: string[];
  evaluate(input: RuleInput): RuleOutcome;
  explain(input: RuleInput, out: LeafEvidence[]): RuleOutcome;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function isScalar(value: unknown): value is string | number | boolean | null {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  );
}

// Catalog values are strings; config may say `true` or 3. Compare as text.
function sameScalar(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isScalar(a) || !isScalar(b) || a === null || b === null) return false;
  return String(a) === String(b);
}

function compileSelector(
  selector: Selector,
  arg: unknown,
  keyPath: string,
): {
  reader: Reader;
  words: string;
  factKey?: string;
  path?: string;
  boolean: boolean;
} {
  const needString = () => {
    if (typeof arg !== 'string' || arg.length === 0) {
      throw new RuleConfigError(
        `${keyPath}.${selector}`,
        `expected a non-empty string, got ${show(arg)}`,
      );
    }
    return arg;
  };
  switch (selector) {
    case 'path': {
      const segments = parseValuePath(needString(), `${keyPath}.path`);
      return {
        reader: ({ entity }) => ({
          known: true,
          value: readPath(entity, segments),
        }),
        words: `path ${arg}`,
        path: arg as string,
        boolean: false,
      };
    }
    case 'annotation': {
      const key = needString();
      return {
        reader: ({ entity }) => ({
          known: true,
          value: entity.metadata.annotations?.[key],
        }),
        words: `annotation ${key}`,
        boolean: false,
      };
    }
    case 'label': {
      const key = needString();
      return {
        reader: ({ entity }) => ({
          known: true,
          value: entity.metadata.labels?.[key],
        }),
        words: `label ${key}`,
        boolean: false,
      };
    }
    case 'tag': {
      const tag = needString();
      return {
        reader: ({ entity }) => ({
          known: true,
          value: entity.metadata.tags?.includes(tag) ?? false,
        }),
        words: `tag ${tag}`,
        boolean: true,
      };
    }
    case 'link': {
      const type = needString();
      return {
        reader: ({ entity }) => ({
          known: true,
          value: entity.metadata.links?.some(l => l.type === type) ?? false,
        }),
        words: `link of type ${type}`,
        boolean: true,
      };
    }
    case 'relation': {
      const type = needString();
      return {
        reader: ({ entity }) => {
          let count = 0;
          const relations = entity.relations;
          if (relations) {
            for (let i = 0; i < relations.length; i++) {
              if (relations[i].type === type) count++;
            }
          }
          return { known: true, value: count };
        },
        words: `number of ${type} relations`,
        boolean: false,
      };
    }
    case 'fact': {
      const key = needString();
      if (!FACT_KEY.test(key)) {
        throw new RuleConfigError(
          `${keyPath}.fact`,
          `"${key}" is not a fact name; write PROVIDER.NAME, for example http-probe.prometheus_valid`,
        );
      }
      return {
        reader: ({ facts }) =>
          facts?.has(key)
            ? { known: true, value: facts.get(key) }
            : { known: false, value: undefined },
        words: `fact ${key}`,
        factKey: key,
        boolean: false,
      };
    }
    default:
      throw new RuleConfigError(keyPath, `unknown selector ${selector}`);
  }
}

function compileOperator(
  operator: Operator,
  arg: unknown,
  keyPath: string,
): { test: Test; words: string; untestable?: Untestable } {
  const at = `${keyPath}.${operator}`;
  switch (operator) {
    case 'exists': {
      if (typeof arg !== 'boolean') {
        throw new RuleConfigError(
          at,
          `expected true or false, got ${show(arg)}`,
        );
      }
      // For boolean selectors (tag, link) "absent" is false.
      return {
        test: v => (v !== undefined && v !== null && v !== false) === arg,
        words: arg ? 'exists' : 'does not exist',
      };
    }
    case 'equals':
    case 'notEquals': {
      if (!isScalar(arg)) {
        throw new RuleConfigError(
          at,
          `expected a string, number, boolean or null, got ${show(arg)}`,
        );
      }
      return operator === 'equals'
        ? { test: v => sameScalar(v, arg), words: `equals ${show(arg)}` }
        : {
            test: v => !sameScalar(v, arg),
            words: `does not equal ${show(arg)}`,
          };
    }
    case 'in': {
      if (!Array.isArray(arg) || arg.length === 0 || !arg.every(isScalar)) {
        throw new RuleConfigError(
          at,
          `expected a non-empty list of strings, numbers or booleans, got ${show(
            arg,
          )}`,
        );
      }
      const options = arg.map(a => String(a));
      const set = new Set(options);
      return {
        test: v => isScalar(v) && v !== null && set.has(String(v)),
        words: `is one of ${options.map(o => show(o)).join(', ')}`,
      };
    }
    case 'matches': {
      if (typeof arg !== 'string') {
        throw new RuleConfigError(
          at,
          `expected a regular expression string, got ${show(arg)}`,
        );
      }
      const regex = compileCheckedRegex(arg, at);
      return {
        test: v =>
          (typeof v === 'string' || typeof v === 'number') &&
          regex.test(String(v)),
        // Unknown rather than fail, so that `not` cannot turn it into a pass.
        untestable: v =>
          typeof v === 'string' && v.length > MATCHES_MAX_LENGTH
            ? `not tested: the value has ${v.length} characters, and matches reads at most ${MATCHES_MAX_LENGTH}`
            : undefined,
        words: `matches /${arg}/`,
      };
    }
    case 'contains': {
      if (!isScalar(arg) || arg === null) {
        throw new RuleConfigError(
          at,
          `expected a string, number or boolean, got ${show(arg)}`,
        );
      }
      return {
        test: v => {
          if (typeof v === 'string') return v.includes(String(arg));
          if (Array.isArray(v)) return v.some(item => sameScalar(item, arg));
          return false;
        },
        words: `contains ${show(arg)}`,
      };
    }
    case 'gte':
    case 'lte': {
      if (typeof arg !== 'number' || !Number.isFinite(arg)) {
        throw new RuleConfigError(at, `expected a number, got ${show(arg)}`);
      }
      const toNumber = (v: unknown) => {
        if (typeof v === 'number') return v;
        // Number('') is 0, which would let an empty label pass `lte`.
        return typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
      };
      return operator === 'gte'
        ? { test: v => toNumber(v) >= arg, words: `is at least ${arg}` }
        : { test: v => toNumber(v) <= arg, words: `is at most ${arg}` };
    }
    default:
      throw new RuleConfigError(keyPath, `unknown operator ${operator}`);
  }
}

function compileLeaf(spec: Record<string, unknown>, keyPath: string): Node {
  const keys = Object.keys(spec);
  const selectors = keys.filter(k =>
    (SELECTORS as readonly string[]).includes(k),
  ) as Selector[];
  const operators = keys.filter(k =>
    (RULE_OPERATORS as readonly string[]).includes(k),
  ) as Operator[];
  const unknown = keys.filter(
    k =>
      !(SELECTORS as readonly string[]).includes(k) &&
      !(RULE_OPERATORS as readonly string[]).includes(k),
  );
  if (unknown.length > 0) {
    throw new RuleConfigError(
      childKeyPath(keyPath, unknown[0]),
      `unknown key "${
        unknown[0]
      }"; a rule is a leaf with one of ${SELECTORS.join(', ')} ` +
        `and one operator of ${RULE_OPERATORS.join(
          ', ',
        )}, or one of ${COMBINATORS.join(', ')}`,
    );
  }
  if (selectors.length !== 1) {
    throw new RuleConfigError(
      keyPath,
      selectors.length === 0
        ? `a rule needs a value to read: one of ${SELECTORS.join(', ')}`
        : `a rule reads one value, but names ${selectors.join(
            ' and ',
          )}; combine rules with all or any`,
    );
  }
  const selected = compileSelector(selectors[0], spec[selectors[0]], keyPath);
  if (operators.length > 1) {
    throw new RuleConfigError(
      keyPath,
      `a rule has one operator, but names ${operators.join(
        ' and ',
      )}; combine rules with all or any`,
    );
  }
  let op: { test: Test; words: string; untestable?: Untestable };
  if (operators.length === 0) {
    // `{ tag: stateless }` and `{ link: runbook }` read as "is present".
    if (!selected.boolean) {
      throw new RuleConfigError(
        keyPath,
        `a ${selectors[0]} rule needs an operator: one of ${RULE_OPERATORS.join(
          ', ',
        )}`,
      );
    }
    op = { test: v => v === true, words: 'is present' };
  } else {
    op = compileOperator(operators[0], spec[operators[0]], keyPath);
  }

  const { reader } = selected;
  const { test, untestable } = op;
  const description = `${selected.words} ${op.words}`;
  const evaluate = (input: RuleInput): RuleOutcome => {
    const read = reader(input);
    if (!read.known) return 'unknown';
    if (untestable && untestable(read.value) !== undefined) return 'unknown';
    return test(read.value) ? 'pass' : 'fail';
  };
  return {
    description,
    factKeys: selected.factKey ? [selected.factKey] : [],
    paths: selected.path ? [selected.path] : [],
    evaluate,
    explain(input, out) {
      const read = reader(input);
      const why = read.known ? untestable?.(read.value) : undefined;
      let outcome: RuleOutcome = 'unknown';
      if (read.known && why === undefined) {
        outcome = test(read.value) ? 'pass' : 'fail';
      }
      out.push({
        rule: why === undefined ? description : `${description} (${why})`,
        actual: read.value,
        outcome,
      });
      return outcome;
    },
  };
}

function compileNode(spec: unknown, keyPath: string): Node {
  if (!isPlainObject(spec)) {
    throw new RuleConfigError(
      keyPath,
      `expected a rule object, got ${show(spec)}`,
    );
  }
  const combinators = Object.keys(spec).filter(k =>
    (COMBINATORS as readonly string[]).includes(k),
  );
  if (combinators.length === 0) return compileLeaf(spec, keyPath);
  if (Object.keys(spec).length !== 1) {
    throw new RuleConfigError(
      keyPath,
      `"${combinators[0]}" must stand alone in its object; move ${Object.keys(
        spec,
      )
        .filter(k => k !== combinators[0])
        .join(', ')} into one of its rules`,
    );
  }
  const kind = combinators[0] as (typeof COMBINATORS)[number];
  if (kind === 'not') {
    const child = compileNode(spec.not, `${keyPath}.not`);
    const FLIP: Record<RuleOutcome, RuleOutcome> = {
      pass: 'fail',
      fail: 'pass',
      unknown: 'unknown',
    };
    const flip = (o: RuleOutcome) => FLIP[o];
    return {
      description: `not (${child.description})`,
      factKeys: child.factKeys,
      paths: child.paths,
      evaluate: input => flip(child.evaluate(input)),
      explain: (input, out) => flip(child.explain(input, out)),
    };
  }
  const list = spec[kind];
  if (!Array.isArray(list) || list.length === 0) {
    throw new RuleConfigError(
      `${keyPath}.${kind}`,
      `expected a non-empty list of rules, got ${show(list)}`,
    );
  }
  const children = list.map((child, i) =>
    compileNode(child, `${keyPath}.${kind}[${i}]`),
  );
  // Kleene logic: a decisive child wins over an unknown one.
  const decisive: RuleOutcome = kind === 'all' ? 'fail' : 'pass';
  const otherwise: RuleOutcome = kind === 'all' ? 'pass' : 'fail';
  const n = children.length;
  return {
    description: children
      .map(c => `(${c.description})`)
      .join(kind === 'all' ? ' and ' : ' or '),
    factKeys: [...new Set(children.flatMap(c => c.factKeys))],
    paths: [...new Set(children.flatMap(c => c.paths))],
    evaluate(input) {
      let sawUnknown = false;
      for (let i = 0; i < n; i++) {
        const o = children[i].evaluate(input);
        if (o === decisive) return decisive;
        if (o === 'unknown') sawUnknown = true;
      }
      return sawUnknown ? 'unknown' : otherwise;
    },
    explain(input, out) {
      // Evidence covers every leaf, not just up to the decisive one.
      let result: RuleOutcome = otherwise;
      for (let i = 0; i < n; i++) {
        const o = children[i].explain(input, out);
        if (o === decisive) result = decisive;
        else if (o === 'unknown' && result !== decisive) result = 'unknown';
      }
      return result;
    },
  };
}

/**
 * Compiles a rule from config into a predicate, once, at load time. Every
 * mistake throws a RuleConfigError naming the key path under `keyPath`.
 */
export function compileRule(spec: unknown, keyPath: string): CompiledRule {
  const root = compileNode(spec, keyPath);
  return {
    description: root.description,
    source: spec,
    factKeys: root.factKeys,
    paths: root.paths,
    evaluate: root.evaluate,
    explain(input) {
      const out: LeafEvidence[] = [];
      root.explain(input, out);
      return out;
    },
    check(input) {
      // explain visits every leaf and combines outcomes exactly as evaluate
      // does (Kleene logic), so its outcome is evaluate's.
      const evidence: LeafEvidence[] = [];
      const outcome = root.explain(input, evidence);
      return { outcome, evidence };
    },
  };
}
