import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { dailyValues } from '../domain/outcomes/daily';
import { metricCatalog } from '../domain/outcomes/metrics';
import { StoredOutcomePoint } from '../domain/outcomes/model';
import { computeScorecard } from '../domain/outcomes/scorecard';
import { dayNumber, DAY_MS } from '../domain/outcomes/validatePoints';
import { DatabaseSoloTrekStore } from './DatabaseSoloTrekStore';
import { StoredResult } from './SoloTrekStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const ids = databases.eachSupportedId();

const metrics = metricCatalog({
  queueDepth: { unit: 'jobs', aggregation: 'median', higherIsBetter: false },
});
const aggregationOf = (id: string) => metrics.get(id)?.aggregation;
const NOW = new Date('2026-12-02T12:00:00Z');

function result(
  ref: string,
  overrides: Partial<StoredResult> = {},
): StoredResult {
  return {
    migrationId: 'nimbus',
    entityRef: ref,
    title: null,
    ownerRef: 'group:default/payments',
    live: false,
    stage: 'not-started',
    stageSource: 'default',
    annotationStage: null,
    criticality: 'low',
    complexity: 'low',
    track: 'solo-trek',
    annotationWave: null,
    mustPass: false,
    checks: [],
    resultHash: `hash-${ref}`,
    changedAt: new Date('2026-03-01T00:00:00Z'),
    stageChangedAt: new Date('2026-03-01T00:00:00Z'),
    migratedAt: null,
    ...overrides,
  };
}

/** A deterministic spread of points: several a day, some days with many. */
function points(
  entityRef: string,
  count: number,
  seed = 1,
): StoredOutcomePoint[] {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
  const start = new Date('2026-08-01T00:00:00Z').getTime();
  const metricIds = ['deployments', 'latencyP95Ms', 'incidents', 'queueDepth'];
  return Array.from({ length: count }, (_, i) => ({
    entityRef,
    metric: metricIds[i % metricIds.length],
    // Distinct times spread over 120 days, several a day.
    at: new Date(
      start +
        Math.floor((i * 120 * 1440) / count) * 60_000 +
        Math.floor(next() * 59) * 1000,
    ),
    value: Math.round(next() * 500) / 10,
    platform: next() < 0.1 ? ('new' as const) : null,
  }));
}

