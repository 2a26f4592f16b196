import { ConfigReader } from '@backstage/config';
import { LeaderboardEntry } from '@internal/plugin-solo-trek-common';
import { nimbusConfig } from '../../__testUtils__/fixtures';
import { readSoloTrekConfig } from '../../config/readSoloTrekConfig';
import { HistoryEntry, Waiver, Wave } from '../model';
import { dueNudges, keysToLookUp, planSweep, SweepInput } from './decide';
import { NudgeRow, Observation } from './model';
import { creedRegressions, nextObservations } from './serviceNudges';

const config = readSoloTrekConfig(
  new ConfigReader({
    soloTrek: {
      ...nimbusConfig,
      nudges: { enabled: true },
      migrations: [
        {
          ...nimbusConfig.migrations[0],
          window: { start: '2026-01-01', sunset: '2027-01-31' },
        },
      ],
    },
  }),
);
const [nimbus] = config.migrations;
// 20 days before the sunset: the 30-day reminder is due.
const now = new Date('2027-01-11T10:00:00Z');
const DAY = 86_400_000;

const PASS_ALL = {
  'prometheus-metrics': 'pass',
  'cost-center': 'pass',
  'encryption-at-rest': 'pass',
};

function row(name: string, fields: Partial<NudgeRow> = {}): NudgeRow {
  return {
    entityRef: `component:default/${name}`,
    title: null,
    ownerRef: 'group:default/payments',
    stage: 'planning',
    live: false,
    criticality: 'low',
    track: 'solo-trek',
    wave: null,
    stageChangedAt: new Date(now.getTime() - 5 * DAY),
    migratedAt: null,
    outcomes: { ...PASS_ALL, 'cost-center': 'fail' },
    ...fields,
  };
}

function entry(team: string, fields: Partial<LeaderboardEntry> = {}) {
  return {
    rank: 1,
    team,
    title: team.split('/')[1],
    score: 50,
    migrated: 1,
    total: 2,
    compliant: 1,
    badges: [],
    rankChange: null,
    ...fields,
  } as LeaderboardEntry;
}

function input(fields: Partial<SweepInput> = {}): SweepInput {
  return {
    migration: nimbus,
    settings: config.nudges,
    platformTeam: config.platformTeam,
    longTailIdleDays: 60,
    rows: [],
    waves: [],
    titles: new Map([['group:default/payments', 'Payments']]),
    waivers: [],
    history: [],
    observations: new Map(),
    evidence: new Map(),
    escalations: new Map(),
    ownerMembers: new Map(),
    leaderboard: [],
    hero: undefined,
    regressions: [],
    celebrate: true,
    now,
    ...fields,
  };
}

function plan(i: SweepInput, recorded: string[] = []) {
  return planSweep({
    input: i,
    candidates: dueNudges(i),
    recorded: new Set(recorded),
  });
}

describe('the sunset countdown', () => {
  it('reminds the owners of each service not done, naming days, stage, failing musts and the tab', () => {
    const nudges = dueNudges(
      input({
        rows: [
          row('ledger'),
          row('done', { stage: 'migrated', live: true }),
          row('retired', { stage: 'retired' }),
          row('orphan', { ownerRef: null }),
        ],
        celebrate: false,
      }),
    );
    expect(nudges).toHaveLength(1);
    const [n] = nudges;
    expect(n).toMatchObject({
      key: 'sunset:2027-01-31:30:component:default/ledger',
      topic: 'solo-trek.sunset',
      severity: 'high',
      title: '20 days to sunset: ledger is not on nimbus yet',
      link: '/catalog/default/component/ledger/migration?migration=nimbus',
      recipients: { type: 'entity', entityRefs: ['group:default/payments'] },
    });
    expect(n.description).toContain('at stage Planning');
    expect(n.description).toContain('Failing must items: Cost-centre tag.');
    expect(n.description).toContain('on 2027-01-31');
  });

  it('escalates a critical service in the long tail at 30 days or less, and none other', () => {
    const escalations = new Map([
      [
        'group:default/payments',
        {
          group: 'group:default/commerce',
          entityRefs: ['user:default/head-of-commerce'],
        },
      ],
    ]);
    const idle = new Date(now.getTime() - 90 * DAY);
    const nudges = dueNudges(
      input({
        escalations,
        rows: [
          row('critical-idle', { criticality: 'high', stageChangedAt: idle }),
          row('critical-never', { criticality: 'high', stage: 'not-started' }),
          row('critical-busy', { criticality: 'high' }),
          row('low-idle', { stageChangedAt: idle }),
        ],
      }),
    );
    const escalated = nudges.filter(n => n.kind === 'escalation');
    expect(escalated.map(n => n.entityRef)).toEqual([
      'component:default/critical-idle',
      'component:default/critical-never',
    ]);
    expect(escalated[0]).toMatchObject({
      recipients: {
        type: 'entity',
        entityRefs: ['user:default/head-of-commerce'],
      },
      fold: { kind: 'escalation', by: 'group:default/commerce' },
    });
    expect(escalated[0].title).toContain('critical and in the long tail');
  });

  it('after the sunset repeats every 7 days while stranded, escalating each', () => {
    const escalations = new Map([
      [
        'group:default/payments',
        { group: 'group:default/commerce', entityRefs: ['user:default/h'] },
      ],
    ]);
    const at = (date: string) =>
      dueNudges(
        input({ escalations, rows: [row('ledger')], now: new Date(date) }),
      ).map(n => n.key);
    expect(at('2027-02-03T09:00:00Z')).toEqual([
      'sunset:2027-01-31:0:component:default/ledger',
      'escalation:2027-01-31:0:component:default/ledger',
    ]);
    expect(at('2027-02-07T09:00:00Z')).toEqual([
      'sunset:2027-01-31:-7:component:default/ledger',
      'escalation:2027-01-31:-7:component:default/ledger',
    ]);
    const [stranded] = dueNudges(
      input({ rows: [row('ledger')], now: new Date('2027-02-14T09:00:00Z') }),
    );
    expect(stranded).toMatchObject({
      key: 'sunset:2027-01-31:-14:component:default/ledger',
      severity: 'critical',
      title: 'Stranded for 14 days: ledger is still on legacy-dc',
    });
  });
});

