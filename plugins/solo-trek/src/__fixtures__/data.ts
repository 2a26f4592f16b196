import { Entity } from '@backstage/catalog-model';
import {
  TrackForecast,
  AdoptionFigures,
  AdoptionHistory,
  AdoptionReport,
  CheckInfo,
  EntityMigrationCard,
  HeroesResponse,
  LeaderboardEntry,
  LeaderboardPeriod,
  Level,
  LongTailEntry,
  LongTailReport,
  MigrationInfo,
  MigrationStage,
  TeamAdoption,
  TeamServices,
} from '@internal/plugin-solo-trek-common';

/** Fixture data for tests and the dev app, shaped like the real backend's answers. */

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

export function minutesAgo(minutes: number, now = Date.now()): string {
  return new Date(now - minutes * MINUTE).toISOString();
}

export function daysAgo(days: number, now = Date.now()): string {
  return new Date(now - days * DAY).toISOString();
}

export const nimbusMigration: MigrationInfo = {
  id: 'nimbus',
  title: 'Move to the Nimbus platform',
  description:
    'Every team moves its services from the legacy data centre to Nimbus before the old racks are switched off.',
  from: 'legacy-dc',
  to: 'nimbus',
  window: { start: '2026-01-01', sunset: '2027-12-31' },
  daysToSunset: 402,
  scope: { kind: 'Component', 'spec.type': 'service' },
  liveWhen: 'annotation nimbus.io/cluster exists',
  creed: [
    {
      id: 'prometheus-metrics',
      title: 'Emits Prometheus metrics',
      severity: 'must',
      waivable: false,
      rule: 'annotation prometheus.io/scrape equals "true"',
      remediation: {
        text: 'Add the scrape annotation',
        url: 'https://example.com/golden-path/metrics',
      },
    },
    {
      id: 'cost-center',
      title: 'Cost-centre tag',
      severity: 'must',
      waivable: false,
      rule: 'label cost-center matches /^cc-[0-9]{4}$/',
      remediation: {
        text: "Set metadata.labels.cost-center to your team's cost centre",
        url: 'https://example.com/golden-path/cost-tagging',
      },
    },
    {
      id: 'encryption-at-rest',
      title: 'Data encrypted at rest',
      severity: 'should',
      waivable: true,
      rule: 'any of: annotation nimbus.io/encryption is one of "kms", "hsm"; tag stateless is present',
    },
    {
      id: 'runbook',
      title: 'Has a runbook',
      severity: 'should',
      waivable: true,
      rule: 'link of type runbook is present',
    },
    {
      id: 'docs',
      title: 'Documented in TechDocs',
      severity: 'should',
      waivable: true,
      rule: 'path metadata.annotations["backstage.io/techdocs-ref"] exists',
    },
  ],
  lastScan: {
    startedAt: minutesAgo(4),
    finishedAt: minutesAgo(3),
    entities: 58,
    rowsWritten: 2,
    stale: false,
  },
};

export const kubeMigration: MigrationInfo = {
  ...nimbusMigration,
  id: 'kube',
  title: 'VMs to Kubernetes',
  from: 'vms',
  to: 'kubernetes',
  window: { start: '2026-03-01', sunset: '2027-03-31' },
  daysToSunset: 127,
  creed: nimbusMigration.creed.slice(0, 2),
};