describe.each(ids)('outcome points on %p', databaseId => {
  let knex: Knex;
  let store: DatabaseSoloTrekStore;

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    store = await DatabaseSoloTrekStore.create({
      database: mockServices.database({ knex, migrations: { skip: false } }),
    });
  });

  beforeEach(async () => {
    for (const table of [
      'outcome_points',
      'outcome_days',
      'pulse_answers',
      'pulse_notices',
      'entity_results',
      'scans',
    ]) {
      await knex(table).delete();
    }
  });

  it('stores a batch sent twice once: idempotent on entity, metric and time', async () => {
    const batch = points('component:default/ledger', 300);
    await store.outcomes.putPoints(batch, 'external:ci-pipeline', NOW);
    await store.outcomes.putPoints(batch, 'external:ci-pipeline', NOW);
    const [{ n }] = await knex('outcome_points').count({ n: '*' });
    expect(Number(n)).toBe(
      new Set(batch.map(p => `${p.metric}|${p.at.getTime()}`)).size,
    );

    // A corrected value replaces the stored one; a duplicate in one batch keeps the last.
    const first = batch[0];
    await store.outcomes.putPoints(
      [
        { ...first, value: 1 },
        { ...first, value: 2 },
      ],
      'user:default/ada',
      NOW,
    );
    const rows = await knex('outcome_points').where({
      entity_ref: first.entityRef,
      metric: first.metric,
    });
    const stored = rows.find(
      r =>
        new Date(
          r.at instanceof Date ? r.at : Number(r.at) || r.at,
        ).getTime() === first.at.getTime(),
    );
    expect(Number(stored.value)).toBe(2);
    expect(stored.reported_by).toBe('user:default/ada');
  });

  it('rolls raw points up to days that equal the raw aggregate, and the scorecard does not change', async () => {
    const refs = [
      'component:default/a',
      'component:default/b',
      'component:default/c',
    ];
    await store.writeResults('nimbus', [
      {
        result: result(refs[0], {
          stage: 'migrated',
          live: true,
          migratedAt: new Date('2026-09-15T10:00:00Z'),
        }),
      },
      { result: result(refs[1]) },
      {
        result: result(refs[2], {
          stage: 'decommissioned',
          live: true,
          migratedAt: new Date('2026-10-20T00:00:00Z'),
        }),
      },
    ]);
    // About 6,000 points before the cutoff: two pages of the roll-up.
    const all = refs.flatMap((ref, i) => points(ref, 4000, i + 7));
    await store.outcomes.putPoints(all, 'external:ci-pipeline', NOW);
    const services = await store.outcomes.services('nimbus');
    const scorecard = async () =>
      computeScorecard({
        metrics,
        services,
        daily: await store.outcomes.dailyValues(refs, aggregationOf),
        answers: [],
        now: NOW,
        comparisonDays: 90,
        minGroupSize: 3,
      });
    const before = await scorecard();
    const expectedDays = dailyValues(all, aggregationOf);

    const cutoff = new Date('2026-10-01T00:00:00Z');
    const rolled = await store.outcomes.rollUp(cutoff, aggregationOf);
    expect(rolled.points).toBe(all.filter(p => p.at < cutoff).length);

    // Every rolled-up day is the raw aggregate of its points.
    const days = await knex('outcome_days').select();
    const expectedRolled = expectedDays.filter(d => d.day < dayNumber(cutoff));
    expect(days).toHaveLength(expectedRolled.length);
    const byKey = new Map(
      expectedRolled.map(d => [
        `${d.entityRef}|${d.metric}|${d.day}|${d.platform ?? ''}`,
        d,
      ]),
    );
    for (const d of days) {
      const expected = byKey.get(
        `${d.entity_ref}|${d.metric}|${Number(d.day)}|${d.platform}`,
      )!;
      expect(Number(d.value)).toBeCloseTo(expected.value, 9);
      expect(Number(d.points)).toBe(expected.points);
    }
    // Only newer points stay raw.
    const [{ n }] = await knex('outcome_points').count({ n: '*' });
    expect(Number(n)).toBe(all.filter(p => p.at >= cutoff).length);
    // The daily values, and so the scorecard, are the same before and after.
    const sortDays = (list: typeof expectedDays) =>
      list
        .map(d => ({ ...d, value: Math.round(d.value * 1e9) / 1e9 }))
        .sort((a, b) =>
          `${a.entityRef}|${a.metric}|${a.day}|${a.platform}`.localeCompare(
            `${b.entityRef}|${b.metric}|${b.day}|${b.platform}`,
          ),
        );
    expect(
      sortDays(await store.outcomes.dailyValues(refs, aggregationOf)),
    ).toEqual(sortDays(expectedDays));
    expect(await scorecard()).toEqual(before);

    // Rolling up again changes nothing.
    expect(await store.outcomes.rollUp(cutoff, aggregationOf)).toEqual({
      points: 0,
      days: 0,
    });
  });

  it('merges a late point into a day already rolled up: sums add exactly', async () => {
    const ref = 'component:default/late';
    const at = new Date('2026-09-03T10:00:00Z');
    await store.outcomes.putPoints(
      [
        { entityRef: ref, metric: 'deployments', at, value: 2, platform: null },
        {
          entityRef: ref,
          metric: 'deployments',
          at: new Date(at.getTime() + 60_000),
          value: 3,
          platform: null,
        },
      ],
      'ci',
      NOW,
    );
    await store.outcomes.rollUp(
      new Date('2026-10-01T00:00:00Z'),
      aggregationOf,
    );
    const day = dayNumber(at);
    expect(
      await store.outcomes.rolledUpDays([
        { entityRef: ref, metric: 'deployments', day },
      ]),
    ).toEqual(new Set([`${ref}|deployments|${day}`]));
    // A report that raced the roll-up lands raw, and the next roll-up adds it.
    await store.outcomes.putPoints(
      [
        {
          entityRef: ref,
          metric: 'deployments',
          at: new Date(at.getTime() + 120_000),
          value: 4,
          platform: null,
        },
      ],
      'ci',
      NOW,
    );
    await store.outcomes.rollUp(
      new Date('2026-10-01T00:00:00Z'),
      aggregationOf,
    );
    const rows = await knex('outcome_days').where({ entity_ref: ref });
    expect(rows.map(r => [Number(r.value), Number(r.points)])).toEqual([
      [9, 3],
    ]);
  });

  it('keeps one answer per person and service, which they may change', async () => {
    const first = await store.outcomes.putPulseAnswer({
      migrationId: 'nimbus',
      entityRef: 'component:default/a',
      respondent: 'user:default/ada',
      score: 2,
      comment: 'slow builds',
      at: new Date('2026-11-20T10:00:00Z'),
    });
    const changed = await store.outcomes.putPulseAnswer({
      migrationId: 'nimbus',
      entityRef: 'component:default/a',
      respondent: 'user:default/ada',
      score: 4,
      comment: null,
      at: new Date('2026-11-25T10:00:00Z'),
    });
    expect(first.score).toBe(2);
    expect(changed).toMatchObject({ score: 4, comment: null });
    expect(changed.answeredAt.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(changed.updatedAt.toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(await store.outcomes.listPulseAnswers('nimbus')).toHaveLength(1);
  });

  it('records a pulse notice once, however many replicas try', async () => {
    const tries = await Promise.all(
      Array.from({ length: 5 }, () =>
        store.outcomes.recordPulseNotice('nimbus', 'component:default/a', NOW),
      ),
    );
    expect(tries.filter(Boolean)).toHaveLength(1);
    expect(await store.outcomes.listPulseNotices('nimbus')).toEqual(
      new Set(['component:default/a']),
    );
  });

  it('prunes what entities that left every migration left behind, after the retention', async () => {
    await store.writeResults('nimbus', [
      { result: result('component:default/kept') },
    ]);
    const old = new Date(NOW.getTime() - 200 * DAY_MS);
    const recent = new Date(NOW.getTime() - 10 * DAY_MS);
    const p = (entityRef: string, at: Date): StoredOutcomePoint => ({
      entityRef,
      metric: 'deployments',
      at,
      value: 1,
      platform: null,
    });
    await store.outcomes.putPoints(
      [
        p('component:default/kept', old),
        p('component:default/gone', old),
        p('component:default/gone', recent),
      ],
      'ci',
      NOW,
    );
    await store.outcomes.putPulseAnswer({
      migrationId: 'nimbus',
      entityRef: 'component:default/gone',
      respondent: 'user:default/ada',
      score: 3,
      comment: null,
      at: old,
    });
    const pruned = await store.outcomes.pruneLeft(
      new Date(NOW.getTime() - 90 * DAY_MS),
    );
    expect(pruned).toBe(2);
    const left = await knex('outcome_points').select('entity_ref');
    expect(left.map(r => r.entity_ref).sort()).toEqual([
      'component:default/gone',
      'component:default/kept',
    ]);
  });

  it('bumps the outcomes version', async () => {
    const before = await store.outcomes.version();
    await store.outcomes.bumpVersion();
    expect(await store.outcomes.version()).toBe(before + 1);
  });
});
