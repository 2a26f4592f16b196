import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { readSoloTrekConfig, SoloTrekConfig } from './soloTrek';

export const MIGRATION_ID = 'nimbus';

/**
 * The benchmark's Creed: the demo's items without the fact rule (no fact
 * provider runs in the benchmark), plus realistic items that exercise every
 * selector (annotation, label, tag, link, relation, path) and every
 * combinator (all, any, not). 14 items, plus liveWhen: 15 rules an entity.
 */
export const BENCH_CREED = [
  {
    id: 'prometheus-metrics',
    title: 'Emits Prometheus metrics',
    severity: 'must',
    rule: { annotation: 'prometheus.io/scrape', equals: 'true' },
  },
  {
    id: 'cost-center',
    title: 'Cost-centre tag',
    severity: 'must',
    rule: { label: 'cost-center', matches: '^cc-[0-9]{4}$' },
  },
  {
    id: 'encryption-at-rest',
    title: 'Data encrypted at rest',
    severity: 'should',
    waivable: true,
    rule: {
      any: [
        { annotation: 'nimbus.io/encryption', in: ['kms', 'hsm'] },
        { tag: 'stateless' },
      ],
    },
  },
  {
    id: 'runbook',
    title: 'Has a runbook',
    severity: 'should',
    waivable: true,
    rule: { link: 'runbook' },
  },
  {
    id: 'on-call',
    title: 'Has an on-call rotation',
    severity: 'must',
    rule: { annotation: 'pagerduty.com/service-id', exists: true },
  },
  {
    id: 'docs',
    title: 'Documented in TechDocs',
    severity: 'should',
    waivable: true,
    rule: {
      path: 'metadata.annotations["backstage.io/techdocs-ref"]',
      exists: true,
    },
  },
  {
    id: 'dashboard',
    title: 'Has a dashboard',
    severity: 'should',
    waivable: true,
    rule: { link: 'dashboard' },
  },
  {
    id: 'source-repo',
    title: 'Source in the company GitHub organisation',
    severity: 'must',
    rule: {
      annotation: 'github.com/project-slug',
      matches: '^example/[a-z0-9-]+$',
    },
  },
  {
    id: 'data-classification',
    title: 'Data classified',
    severity: 'must',
    rule: {
      label: 'data-classification',
      in: ['public', 'internal', 'confidential'],
    },
  },
  {
    id: 'supported-runtime',
    title: 'Runs on a golden-path runtime',
    severity: 'should',
    waivable: true,
    rule: {
      any: [{ tag: 'java' }, { tag: 'go' }, { tag: 'node' }, { tag: 'kotlin' }],
    },
  },
  {
    id: 'owned',
    title: 'Has an owner',
    severity: 'must',
    rule: { relation: 'ownedBy', gte: 1 },
  },
  {
    id: 'bounded-coupling',
    title: 'Bounded coupling',
    severity: 'should',
    waivable: true,
    rule: {
      all: [
        { relation: 'dependsOn', lte: 5 },
        { relation: 'consumesApi', lte: 2 },
      ],
    },
  },
  {
    id: 'confidential-encrypted',
    title: 'Confidential data is never stored unencrypted',
    severity: 'must',
    rule: {
      not: {
        all: [
          { label: 'data-classification', equals: 'confidential' },
          { annotation: 'nimbus.io/encryption', equals: 'none' },
        ],
      },
    },
  },
  {
    id: 'critical-readiness',
    title:
      'Critical services have a runbook, on-call and a production lifecycle',
    severity: 'should',
    waivable: true,
    rule: {
      any: [
        { not: { label: 'tier', in: ['tier-0', 'tier-1'] } },
        {
          all: [
            { link: 'runbook' },
            { annotation: 'pagerduty.com/service-id', exists: true },
            { path: 'spec.lifecycle', equals: 'production' },
          ],
        },
      ],
    },
  },
];

export const LIVE_WHEN = { annotation: 'nimbus.io/cluster', exists: true };

