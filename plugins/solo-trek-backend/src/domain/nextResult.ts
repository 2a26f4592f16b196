import { createHash } from 'node:crypto';
import { DONE_STAGES, MigrationStage } from '@internal/plugin-solo-trek-common';
import {
  EntityState,
  NewHistoryEntry,
  ResultDigest,
  ResultWrite,
  StoredResult,
} from './model';
import { EntityEvaluation } from './evaluateEntity';
import { resolveStage } from './resolveStage';
import { firstTrackDecision } from './tracks';
import { ANNOTATION_ACTOR, isRollback, scannedRollback } from './rollback';

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
    r.rolledBackAt?.getTime() ?? null,
    r.dependsOn ?? null,
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
  /** liveWhen in words, for the note of a rollback when the live signal is lost. */
  liveWhen?: string;
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

  // A service that left the new platform before Solo Trek watched says when.
  const leftBefore =
    !previous && !DONE_STAGES.includes(stage) ? e.annotationRolledBackAt : null;
  const rolledBack = Boolean(previous) && isRollback(previous?.stage, stage);

  let stageChangedAt = now;
  if (!stageChanged && previous) stageChangedAt = previous.stageChangedAt;
  else if (!previous && backfilled) stageChangedAt = backfilled;
  else if (leftBefore) stageChangedAt = leftBefore;

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
    rolledBackAt: rolledBack
      ? now
      : previous?.rolledBackAt ?? leftBefore ?? null,
    dependsOn: e.dependsOn,
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
      ? historyOf({
          previous,
          e,
          stage,
          source,
          now,
          backfilled,
          leftBefore,
          rolledBack,
          liveWhen: options.liveWhen ?? 'liveWhen',
        })
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

/** The history entry of a stage change a scan found. */
function historyOf(o: {
  previous: ResultDigest | undefined;
  e: EntityEvaluation;
  stage: StoredResult['stage'];
  source: StoredResult['stageSource'];
  now: Date;
  backfilled: Date | null;
  leftBefore: Date | null;
  rolledBack: boolean;
  liveWhen: string;
}): NewHistoryEntry {
  const { previous, e, stage, source, now } = o;
  const entry: NewHistoryEntry = {
    fromStage: previous?.stage ?? null,
    toStage: stage,
    source,
    actor: null,
    note:
      o.backfilled && !previous
        ? `Live since ${o.backfilled.toISOString().slice(0, 10)}`
        : null,
    createdAt: now,
  };
  if (o.rolledBack && previous) {
    return {
      ...entry,
      ...scannedRollback({
        wasLive: previous.live,
        isLive: e.live,
        liveWhen: o.liveWhen,
        to: stage,
        wentLiveAt: previous.migratedAt,
        postMortemUrl: e.postMortemUrl,
      }),
    };
  }
  if (o.leftBefore) {
    // Recorded as it happened: the rollback, on the day it happened.
    return {
      ...entry,
      fromStage: 'migrated',
      actor: ANNOTATION_ACTOR,
      note: `Rolled back on ${o.leftBefore
        .toISOString()
        .slice(0, 10)}, before Solo Trek watched (solo-trek.io/rolled-back-at)`,
      createdAt: o.leftBefore,
      rollback: {
        wentLiveAt: e.annotationMigratedAt,
        postMortemUrl: e.postMortemUrl,
      },
    };
  }
  return entry;
}