export function makeChecks(now = Date.now()): CheckInfo[] {
  const evaluatedAt = minutesAgo(3, now);
  return [
    {
      id: 'prometheus-metrics',
      title: 'Emits Prometheus metrics',
      severity: 'must',
      waivable: false,
      status: 'pass',
      remediation: {
        text: 'Add the scrape annotation',
        url: 'https://example.com/golden-path/metrics',
      },
      evaluatedAt,
      evidence: [
        {
          rule: 'annotation prometheus.io/scrape equals "true"',
          actual: 'true',
          outcome: 'pass',
        },
      ],
    },
    {
      id: 'cost-center',
      title: 'Cost-centre tag',
      description: 'Cloud spend is charged back through a cost-centre label.',
      severity: 'must',
      waivable: false,
      status: 'fail',
      remediation: {
        text: "Set metadata.labels.cost-center to your team's cost centre",
        url: 'https://example.com/golden-path/cost-tagging',
      },
      evaluatedAt,
      evidence: [
        {
          rule: 'label cost-center matches /^cc-[0-9]{4}$/',
          actual: 'finance',
          outcome: 'fail',
        },
      ],
    },
    {
      id: 'encryption-at-rest',
      title: 'Data encrypted at rest',
      severity: 'should',
      waivable: true,
      status: 'unknown',
      remediation: {
        text: 'Use the encrypted storage class',
      },
      evaluatedAt,
      evidence: [
        {
          rule: 'annotation nimbus.io/encryption is one of "kms", "hsm"',
          outcome: 'unknown',
        },
        { rule: 'tag stateless is present', actual: false, outcome: 'fail' },
      ],
    },
    {
      id: 'runbook',
      title: 'Has a runbook',
      severity: 'should',
      waivable: true,
      status: 'waived',
      evaluatedAt,
      evidence: [
        {
          rule: 'link of type runbook is present',
          actual: false,
          outcome: 'fail',
        },
      ],
      waiver: {
        id: '6b0c3c4e-0d7a-4c55-9a57-0d1f3b1f7a01',
        entityRef: 'component:default/ledger-service',
        creedId: 'runbook',
        reason: 'Runbook lands with the Nimbus cut-over',
        expiresAt: '2027-03-12T23:59:59.999Z',
        createdBy: 'user:default/platform-admin',
        createdAt: daysAgo(10, now),
      },
    },
    {
      id: 'docs',
      title: 'Documented in TechDocs',
      severity: 'should',
      waivable: true,
      status: 'fail',
      evaluatedAt,
      evidence: [
        {
          rule: 'path metadata.annotations["backstage.io/techdocs-ref"] exists',
          outcome: 'fail',
        },
      ],
    },
  ];
}

export function makeCard(
  overrides: Partial<EntityMigrationCard> = {},
  now = Date.now(),
): EntityMigrationCard {
  const checks = overrides.checks ?? makeChecks(now);
  const count = (status: CheckInfo['status']) =>
    checks.filter(c => c.status === status).length;
  return {
    migrationId: 'nimbus',
    entityRef: 'component:default/ledger-service',
    title: 'Ledger service',
    owner: 'group:default/payments',
    stage: 'in-progress',
    stageSource: 'api',
    live: false,
    track: 'solo-trek',
    quadrant: { criticality: 'low', complexity: 'low' },
    wave: null,
    daysToSunset: 402,
    sunset: '2027-12-31',
    checks,
    compliance: {
      passed: count('pass'),
      failed: count('fail'),
      waived: count('waived'),
      unknown: count('unknown'),
      total: checks.length,
    },
    history: [
      {
        id: 1,
        fromStage: null,
        toStage: 'not-started',
        source: 'default',
        actor: null,
        note: null,
        at: daysAgo(60, now),
      },
      {
        id: 2,
        fromStage: 'not-started',
        toStage: 'planning',
        source: 'annotation',
        actor: null,
        note: null,
        at: daysAgo(30, now),
      },
      {
        id: 3,
        fromStage: 'planning',
        toStage: 'in-progress',
        source: 'api',
        actor: 'user:default/jane',
        note: 'Terraform module applied in staging',
        at: daysAgo(2, now),
      },
    ],
    waivers: checks.flatMap(c => (c.waiver ? [c.waiver] : [])),
    evaluatedAt: minutesAgo(3, now),
    stale: false,
    trackDecision: {
      id: 1,
      fromTrack: null,
      toTrack: 'solo-trek',
      source: 'first-evaluation',
      actor: null,
      note: 'The quadrant gave the Solo Trek track',
      at: daysAgo(60, now),
    },
    trackDrift: null,
    trackHistory: [
      {
        id: 1,
        fromTrack: null,
        toTrack: 'solo-trek',
        source: 'first-evaluation',
        actor: null,
        note: 'The quadrant gave the Solo Trek track',
        at: daysAgo(60, now),
      },
    ],
    segmentation: {
      criticality: {
        level: 'low',
        source: 'signals',
        summary: 'low: tier label "tier" is tier-3',
        signals: [
          {
            name: 'tier label "tier"',
            value: 'tier-3',
            effect: 'low',
            decisive: true,
          },
          {
            name: 'lifecycle',
            value: 'production',
            effect: 'high',
            decisive: false,
          },
        ],
      },
      complexity: {
        level: 'low',
        source: 'signals',
        summary: 'low: score 2 < 4 (+2 dependsOn)',
        signals: [
          {
            name: 'dependsOn',
            value: 2,
            effect: '+2',
            refs: ['component:default/audit-log', 'resource:default/ledger-db'],
            decisive: false,
          },
        ],
        score: 2,
        threshold: 4,
      },
    },
    waveDetail: null,
    ...overrides,
  };
}