describe('digests', () => {
  const many = (n: number, team = 'group:default/payments') =>
    Array.from({ length: n }, (_, i) =>
      row(`svc-${team.split('/')[1]}-${i}`, { ownerRef: team }),
    );

  it('folds a team’s reminders into one digest above the threshold (10)', () => {
    const i = input({
      rows: [...many(11), ...many(10, 'group:default/search')],
      leaderboard: [
        entry('group:default/payments', { rank: 2, rankChange: -1 }),
        entry('group:default/search', { rank: 1, rankChange: 1 }),
      ],
    });
    const { send, folded } = plan(i);
    expect(folded).toBe(11);
    const digest = send.find(n => n.kind === 'digest')!;
    expect(digest).toMatchObject({
      key: 'digest:group:default/payments:2027-W02',
      topic: 'solo-trek.digest',
      severity: 'high',
      recipients: { type: 'entity', entityRefs: ['group:default/payments'] },
      link: '/catalog/default/group/payments',
    });
    expect(digest.covers).toHaveLength(11);
    expect(digest.title).toBe(
      'Move to the Nimbus platform this week for payments: 11 services left, 20 days to sunset',
    );
    expect(digest.description).toContain('11 reminders this week, in one.');
    expect(digest.description).toContain(
      'Failing must items: Cost-centre tag (11).',
    );
    expect(digest.description).toContain(
      'Rank 2 of 2, down 1 since last month.',
    );
    expect(digest.description).toContain('and 6 more');
    // Ten are not more than ten: one each.
    expect(
      send.filter(
        n => n.team === 'group:default/search' && n.kind === 'sunset',
      ),
    ).toHaveLength(10);
  });

  it('a team that got this week’s digest gets later reminders in it too', () => {
    const i = input({ rows: many(2) });
    const { send } = plan(i, ['digest:group:default/payments:2027-W02']);
    expect(send.map(n => n.kind)).toEqual(['digest']);
    expect(send[0].covers).toHaveLength(2);
  });

  it('sends nothing recorded, and no threshold below one recorded', () => {
    const i = input({ rows: many(2) });
    const keys = dueNudges(i).map(n => n.key);
    expect(plan(i, keys).send).toEqual([]);
    expect(keysToLookUp(dueNudges(i), now, 'UTC')).toEqual([
      keys[0],
      'digest:group:default/payments:2027-W02',
      keys[1],
    ]);
  });
});

