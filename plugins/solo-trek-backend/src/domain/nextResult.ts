import { createHash } from 'node:crypto';
import { DONE_STAGES, MigrationStage } from '@internal/plugin-solo-trek-common';
import { EntityState, ResultDigest, ResultWrite, StoredResult } from './model';
import { EntityEvaluation } from './evaluateEntity';
import { resolveStage } from './resolveStage';
import { firstTrackDecision } from './tracks';

/** A digest of everything a card shows, to skip rewriting unchanged rows. */
export function hashResult(r: StoredResult): string {
  const content = [
    r.title,
    r.ownerRef,
    r.live,
    r.stage,
    r.stageSource,
    r.annotationStage,
    r.criticality,
    r.complexity,
    r.track,
    r.annotationWave,
    r.mustPass,
    r.checks,
    r.migratedAt?.getTime() ?? null,
    r.computedTrack ?? null,
    r.segmentation ?? null,
  ];
  return createHash('sha1').update(JSON.stringify(content)).digest('hex');
}

/** When a service in `stage` went live: kept across migrated → decommissioned. */
export function migratedAtFor(
  previous: Pick<StoredResult, 'stage' | 'migratedAt'> | undefined,
  stage: MigrationStage,
  now: Date,
  backfilled: Date | null = null,
): Date | null {
  if (!DONE_STAGES.includes(stage)) return null;
  const kept =
    previous && DONE_STAGES.includes(previous.stage)
      ? previous.migratedAt
      : null;
  return backfilled ?? kept ?? now;
}

/**
 * Turns a fresh evaluation into the row to store, or undefined when nothing
 * changed, so a scan over an unchanged catalog writes no rows.
 */
export function nextResult(options: {
  migrationId: string;
  evaluation: EntityEvaluation;
  /** The stored result, or just what a rescan compares: see ResultDigest. */
  previous: ResultDigest | undefined;
  state: EntityState | undefined;
  now: Date;
}): ResultWrite | undefined {
  const { migrationId, evaluation: e, previous, state, now } = options;

  // An annotation value counts as reported from the scan that first sees it.
  const annotationIsNew =
    e.annotationStage !== null &&
    e.annotationStage !== (previous?.annotationStage ?? null);
  const annotationStageAt = annotationIsNew
    ? now
    : state?.annotationStageAt ?? null;

  const { stage, source } = resolveStage({
    live: e.live,
    annotationStage: e.annotationStage,
    annotationStageAt,
    apiStage: state?.apiStage,
    apiStageAt: state?.apiStageAt,
  });

  const stageChanged = !previous || previous.stage !== stage;
  // Services that moved before Solo Trek watched carry their date in an annotation.
  const backfilled = DONE_STAGES.includes(stage)
    ? e.annotationMigratedAt
    : null;
  const migratedAt = migratedAtFor(previous, stage, now, backfilled);

  let stageChangedAt = now;
  if (!stageChanged && previous) stageChangedAt = previous.stageChangedAt;
  else if (!previous && backfilled) stageChangedAt = backfilled;

  const result: StoredResult = {
    migrationId,
    entityRef: e.entityRef,
    title: e.title,
    ownerRef: e.ownerRef,
    live: e.live,
    stage,
    stageSource: source,
    annotationStage: e.annotationStage,
    criticality: e.criticality,
    complexity: e.complexity,
    // Pinned: a rescan never moves a service to the other track.
    track: previous?.track ?? e.annotationTrack ?? e.track,
    computedTrack: e.track,
    segmentation: e.segmentation,
    annotationWave: e.annotationWave,
    mustPass: e.mustPass,
    checks: e.checks,
    resultHash: '',
    changedAt: now,
    stageChangedAt,
    migratedAt,
  };
  result.resultHash = hashResult(result);
  if (
    previous &&
    previous.resultHash === result.resultHash &&
    !annotationIsNew
  ) {
    return undefined;
  }
  const write: ResultWrite = {
    result,
    isNew: !previous,
    history: stageChanged
      ? {
          fromStage: previous?.stage ?? null,
          toStage: stage,
          source,
          actor: null,
          note:
            backfilled && !previous
              ? `Live since ${backfilled.toISOString().slice(0, 10)}`
              : null,
          createdAt: now,
        }
      : undefined,
    annotationStageAt: annotationIsNew ? now : undefined,
  };
  if (previous) return write;
  return {
    ...write,
    trackDecision: firstTrackDecision(e, now),
    keepTrack: track => {
      const kept = { ...result, track };
      kept.resultHash = hashResult(kept);
      return { ...write, result: kept };
    },
  };
}
