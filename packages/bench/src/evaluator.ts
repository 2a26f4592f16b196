import { Entity } from '@backstage/catalog-model';
import { RULES_PER_ENTITY } from './creed';
import { evaluateEntity, MigrationDefinition } from './soloTrek';

export interface EvaluatorResult {
  withEvidence: boolean;
  entities: number;
  evaluations: number;
  ms: number;
  perSecond: number;
  /** Per Creed item (and `live`): how many entities pass and fail. */
  counts: Record<string, { pass: number; fail: number; unknown: number }>;
}

function gc() {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * The pure evaluator, `evaluateEntity`, over every entity: liveWhen, each
 * Creed item and the segmentation, reading values straight from the entity
 * (that is its "fact extraction"). The median of `rounds` passes after a warm-up,
 * so JIT compilation is not counted, as in a long-running backend.
 */
export function benchEvaluator(
  migration: MigrationDefinition,
  entities: Entity[],
  options: {
    withEvidence: boolean;
    rounds?: number;
    minMs?: number;
    warmupMs?: number;
  },
): EvaluatorResult {
  const counts: EvaluatorResult['counts'] = {};
  for (const id of ['live', ...migration.creed.map(c => c.id)])
    counts[id] = { pass: 0, fail: 0, unknown: 0 };

  // Warm-up, and the pass/fail counts for the cross-check.
  for (const entity of entities) {
    const e = evaluateEntity(migration, entity, undefined, {
      withEvidence: options.withEvidence,
    });
    counts.live[e.live ? 'pass' : 'fail']++;
    for (const check of e.checks) counts[check.id][check.outcome]++;
  }
  // Then warm up for a second, so the optimising compiler has run.
  const warmupUntil = performance.now() + (options.warmupMs ?? 1000);
  while (performance.now() < warmupUntil) {
    for (let i = 0; i < entities.length && i < 20_000; i++) {
      evaluateEntity(migration, entities[i], undefined, {
        withEvidence: options.withEvidence,
      });
    }
  }

  const rounds = options.rounds ?? 5;
  const minMs = options.minMs ?? 500;
  const times: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    gc();
    // Small catalogs loop until minMs passes, so timer resolution is no issue.
    let loops = 0;
    const started = performance.now();
    let elapsed = 0;
    do {
      for (let i = 0; i < entities.length; i++) {
        const e = evaluateEntity(migration, entities[i], undefined, {
          withEvidence: options.withEvidence,
        });
        sink += e.checks.length;
      }
      loops++;
      elapsed = performance.now() - started;
    } while (elapsed < minMs);
    times.push(elapsed / loops);
  }
  // The median pass: robust against one pass hit by a GC or a neighbour.
  const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  if (sink < 0) throw new Error('unreachable');
  const evaluations = entities.length * RULES_PER_ENTITY;
  return {
    withEvidence: options.withEvidence,
    entities: entities.length,
    evaluations,
    ms,
    perSecond: evaluations / (ms / 1000),
    counts,
  };
}
