/**
 * The per-service migration stages, in order. `retired` is a separate outcome.
 * @public
 */
export const MIGRATION_STAGES = [
  'not-started',
  'planning',
  'in-progress',
  'migrated',
  'decommissioned',
  'retired',
] as const;

/** @public */
export type MigrationStage = (typeof MIGRATION_STAGES)[number];

/**
 * Stages that count towards adoption.
 * @public
 */
export const DONE_STAGES: ReadonlyArray<MigrationStage> = [
  'migrated',
  'decommissioned',
  'retired',
];

/**
 * Stages where the service runs on the new platform.
 * @public
 */
export const LIVE_STAGES: ReadonlyArray<MigrationStage> = [
  'migrated',
  'decommissioned',
];

/** @public */
export function isMigrationStage(value: unknown): value is MigrationStage {
  return (
    typeof value === 'string' &&
    (MIGRATION_STAGES as ReadonlyArray<string>).includes(value)
  );
}

/**
 * The position of a stage on the forward path. `retired` is an outcome on a
 * level with `decommissioned`: the service is gone from the old platform.
 * @public
 */
export function stageRank(stage: MigrationStage): number {
  return stage === 'retired' ? 4 : MIGRATION_STAGES.indexOf(stage);
}

/**
 * A move backwards needs a note, so the history explains itself.
 * @public
 */
export function isBackwardMove(
  from: MigrationStage,
  to: MigrationStage,
): boolean {
  return stageRank(to) < stageRank(from);
}