describe('Creed regressions', () => {
  const live = (name: string, outcomes: Record<string, string>) =>
    row(name, { live: true, stage: 'migrated', outcomes });
  const seen: Observation = {
    passing: ['prometheus-metrics', 'cost-center'],
    observedAt: new Date('2027-01-10T10:00:00Z'),
  };

  it('tells the owners, with evidence and remediation, when a must item that passed fails', () => {
    const rows = [
      live('broke', { ...PASS_ALL, 'prometheus-metrics': 'fail' }),
      live('unknown', { ...PASS_ALL, 'prometheus-metrics': 'unknown' }),
      live('should', { ...PASS_ALL, 'encryption-at-rest': 'fail' }),
      row('not-live', {
        outcomes: { ...PASS_ALL, 'prometheus-metrics': 'fail' },
      }),
    ];
    const observations = new Map(rows.map(r => [r.entityRef, seen]));
    const regressions = creedRegressions(nimbus, rows, observations);
    expect(regressions.map(r => [r.row.entityRef, r.item.id])).toEqual([
      ['component:default/broke', 'prometheus-metrics'],
    ]);
    const nudges = dueNudges(
      input({
        rows: rows.slice(0, 3),
        observations,
        regressions,
        evidence: new Map([
          [
            'component:default/broke',
            [
              {
                id: 'prometheus-metrics',
                outcome: 'fail',
                evidence: [
                  {
                    rule: 'annotation prometheus.io/scrape equals "true"',
                    actual: 'false',
                    outcome: 'fail',
                  },
                ],
              },
            ],
          ],
        ]),
      }),
    ).filter(n => n.kind === 'creed');
    expect(nudges).toHaveLength(1);
    expect(nudges[0]).toMatchObject({
      key: 'creed:prometheus-metrics:2027-01-10T10:00:00.000Z:component:default/broke',
      topic: 'solo-trek.creed',
      severity: 'high',
      title: 'broke now fails "Emits Prometheus metrics"',
    });
    expect(nudges[0].description).toContain(
      'Evidence: annotation prometheus.io/scrape equals "true" (found "false")',
    );
    expect(nudges[0].description).toContain(
      'https://example.com/golden-path/metrics',
    );
  });

  it('observes what live services pass, only where it changed', () => {
    const rows = [
      live('same', { ...PASS_ALL, 'encryption-at-rest': 'fail' }),
      live('changed', { ...PASS_ALL, 'cost-center': 'fail' }),
      live('new', PASS_ALL),
      row('left-live'),
    ];
    const observations = new Map<string, Observation>([
      ['component:default/same', seen],
      ['component:default/changed', seen],
      ['component:default/left-live', seen],
    ]);
    expect(nextObservations(nimbus, rows, observations)).toEqual({
      upserts: [
        {
          entityRef: 'component:default/changed',
          passing: ['prometheus-metrics'],
        },
        {
          entityRef: 'component:default/new',
          passing: ['prometheus-metrics', 'cost-center'],
        },
      ],
      deletes: ['component:default/left-live'],
    });
  });
});

describe('waivers and stage changes', () => {
  const waiver = (days: number, creedId = 'encryption-at-rest'): Waiver => ({
    id: `w-${days}-${creedId}`,
    migrationId: 'nimbus',
    entityRef: 'component:default/ledger',
    creedId,
    reason: 'HSM rollout',
    expiresAt: new Date(now.getTime() + days * DAY),
    createdBy: 'user:default/pat',
    createdAt: new Date('2026-12-01T00:00:00Z'),
  });

  it('warns owners and the platform team of a waiver that expires within 7 days and still matters', () => {
    const rows = [
      row('ledger', {
        outcomes: { ...PASS_ALL, 'encryption-at-rest': 'fail' },
      }),
    ];
    const nudges = dueNudges(
      input({
        rows,
        waivers: [waiver(5), waiver(10), waiver(3, 'cost-center')],
      }),
    ).filter(n => n.kind === 'waiver');
    expect(nudges).toHaveLength(1);
    expect(nudges[0]).toMatchObject({
      key: 'waiver:w-5-encryption-at-rest',
      topic: 'solo-trek.waiver',
      title:
        'The waiver for "Data encrypted at rest" on ledger expires in 5 days',
      recipients: {
        type: 'entity',
        entityRefs: ['group:default/payments', 'group:default/platform-team'],
      },
    });
    // An item that passes now needs no waiver: nothing to warn of.
    expect(
      dueNudges(input({ rows: [row('ledger')], waivers: [waiver(5)] })).filter(
        n => n.kind === 'waiver',
      ),
    ).toEqual([]);
  });

  const change = (id: number, fields: Partial<HistoryEntry>): HistoryEntry => ({
    id,
    entityRef: 'component:default/ledger',
    ownerRef: 'group:default/payments',
    fromStage: 'planning',
    toStage: 'in-progress',
    source: 'api',
    actor: 'ci-pipeline',
    note: null,
    createdAt: new Date(now.getTime() - DAY),
    ...fields,
  });

  it('tells owners of stage changes others made: a pipeline, someone outside the team, the live signal', () => {
    const nudges = dueNudges(
      input({
        rows: [row('ledger')],
        ownerMembers: new Map([
          ['group:default/payments', new Set(['user:default/ada'])],
        ]),
        history: [
          change(1, {}),
          change(2, { actor: 'user:default/ada' }),
          change(3, { actor: 'user:default/pat', note: 'Moved with the team' }),
          change(4, { source: 'live', actor: null, toStage: 'migrated' }),
          change(5, { fromStage: null }),
        ],
      }),
    ).filter(n => n.kind === 'stage');
    expect(nudges.map(n => n.key)).toEqual(['stage:1', 'stage:3', 'stage:4']);
    expect(nudges[0]).toMatchObject({
      severity: 'low',
      topic: 'solo-trek.stage',
      title: 'ledger moved to In progress',
    });
    expect(nudges[0].description).toContain('reported by ci-pipeline');
    expect(nudges[1].recipients).toEqual({
      type: 'entity',
      entityRefs: ['group:default/payments'],
      exclude: ['user:default/pat'],
    });
    expect(nudges[2].description).toContain(
      'the catalog shows it live on nimbus',
    );
  });
});

