import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  JSON_RULE_ENGINE_CHECK_TYPE,
  JsonRulesEngineFactChecker,
  JsonRulesEngineFactCheckerOptions,
  TechInsightJsonRuleCheck,
} from '@backstage-community/plugin-tech-insights-backend-module-jsonfc';
import { FactSchema } from '@backstage-community/plugin-tech-insights-common';
import { LoggerService } from '@backstage/backend-plugin-api';
import {
  factIdsOf,
  materialiseTiFacts,
  TI_CONDITIONS,
  TI_FACT_SCHEMAS,
  TiFacts,
  TiRetrieverId,
} from './creed';

type Repository = JsonRulesEngineFactCheckerOptions['repository'];
type Operator = NonNullable<
  JsonRulesEngineFactCheckerOptions['operators']
>[number];

/** A logger that drops everything, for both sides alike. */
export const silentLogger: LoggerService = {
  error() {},
  warn() {},
  info() {},
  debug() {},
  child() {
    return silentLogger;
  },
};

/**
 * json-rules-engine's Operator class, loaded from where the checker loads
 * it: engine.addOperator checks `instanceof`, so it must be the same copy.
 */
function operatorClass(): new (
  name: string,
  cb: (factValue: any, jsonValue: any) => boolean,
) => Operator {
  const checker = require.resolve(
    '@backstage-community/plugin-tech-insights-backend-module-jsonfc',
  );
  // eslint-disable-next-line @backstage/no-undeclared-imports
  return require(require.resolve('json-rules-engine', { paths: [checker] }))
    .Operator;
}

/** `matches`: a regular expression, compiled once per pattern. */
export function matchesOperator(): Operator {
  const OperatorClass = operatorClass();
  const cache = new Map<string, RegExp>();
  return new OperatorClass('matches', (factValue, pattern) => {
    if (typeof factValue !== 'string') return false;
    let regex = cache.get(pattern);
    if (!regex) {
      regex = new RegExp(pattern);
      cache.set(pattern, regex);
    }
    return regex.test(factValue);
  });
}

/**
 * Tech Insights' repository interface, in memory: the facts each retriever
 * stored for each entity, and the retrievers' schemas. No database on this
 * side, so the checker's own cost is what is measured.
 */
export class InMemoryTechInsightsRepository implements Repository {
  private readonly facts = new Map<string, TiFacts>();
  private readonly schemas: Record<string, FactSchema>;
  private readonly timestamp = new Date().toISOString();

  constructor() {
    this.schemas = Object.fromEntries(
      Object.entries(TI_FACT_SCHEMAS).map(([id, schema]) => [
        id,
        Object.fromEntries(
          Object.entries(schema).map(([name, type]) => [
            name,
            { type, description: `${name} (${id})` },
          ]),
        ) as FactSchema,
      ]),
    );
  }

  put(entityRef: string, facts: TiFacts) {
    this.facts.set(entityRef, facts);
  }

  async insertFacts(): Promise<void> {
    throw new Error('not used: facts are put directly');
  }

  async getLatestFactsByIds(ids: string[], entity: string) {
    const stored = this.facts.get(entity);
    const out: Record<string, any> = {};
    if (!stored) return out;
    for (const id of ids) {
      const facts = stored[id as TiRetrieverId];
      if (facts) {
        out[id] = {
          id,
          entity: { namespace: 'default', kind: 'component', name: entity },
          facts,
          timestamp: this.timestamp,
        };
      }
    }
    return out;
  }

  async getEntities() {
    return [];
  }

  async getFactsBetweenTimestampsByIds() {
    return {};
  }

  async insertFactSchema(): Promise<void> {}

  async getLatestSchemas(ids?: string[]): Promise<FactSchema[]> {
    return (ids ?? Object.keys(this.schemas)).flatMap(id =>
      this.schemas[id] ? [this.schemas[id]] : [],
    );
  }
}

/** The equivalent checks: the Creed items and liveWhen, one check each. */
export function techInsightsChecks(): TechInsightJsonRuleCheck[] {
  return Object.entries(TI_CONDITIONS).map(([id, conditions]) => ({
    id,
    type: JSON_RULE_ENGINE_CHECK_TYPE,
    name: id,
    description: `Solo Trek Creed item ${id}`,
    factIds: factIdsOf(conditions),
    rule: { conditions: conditions as any },
  }));
}

export interface TechInsightsResult {
  entities: number;
  evaluations: number;
  ms: number;
  perSecond: number;
  /** Materialising the facts from the entities (not part of `ms`). */
  materialiseMs: number;
  counts: Record<string, { pass: number; fail: number }>;
}

/**
 * Runs Tech Insights' own checker, `JsonRulesEngineFactChecker.runChecks`,
 * once per entity, with every fact already in memory. Timed: the checker
 * only. Not timed: materialising the facts from the entities (what its fact
 * retrievers would do on their schedule, reported separately), and any
 * database. `limit` caps the number of entities for very large catalogs.
 */
export async function benchTechInsights(
  entities: Entity[],
  options: { warmup?: number } = {},
): Promise<TechInsightsResult> {
  const repository = new InMemoryTechInsightsRepository();
  const refs = entities.map(e => stringifyEntityRef(e));
  const materialiseStarted = performance.now();
  for (let i = 0; i < entities.length; i++) {
    repository.put(refs[i], materialiseTiFacts(entities[i]));
  }
  const materialiseMs = performance.now() - materialiseStarted;

  const checks = techInsightsChecks();
  const checker = new JsonRulesEngineFactChecker({
    checks,
    repository,
    logger: silentLogger,
    operators: [matchesOperator()],
  });
  for (const check of checks) {
    const validation = await checker.validate(check);
    if (!validation.valid) {
      throw new Error(
        `Tech Insights rejects check ${check.id}: ${validation.message}`,
      );
    }
  }

  const warmup = Math.min(options.warmup ?? 500, refs.length);
  for (let i = 0; i < warmup; i++) await checker.runChecks(refs[i]);

  const counts: TechInsightsResult['counts'] = {};
  for (const check of checks) counts[check.id] = { pass: 0, fail: 0 };
  let evaluations = 0;
  const started = performance.now();
  for (let i = 0; i < refs.length; i++) {
    const results = await checker.runChecks(refs[i]);
    for (const r of results) {
      counts[r.check.id][r.result ? 'pass' : 'fail']++;
      evaluations++;
    }
  }
  const ms = performance.now() - started;
  return {
    entities: refs.length,
    evaluations,
    ms,
    perSecond: evaluations / (ms / 1000),
    materialiseMs,
    counts,
  };
}
