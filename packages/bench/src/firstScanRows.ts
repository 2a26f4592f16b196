import {
  EntityEvaluation,
  historyToRow,
  MigrationDefinition,
  nextResult,
  resultToRow,
  trackDecisionToRow,
} from './soloTrek';

/** The tables a first scan writes, in the order it writes them. */
export const FIRST_SCAN_TABLES = [
  'entity_results',
  'stage_history',
  'track_decisions',
  'entity_state',
] as const;

export type FirstScanRows = Record<
  (typeof FIRST_SCAN_TABLES)[number],
  Array<Record<string, unknown>>
>;

/**
 * The rows a first scan writes for these evaluations (results, first
 * history entries, track decisions, state rows), made by the plugin's own
 * nextResult and row mappers, for the floor and the write experiments.
 */
export function firstScanRows(
  migration: MigrationDefinition,
  evaluations: EntityEvaluation[],
  now: Date,
): FirstScanRows {
  const rows: FirstScanRows = {
    entity_results: [],
    stage_history: [],
    track_decisions: [],
    entity_state: [],
  };
  for (const evaluation of evaluations) {
    const write = nextResult({
      migrationId: migration.id,
      evaluation,
      previous: undefined,
      state: undefined,
      now,
      liveWhen: migration.liveWhen.description,
    })!;
    const ref = write.result.entityRef;
    rows.entity_results.push(resultToRow(write.result) as any);
    if (write.history) {
      rows.stage_history.push(
        historyToRow(
          migration.id,
          ref,
          write.result.ownerRef,
          write.history,
        ) as any,
      );
    }
    if (write.trackDecision) {
      rows.track_decisions.push(
        trackDecisionToRow(migration.id, ref, write.trackDecision) as any,
      );
    }
    if (write.annotationStageAt) {
      rows.entity_state.push({
        migration_id: migration.id,
        entity_ref: ref,
        annotation_stage_at: write.annotationStageAt,
      });
    }
  }
  return rows;
}
