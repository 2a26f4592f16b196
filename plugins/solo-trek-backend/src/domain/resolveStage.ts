import {
  MigrationStage,
  StageSource,
  stageRank,
} from '@internal/plugin-solo-trek-common';

export type { StageSource };

export interface StageInputs {
  /** The liveWhen rule passes: the catalog shows the service on the new platform. */
  live: boolean;
  annotationStage?: MigrationStage | null;
  /** When the current annotation value was first seen. */
  annotationStageAt?: Date | null;
  apiStage?: MigrationStage | null;
  apiStageAt?: Date | null;
}

/**
 * The precedence, documented in the backend README:
 * 1. Between the `solo-trek.io/stage` annotation and a stage set through the
 *    API, the most recent report wins (an annotation value counts from the scan
 *    that first saw it). On a tie the API wins.
 * 2. `liveWhen` is a floor: a live service is at least `migrated`.
 * 3. With no report and not live, the stage is `not-started`.
 */
export function resolveStage(inputs: StageInputs): {
  stage: MigrationStage;
  source: StageSource;
} {
  let reported: { stage: MigrationStage; source: StageSource } | undefined;
  const { annotationStage, apiStage } = inputs;
  if (annotationStage && apiStage) {
    const annotationAt = inputs.annotationStageAt?.getTime() ?? 0;
    const apiAt = inputs.apiStageAt?.getTime() ?? 0;
    reported =
      annotationAt > apiAt
        ? { stage: annotationStage, source: 'annotation' }
        : { stage: apiStage, source: 'api' };
  } else if (apiStage) {
    reported = { stage: apiStage, source: 'api' };
  } else if (annotationStage) {
    reported = { stage: annotationStage, source: 'annotation' };
  }

  if (
    inputs.live &&
    (!reported || stageRank(reported.stage) < stageRank('migrated'))
  ) {
    return { stage: 'migrated', source: 'live' };
  }
  return reported ?? { stage: 'not-started', source: 'default' };
}