const emptyStages = {
  'not-started': 0,
  planning: 0,
  'in-progress': 0,
  migrated: 0,
  decommissioned: 0,
  retired: 0,
};

/**
 * Teams beyond the three named ones, so that every paged list (leaderboard,
 * stages by team, long tail) has more than one page. Their figures are
 * derived from their position, so tests can rely on them.
 */
export const GENERATED_TEAMS: ReadonlyArray<{ ref: string; title: string }> = [
  'Accounts',
  'Analytics',
  'Billing',
  'Catalogue',
  'Checkout',
  'Customer Care',
  'Data Platform',
  'Delivery',
  'Fraud',
  'Growth',
  'Inventory',
  'Loyalty',
  'Marketing Tech',
  'Messaging',
  'Mobile',
  'Notifications',
  'Onboarding',
  'Partners',
  'Pricing',
  'Recommendations',
  'Reporting',
  'Returns',
  'Risk',
  'Search',
  'Shipping',
  'Storefront',
  'Warehouse',
].map(title => ({
  ref: `group:default/${title.toLocaleLowerCase('en-US').replace(/ /g, '-')}`,
  title,
}));

function figures(
  stages: Partial<Record<MigrationStage, number>>,
  compliantDone: number,
): AdoptionFigures {
  const all = { ...emptyStages, ...stages };
  const total = Object.values(all).reduce((sum, n) => sum + n, 0);
  const done = all.migrated + all.decommissioned + all.retired;
  return {
    total,
    stages: all,
    done,
    compliantDone,
    adoption: total ? done / total : 0,
    compliantAdoption: total ? compliantDone / total : 0,
  };
}

/** Services and progress of the i-th generated team. */
function generatedFigures(i: number): AdoptionFigures {
  const total = 2 + ((i * 5) % 13);
  // Every fifth team has done nothing yet, so adoption ties at 0%.
  const done = i % 5 === 0 ? 0 : Math.floor((total * ((i * 7) % 10)) / 10);
  const notDone = total - done;
  return figures(
    {
      'not-started': Math.ceil(notDone / 2),
      planning: Math.floor(notDone / 2),
      migrated: done - Math.floor(done / 3),
      decommissioned: Math.floor(done / 3),
    },
    Math.max(0, done - (i % 2)),
  );
}

/**
 * The adoption of every team owning services in scope, in no particular
 * order (the fake backend sorts). Payments, Logistics and Identity & Access
 * come first; the generated teams make the list longer than a page. The
 * totals of {@link makeAdoptionReport} are kept small and do not add up
 * over this list, as in the figures the KPI tests read.
 */
export function makeTeamAdoption(): TeamAdoption[] {
  return [
    {
      team: 'group:default/payments',
      title: 'Payments',
      ...figures(
        { 'in-progress': 1, migrated: 4, decommissioned: 2, retired: 1 },
        6,
      ),
    },
    {
      team: 'group:default/logistics',
      title: 'Logistics',
      ...figures(
        { 'not-started': 6, planning: 3, 'in-progress': 1, migrated: 2 },
        1,
      ),
    },
    {
      team: 'group:default/identity',
      title: 'Identity & Access',
      ...figures({ planning: 1, migrated: 3 }, 3),
    },
    ...GENERATED_TEAMS.map((t, i) => ({
      team: t.ref,
      title: t.title,
      ...generatedFigures(i),
    })),
  ];
}