/** The `soloTrek` config block the benchmark runs with. */
export function benchSoloTrekConfig() {
  return {
    // The benchmark triggers scans itself; the schedule stays out of the way.
    schedule: {
      frequency: { hours: 24 },
      timeout: { hours: 1 },
      initialDelay: { hours: 24 },
    },
    // Nor does the outcomes task: at its default, a minute after the server
    // starts, it folded the 1M points inside the timed user-token windows
    // and put a tail of up to a second on whichever endpoint was timed then
    // (card p99 2.51× the catalog's in one run, leaderboard 3.29× in the
    // next, 2026-12-04). The summary's first request computes the
    // scorecard, as the leaderboard's and adoption's compute theirs.
    outcomes: {
      schedule: {
        frequency: { hours: 24 },
        timeout: { hours: 1 },
        initialDelay: { hours: 24 },
      },
    },
    platformTeam: 'group:default/team-1',
    // The static token of the HTTP run pushes outcome points (issue 18).
    factReporters: ['bench'],
    migrations: [
      {
        id: MIGRATION_ID,
        title: 'Move to the Nimbus platform',
        from: 'legacy-dc',
        to: 'nimbus',
        window: { start: '2026-01-01', sunset: '2027-12-31' },
        // Every Component, so "100k" means 100,000 evaluated entities.
        scope: { kind: 'Component' },
        liveWhen: LIVE_WHEN,
        creed: BENCH_CREED,
      },
    ],
  };
}

export function loadBenchConfig(): SoloTrekConfig {
  return readSoloTrekConfig(
    new ConfigReader({ soloTrek: benchSoloTrekConfig() }),
  );
}

/** Rules an entity: the Creed items plus liveWhen. */
export const RULES_PER_ENTITY = BENCH_CREED.length + 1;

// ---------------------------------------------------------------------------
// The same logic as Tech Insights checks.

/**
 * Facts as Tech Insights stores them: one fact retriever (and schema) per
 * source, one value per thing a check reads. Absent strings are '' (the
 * jsonfc validation schema does not accept null as a condition value).
 */
export const TI_FACT_SCHEMAS = {
  'bench-annotations': {
    prometheusScrape: 'string',
    encryption: 'string',
    pagerdutyServiceId: 'string',
    techdocsRef: 'string',
    projectSlug: 'string',
    nimbusCluster: 'string',
  },
  'bench-labels': {
    costCenter: 'string',
    dataClassification: 'string',
    tier: 'string',
  },
  'bench-tags': { tags: 'set' },
  'bench-links': { linkTypes: 'set' },
  'bench-relations': {
    ownedByCount: 'integer',
    dependsOnCount: 'integer',
    consumesApiCount: 'integer',
  },
  'bench-spec': { lifecycle: 'string' },
} as const;

export type TiRetrieverId = keyof typeof TI_FACT_SCHEMAS;
export type TiFacts = Record<TiRetrieverId, Record<string, unknown>>;

function countRelations(entity: Entity, type: string) {
  let n = 0;
  for (const r of entity.relations ?? []) if (r.type === type) n++;
  return n;
}

/** What the fact retrievers would have stored for one entity. */
export function materialiseTiFacts(entity: Entity): TiFacts {
  const a = entity.metadata.annotations ?? {};
  const l = entity.metadata.labels ?? {};
  const spec = (entity.spec ?? {}) as { lifecycle?: string };
  return {
    'bench-annotations': {
      prometheusScrape: a['prometheus.io/scrape'] ?? '',
      encryption: a['nimbus.io/encryption'] ?? '',
      pagerdutyServiceId: a['pagerduty.com/service-id'] ?? '',
      techdocsRef: a['backstage.io/techdocs-ref'] ?? '',
      projectSlug: a['github.com/project-slug'] ?? '',
      nimbusCluster: a['nimbus.io/cluster'] ?? '',
    },
    'bench-labels': {
      costCenter: l['cost-center'] ?? '',
      dataClassification: l['data-classification'] ?? '',
      tier: l.tier ?? '',
    },
    'bench-tags': { tags: [...(entity.metadata.tags ?? [])] },
    'bench-links': {
      linkTypes: (entity.metadata.links ?? []).flatMap(k =>
        k.type ? [k.type] : [],
      ),
    },
    'bench-relations': {
      ownedByCount: countRelations(entity, 'ownedBy'),
      dependsOnCount: countRelations(entity, 'dependsOn'),
      consumesApiCount: countRelations(entity, 'consumesApi'),
    },
    'bench-spec': { lifecycle: spec.lifecycle ?? '' },
  };
}