describe('celebrations', () => {
  it('broadcasts a team at 100% with its badges, the highest adoption passed and last month’s hero', () => {
    const rows = [
      row('a', { stage: 'migrated' }),
      row('b', { stage: 'retired' }),
      row('c', { stage: 'migrated' }),
      row('d'),
    ];
    const i = input({
      rows,
      leaderboard: [
        entry('group:default/payments', {
          title: 'Payments',
          migrated: 3,
          total: 3,
          badges: ['trailblazer', 'clean-creed'],
        }),
        entry('group:default/search', { rank: 2 }),
      ],
      hero: {
        migrationId: 'nimbus',
        month: '2026-12',
        nominee: 'group:default/payments',
        nominations: 3,
        reasons: ['Moved the ledger over a weekend'],
        timeZone: 'UTC',
        closedAt: new Date('2027-01-01T00:00:00Z'),
        recordedAt: new Date('2027-01-01T00:05:00Z'),
      },
    });
    const broadcasts = dueNudges(i).filter(
      n => n.recipients.type === 'broadcast',
    );
    expect(broadcasts.map(n => n.key)).toEqual([
      'team-complete:group:default/payments',
      'adoption:75',
      'hero:2026-12',
    ]);
    expect(broadcasts[0].description).toContain(
      'Badges: Trailblazer (one of the first three teams at 100%); Clean Creed',
    );
    expect(broadcasts[1].supersededBy).toEqual(['adoption:100']);
    expect(broadcasts[2].title).toBe('Migration Hero of 2026-12: Payments');
    expect(broadcasts.every(n => n.topic === 'solo-trek.milestone')).toBe(true);
    // Nothing before the baseline: a first sweep celebrates nothing.
    expect(
      dueNudges({ ...i, celebrate: false }).filter(
        n => n.recipients.type === 'broadcast',
      ),
    ).toEqual([]);
    // A higher threshold sent: a lower one never follows.
    expect(
      plan(i, ['adoption:100']).send.find(n => n.kind === 'adoption'),
    ).toBeUndefined();
  });

  it('broadcasts a planned wave once every Caravan member is done, by the plan’s rule and title', () => {
    const planned = (id: string, order: number): Wave => ({
      migrationId: 'nimbus',
      id,
      title: `Wave ${order} · ${id}`,
      order,
      plannedStart: null,
      plannedEnd: null,
      status: 'active',
      createdBy: 'user:default/pat',
      createdAt: now,
      updatedBy: null,
      updatedAt: now,
    });
    const rows = [
      row('a', { track: 'caravan', wave: 'core', stage: 'migrated' }),
      row('b', { track: 'caravan', wave: 'core', stage: 'decommissioned' }),
      // A Solo Trek service labelled with the wave is not a member.
      row('s', { track: 'solo-trek', wave: 'core' }),
      row('c', { track: 'caravan', wave: 'edge', stage: 'migrated' }),
      row('d', { track: 'caravan', wave: 'edge' }),
      // A label the plan does not have: no wave to celebrate.
      row('e', { track: 'caravan', wave: 'gone', stage: 'migrated' }),
    ];
    const waves = dueNudges(
      input({
        rows,
        // 'empty' has no members: an empty wave is not complete.
        waves: [planned('core', 1), planned('edge', 2), planned('empty', 3)],
      }),
    ).filter(n => n.kind === 'wave-complete');
    expect(waves.map(n => n.key)).toEqual(['wave-complete:core']);
    expect(waves[0].title).toBe(
      'Caravan Wave 1 · core has moved: 2 services on nimbus',
    );
    expect(waves[0].metadata).toEqual({ migrationId: 'nimbus', wave: 'core' });
  });

});