export function makeAdoptionReport(
  overrides: Partial<AdoptionReport> = {},
): AdoptionReport {
  return {
    migrationId: 'nimbus',
    generatedAt: minutesAgo(2),
    sunset: '2027-12-31',
    daysToSunset: 402,
    totals: {
      total: 20,
      stages: {
        ...emptyStages,
        'not-started': 6,
        planning: 3,
        'in-progress': 2,
        migrated: 6,
        decommissioned: 2,
        retired: 1,
      },
      done: 9,
      compliantDone: 7,
      adoption: 0.45,
      compliantAdoption: 0.35,
    },
    teamCount: makeTeamAdoption().length,
    byTrack: [
      {
        track: 'solo-trek',
        total: 14,
        stages: { ...emptyStages, migrated: 6, 'not-started': 8 },
        done: 6,
        compliantDone: 5,
        adoption: 6 / 14,
        compliantAdoption: 5 / 14,
      },
      {
        track: 'caravan',
        total: 6,
        stages: { ...emptyStages, migrated: 3, planning: 3 },
        done: 3,
        compliantDone: 2,
        adoption: 0.5,
        compliantAdoption: 2 / 6,
      },
    ],
    byWave: [
      {
        wave: '1',
        total: 4,
        stages: { ...emptyStages, migrated: 3, planning: 1 },
        done: 3,
        compliantDone: 2,
        adoption: 0.75,
        compliantAdoption: 0.5,
      },
      {
        wave: null,
        total: 2,
        stages: { ...emptyStages, planning: 2 },
        done: 0,
        compliantDone: 0,
        adoption: 0,
        compliantAdoption: 0,
      },
    ],
    byQuadrant: [
      {
        criticality: 'high',
        complexity: 'high',
        track: 'caravan',
        total: 6,
        stages: { ...emptyStages, migrated: 3, planning: 3 },
        done: 3,
        compliantDone: 2,
        adoption: 0.5,
        compliantAdoption: 2 / 6,
      },
      {
        criticality: 'high',
        complexity: 'low',
        track: 'solo-trek',
        total: 3,
        stages: { ...emptyStages, migrated: 2, 'not-started': 1 },
        done: 2,
        compliantDone: 2,
        adoption: 2 / 3,
        compliantAdoption: 2 / 3,
      },
      {
        criticality: 'low',
        complexity: 'high',
        track: 'solo-trek',
        total: 4,
        stages: { ...emptyStages, 'not-started': 4 },
        done: 0,
        compliantDone: 0,
        adoption: 0,
        compliantAdoption: 0,
      },
      {
        criticality: 'low',
        complexity: 'low',
        track: 'solo-trek',
        total: 7,
        stages: { ...emptyStages, migrated: 4, 'not-started': 3 },
        done: 4,
        compliantDone: 3,
        adoption: 4 / 7,
        compliantAdoption: 3 / 7,
      },
    ],
    creed: [
      {
        id: 'prometheus-metrics',
        title: 'Emits Prometheus metrics',
        severity: 'must',
        pass: 18,
        fail: 2,
        waived: 0,
        unknown: 0,
      },
      {
        id: 'cost-center',
        title: 'Cost-centre tag',
        severity: 'must',
        pass: 11,
        fail: 9,
        waived: 0,
        unknown: 0,
      },
      {
        id: 'runbook',
        title: 'Has a runbook',
        severity: 'should',
        pass: 14,
        fail: 4,
        waived: 2,
        unknown: 0,
      },
    ],
    forecast: {
      status: 'at-risk',
      reason: 'The finish could be as late as 2028-09-30, after the sunset.',
      projectedCompletion: '2028-02-14',
      earliestCompletion: '2027-09-01',
      latestCompletion: '2028-09-30',
      confidence: 0.9,
      sunset: '2027-12-31',
      weeklyRate: 0.2,
      scopeWeeklyChange: 0,
      netWeeklyRate: 0.2,
      requiredWeeklyRate: 0.19,
      remaining: 11,
      basedOnWeeks: 8,
      minWeeks: 3,
    },
    forecastByTrack: [],
    stale: false,
    ...overrides,
  };
}

/** Each track's forecast: the Solo Trek at risk, the Caravan too new to say. */
export function makeTrackForecasts(
  forecast = makeAdoptionReport().forecast,
): TrackForecast[] {
  return [
    { ...forecast, track: 'solo-trek' },
    {
      ...forecast,
      track: 'caravan',
      status: 'not-enough-data',
      reason:
        'The forecast needs 3 weeks of history and has 9 days: it projects from 2026-10-13.',
      projectedCompletion: null,
      earliestCompletion: null,
      latestCompletion: null,
      remaining: 4,
    },
  ];
}