type Cond = { fact: string; operator: string; value: unknown };
const c = (fact: string, operator: string, value: unknown): Cond => ({
  fact,
  operator,
  value,
});

/**
 * The Creed as json-rules-engine conditions, item for item. `not` is not in
 * jsonfc's validation schema, so negations use De Morgan and the negated
 * operators (notEqual, notIn); `matches` is a custom regular-expression
 * operator registered with the checker.
 */
export const TI_CONDITIONS: Record<
  string,
  { all: unknown[] } | { any: unknown[] }
> = {
  live: { all: [c('nimbusCluster', 'notEqual', '')] },
  'prometheus-metrics': { all: [c('prometheusScrape', 'equal', 'true')] },
  'cost-center': { all: [c('costCenter', 'matches', '^cc-[0-9]{4}$')] },
  'encryption-at-rest': {
    any: [
      c('encryption', 'in', ['kms', 'hsm']),
      c('tags', 'contains', 'stateless'),
    ],
  },
  runbook: { all: [c('linkTypes', 'contains', 'runbook')] },
  'on-call': { all: [c('pagerdutyServiceId', 'notEqual', '')] },
  docs: { all: [c('techdocsRef', 'notEqual', '')] },
  dashboard: { all: [c('linkTypes', 'contains', 'dashboard')] },
  'source-repo': {
    all: [c('projectSlug', 'matches', '^example/[a-z0-9-]+$')],
  },
  'data-classification': {
    all: [
      c('dataClassification', 'in', ['public', 'internal', 'confidential']),
    ],
  },
  'supported-runtime': {
    any: [
      c('tags', 'contains', 'java'),
      c('tags', 'contains', 'go'),
      c('tags', 'contains', 'node'),
      c('tags', 'contains', 'kotlin'),
    ],
  },
  owned: { all: [c('ownedByCount', 'greaterThanInclusive', 1)] },
  'bounded-coupling': {
    all: [
      c('dependsOnCount', 'lessThanInclusive', 5),
      c('consumesApiCount', 'lessThanInclusive', 2),
    ],
  },
  // not (confidential and unencrypted) = not confidential or not unencrypted
  'confidential-encrypted': {
    any: [
      c('dataClassification', 'notEqual', 'confidential'),
      c('encryption', 'notEqual', 'none'),
    ],
  },
  'critical-readiness': {
    any: [
      c('tier', 'notIn', ['tier-0', 'tier-1']),
      {
        all: [
          c('linkTypes', 'contains', 'runbook'),
          c('pagerdutyServiceId', 'notEqual', ''),
          c('lifecycle', 'equal', 'production'),
        ],
      },
    ],
  },
};

/** The fact retrievers whose facts a condition tree reads. */
export function factIdsOf(conditions: unknown): TiRetrieverId[] {
  const facts = new Set<string>();
  const walk = (node: any) => {
    if (Array.isArray(node?.all)) node.all.forEach(walk);
    else if (Array.isArray(node?.any)) node.any.forEach(walk);
    else if (node?.fact) facts.add(node.fact);
  };
  walk(conditions);
  return (Object.keys(TI_FACT_SCHEMAS) as TiRetrieverId[]).filter(id =>
    Object.keys(TI_FACT_SCHEMAS[id]).some(f => facts.has(f)),
  );
}