export function makeAdoptionHistory(
  overrides: Partial<AdoptionHistory> = {},
): AdoptionHistory {
  const days = ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01'];
  const done = [0, 3, 6, 9];
  return {
    migrationId: 'nimbus',
    start: '2026-01-01',
    sunset: '2027-12-31',
    points: days.map((day, i) => ({
      day,
      total: 20,
      done: done[i],
      compliantDone: Math.max(0, done[i] - 2),
      adoption: done[i] / 20,
      compliantAdoption: Math.max(0, done[i] - 2) / 20,
    })),
    forecast: makeAdoptionReport().forecast,
    forecastByTrack: makeTrackForecasts(),
    ...overrides,
  };
}

/** The long tail as the fake backend holds it; it pages and counts on request. */
export type LongTailFixture = Omit<
  LongTailReport,
  'total' | 'offset' | 'quadrants'
>;

const LEVELS: Level[] = ['high', 'low'];

/** Services of the generated teams in the long tail, to fill several pages. */
export function generatedLongTail(
  count = 42,
  now = Date.now(),
): LongTailEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const team = GENERATED_TEAMS[i % GENERATED_TEAMS.length];
    const criticality = LEVELS[i % 4 === 0 ? 0 : 1];
    const complexity = LEVELS[i % 3 === 0 ? 0 : 1];
    const daysIdle = 61 + ((i * 37) % 400);
    const name = `legacy-${String(i + 1).padStart(2, '0')}`;
    return {
      entityRef: `component:default/${name}`,
      owner: team.ref,
      ownerTitle: team.title,
      stage: i % 2 === 0 ? 'not-started' : 'planning',
      daysIdle,
      lastChange: daysAgo(daysIdle, now),
      criticality,
      complexity,
      track:
        criticality === 'high' && complexity === 'high'
          ? 'caravan'
          : 'solo-trek',
      stranded: false,
    };
  });
}

/**
 * Three named services, then {@link generatedLongTail}: 45 in all. Pass
 * `items` to replace them.
 */
export function makeLongTail(
  overrides: Partial<LongTailFixture> = {},
): LongTailFixture {
  return {
    migrationId: 'nimbus',
    idleDays: 60,
    afterSunset: false,
    items: [
      {
        entityRef: 'component:default/crown-ledger',
        title: 'Crown ledger',
        owner: 'group:default/logistics',
        ownerTitle: 'Logistics',
        stage: 'planning',
        daysIdle: 120,
        lastChange: daysAgo(120),
        criticality: 'high',
        complexity: 'high',
        track: 'caravan',
        stranded: false,
      },
      {
        entityRef: 'component:default/label-worker',
        owner: 'group:default/logistics',
        ownerTitle: 'Logistics',
        stage: 'not-started',
        daysIdle: 300,
        lastChange: daysAgo(300),
        criticality: 'low',
        complexity: 'low',
        track: 'solo-trek',
        stranded: false,
      },
      {
        entityRef: 'component:default/ticket-sync',
        owner: null,
        stage: 'not-started',
        daysIdle: 90,
        lastChange: daysAgo(90),
        criticality: 'low',
        complexity: 'high',
        track: 'solo-trek',
        stranded: true,
      },
      ...generatedLongTail(),
    ],
    ...overrides,
  };
}

/**
 * The whole ranking of a period, best first, as the fake backend holds it:
 * this month two teams, all time the three named teams and then every
 * generated team (30 in all).
 */
export function makeLeaderboardEntries(
  period: LeaderboardPeriod,
): LeaderboardEntry[] {
  if (period === 'month') {
    return [
      {
        rank: 1,
        team: 'group:default/logistics',
        title: 'Logistics',
        score: 12,
        migrated: 2,
        total: 12,
        compliant: 1,
        badges: [],
        rankChange: 1,
      },
      {
        rank: 2,
        team: 'group:default/payments',
        title: 'Payments',
        score: 4,
        migrated: 1,
        total: 8,
        compliant: 1,
        badges: [],
        rankChange: -1,
      },
    ];
  }
  return [
    {
      rank: 1,
      team: 'group:default/payments',
      title: 'Payments',
      score: 78,
      migrated: 7,
      total: 8,
      compliant: 6,
      badges: ['trailblazer', 'early-mover', 'clean-creed'],
      rankChange: 2,
    },
    {
      rank: 2,
      team: 'group:default/identity',
      title: 'Identity & Access',
      score: 61.5,
      migrated: 3,
      total: 4,
      compliant: 3,
      badges: ['migration-hero'],
      rankChange: 0,
    },
    {
      rank: 3,
      team: 'group:default/logistics',
      title: 'Logistics',
      score: 9.8,
      migrated: 2,
      total: 12,
      compliant: 1,
      badges: [],
      rankChange: null,
    },
    ...GENERATED_TEAMS.map((t, i) => {
      const f = generatedFigures(i);
      return {
        rank: i + 4,
        team: t.ref,
        title: t.title,
        score: Math.round((9.5 - i * 0.3) * 10) / 10,
        migrated: f.done,
        total: f.total,
        compliant: f.compliantDone,
        badges: [],
        rankChange: [null, 1, -2][i % 3],
      };
    }),
  ];
}

/** Groups and people in the catalog, for the hero nominee search. */
export function makeCatalogEntities(): Entity[] {
  const group = (ref: string, title: string): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: ref.split('/')[1], namespace: 'default', title },
    spec: { type: 'team', children: [] },
  });
  const user = (name: string, displayName: string): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { profile: { displayName }, memberOf: [] },
  });
  return [
    group('group:default/payments', 'Payments'),
    group('group:default/identity', 'Identity & Access'),
    group('group:default/logistics', 'Logistics'),
    ...GENERATED_TEAMS.map(t => group(t.ref, t.title)),
    user('jane', 'Jane Doe'),
    user('ada.lovelace', 'Ada Lovelace'),
    user('grace.hopper', 'Grace Hopper'),
  ];
}

export function makeHeroes(
  overrides: Partial<HeroesResponse> = {},
): HeroesResponse {
  return {
    timeZone: 'UTC',
    current: {
      month: '2026-11',
      nominee: 'group:default/identity',
      title: 'Identity & Access',
      nominations: 3,
      reasons: ['Wrote the Nimbus auth migration guide'],
      closed: false,
    },
    past: [
      {
        month: '2026-10',
        nominee: 'group:default/payments',
        title: 'Payments',
        nominations: 2,
        reasons: ['First to go live', 'Paired with three teams on Terraform'],
        closed: true,
        closedAt: '2026-11-01T00:00:00.000Z',
      },
      {
        month: '2026-08',
        nominee: 'user:default/grace.hopper',
        title: 'Grace Hopper',
        nominations: 4,
        reasons: ['Ran the office hours all summer'],
        closed: true,
        closedAt: '2026-09-01T00:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

export function makeTeamServices(
  overrides: Partial<TeamServices> = {},
): TeamServices {
  return {
    migrationId: 'nimbus',
    team: 'group:default/payments',
    items: [
      {
        entityRef: 'component:default/ledger-service',
        title: 'Ledger service',
        stage: 'in-progress',
        live: false,
        track: 'solo-trek',
        criticality: 'low',
        complexity: 'low',
        wave: null,
        passed: 1,
        failed: 2,
        waived: 1,
        unknown: 1,
        total: 5,
        mustPass: false,
        lastChange: daysAgo(2),
      },
      {
        entityRef: 'component:default/invoice-proxy',
        stage: 'decommissioned',
        live: true,
        track: 'solo-trek',
        criticality: 'low',
        complexity: 'high',
        wave: null,
        passed: 5,
        failed: 0,
        waived: 0,
        unknown: 0,
        total: 5,
        mustPass: true,
        lastChange: daysAgo(200),
      },
      {
        entityRef: 'component:default/payment-gateway',
        title: 'Payment gateway',
        stage: 'planning',
        live: false,
        track: 'caravan',
        criticality: 'high',
        complexity: 'high',
        wave: '2',
        passed: 4,
        failed: 1,
        waived: 0,
        unknown: 0,
        total: 5,
        mustPass: true,
        lastChange: daysAgo(40),
      },
    ],
    ...overrides,
  };
}
