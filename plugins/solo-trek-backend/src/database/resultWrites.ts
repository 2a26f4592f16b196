import { Knex } from 'knex';
import {
  CurrentRow,
  EntityState,
  ResultDigest,
  ResultWrite,
  WriteBasis,
} from './SoloTrekStore';
import {
  digestFromRow,
  historyToRow,
  resultToRow,
  stateFromRow,
  trackDecisionToRow,
} from './rowValues';
import {
  DIGEST_COLUMNS,
  DigestRow,
  HistoryRow,
  StateRow,
  ResultRow,
  TrackDecisionRow,
} from './tableRows';
import { forUpdate } from './postgresTuning';
import { Dialect } from './storeContext';

/*
 * Writing scan results: compare-and-set against the locked rows, racing
 * first evaluations, and the history of entities that come back.
 */

const time = (d: Date | null | undefined) => d?.getTime() ?? null;

/** The row of a write, with the digest of its inputs (null: evaluate next time). */
const rowOf = (w: ResultWrite): ResultRow => ({
  ...resultToRow(w.result),
  input_digest: w.inputDigest ?? null,
});

/** Whether what a write was computed from is still what is stored. */
function basisHolds(basis: WriteBasis, current: CurrentRow): boolean {
  if ((current.previous?.resultHash ?? null) !== basis.resultHash) return false;
  const a = basis.state;
  const b = current.state;
  // The state a stage resolves from; the wave plays no part in a result.
  return (
    (a?.apiStage ?? null) === (b?.apiStage ?? null) &&
    time(a?.apiStageAt) === time(b?.apiStageAt) &&
    time(a?.annotationStageAt) === time(b?.annotationStageAt)
  );
}

/**
 * Resolves compare-and-set writes against the stored rows, locked on
 * PostgreSQL (SQLite serialises write transactions): a write whose basis
 * still holds is kept, any other is recomputed by its rebase. So a scan or
 * a refresh that read before an API stage update never overwrites it, and
 * its history starts where the stored stage is.
 */
async function resolveWrites(
  tx: Knex.Transaction,
  dialect: Dialect,
  migrationId: string,
  writes: ResultWrite[],
  alwaysRebase: boolean,
): Promise<ResultWrite[]> {
  const checked = new Set(
    writes.filter(w => w.basis || (alwaysRebase && w.rebase)),
  );
  if (checked.size === 0) return writes;
  const refs = [...new Set([...checked].map(w => w.result.entityRef))].sort();
  // Locked in one order, so two writers of overlapping pages cannot deadlock.
  const query = tx<ResultRow>('entity_results')
    .where('migration_id', migrationId)
    .whereIn('entity_ref', refs)
    .orderBy('entity_ref')
    .select(...DIGEST_COLUMNS);
  const digests = await forUpdate(dialect, query);
  // Every state write holds the result row's lock first (updateState).
  const states = await tx<StateRow>('entity_state')
    .where('migration_id', migrationId)
    .whereIn('entity_ref', refs);
  const previous = new Map<string, ResultDigest>(
    digests.map((row: DigestRow) => [row.entity_ref, digestFromRow(row)]),
  );
  const state = new Map<string, EntityState>(
    states.map(row => [row.entity_ref, stateFromRow(row)]),
  );
  return writes.flatMap(write => {
    if (!checked.has(write)) return [write];
    const ref = write.result.entityRef;
    const current = { previous: previous.get(ref), state: state.get(ref) };
    if (!alwaysRebase && write.basis && basisHolds(write.basis, current)) {
      return [write];
    }
    const next = write.rebase?.(current);
    return next ? [next] : [];
  });
}
export async function writeChunk(
  tx: Knex.Transaction,
  dialect: Dialect,
  migrationId: string,
  writes: ResultWrite[],
): Promise<{ rows: number; added: number }> {
  const resolved = await resolveWrites(tx, dialect, migrationId, writes, false);
  const updates = resolved.filter(w => !w.isNew);
  const fresh = await keepReturningTracks(
    tx,
    migrationId,
    resolved.filter(w => w.isNew),
  );
  if (updates.length) {
    await tx('entity_results')
      .insert(updates.map(rowOf))
      .onConflict(['migration_id', 'entity_ref'])
      .merge();
  }
  let inserted = new Set<string>();
  if (fresh.length) {
    const refs: Array<Pick<ResultRow, 'entity_ref'>> = await tx<ResultRow>(
      'entity_results',
    )
      .insert(fresh.map(rowOf))
      .onConflict(['migration_id', 'entity_ref'])
      .ignore()
      .returning('entity_ref');
    inserted = new Set(refs.map(r => r.entity_ref));
  }
  // First evaluations another writer stored meanwhile (PostgreSQL waited
  // for it to commit): decided again on the row it stored.
  const raced = fresh.filter(
    w => !inserted.has(w.result.entityRef) && w.rebase,
  );
  const again = (
    raced.length
      ? await resolveWrites(tx, dialect, migrationId, raced, true)
      : []
  ).filter(w => !w.isNew);
  if (again.length) {
    await tx('entity_results')
      .insert(again.map(rowOf))
      .onConflict(['migration_id', 'entity_ref'])
      .merge();
  }
  const firsts = await continueReturning(
    tx,
    migrationId,
    fresh.filter(w => inserted.has(w.result.entityRef)),
  );
  const batch = [...updates, ...firsts, ...again];
  let rows = batch.length;
  const history = batch.filter(w => w.history);
  if (history.length) {
    await tx('stage_history').insert(
      history.map(w =>
        historyToRow(
          migrationId,
          w.result.entityRef,
          w.result.ownerRef,
          w.history!,
        ),
      ),
    );
    rows += history.length;
  }
  const pinned = batch.filter(w => w.trackDecision);
  if (pinned.length) {
    await tx<TrackDecisionRow>('track_decisions').insert(
      pinned.map(w =>
        trackDecisionToRow(migrationId, w.result.entityRef, w.trackDecision!),
      ),
    );
    rows += pinned.length;
  }
  const seen = batch.filter(w => w.annotationStageAt);
  if (seen.length) {
    await tx('entity_state')
      .insert(
        seen.map(w => ({
          migration_id: migrationId,
          entity_ref: w.result.entityRef,
          annotation_stage_at: w.annotationStageAt,
        })),
      )
      .onConflict(['migration_id', 'entity_ref'])
      .merge(['annotation_stage_at']);
    rows += seen.length;
  }
  return { rows, added: inserted.size };
}
/**
 * An entity that left the scope and came back within the retention keeps
 * the track it had pinned: its first evaluation since records no decision.
 */
async function keepReturningTracks(
  tx: Knex.Transaction,
  migrationId: string,
  fresh: ResultWrite[],
): Promise<ResultWrite[]> {
  const candidates = fresh.filter(w => w.keepTrack);
  if (candidates.length === 0) return fresh;
  const refs = candidates.map(w => w.result.entityRef);
  const last: Array<Pick<TrackDecisionRow, 'entity_ref' | 'to_track'>> =
    await tx('track_decisions')
      .whereIn(
        'id',
        tx('track_decisions')
          .where('migration_id', migrationId)
          .whereIn(
            'entity_ref',
            tx('entity_removals')
              .where('migration_id', migrationId)
              .whereIn('entity_ref', refs)
              .select('entity_ref'),
          )
          .groupBy('entity_ref')
          .max('id'),
      )
      .select('entity_ref', 'to_track');
  if (last.length === 0) return fresh;
  const track = new Map(last.map(r => [r.entity_ref, r.to_track]));
  return fresh.map(w => {
    const kept = track.get(w.result.entityRef);
    if (!kept || !w.keepTrack) return w;
    return { ...w, result: w.keepTrack(kept).result, trackDecision: undefined };
  });
}

/**
 * An entity that left and came back keeps its history: its first
 * evaluation since continues from the last stage recorded, or adds
 * nothing when the stage is the same, so the history still chains.
 */
async function continueReturning(
  tx: Knex.Transaction,
  migrationId: string,
  firsts: ResultWrite[],
): Promise<ResultWrite[]> {
  if (firsts.length === 0) return firsts;
  const returning: string[] = await tx('entity_removals')
    .where('migration_id', migrationId)
    .whereIn(
      'entity_ref',
      firsts.map(w => w.result.entityRef),
    )
    .pluck('entity_ref');
  if (returning.length === 0) return firsts;
  await tx('entity_removals')
    .where('migration_id', migrationId)
    .whereIn('entity_ref', returning)
    .delete();
  const last: Array<Pick<HistoryRow, 'entity_ref' | 'to_stage'>> = await tx(
    'stage_history',
  )
    .whereIn(
      'id',
      tx('stage_history')
        .where('migration_id', migrationId)
        .whereIn('entity_ref', returning)
        .groupBy('entity_ref')
        .max('id'),
    )
    .select('entity_ref', 'to_stage');
  const lastStage = new Map(last.map(r => [r.entity_ref, r.to_stage]));
  return firsts.map(w => {
    const stage = lastStage.get(w.result.entityRef);
    if (!w.history || stage === undefined) return w;
    if (stage === w.history.toStage) return { ...w, history: undefined };
    return { ...w, history: { ...w.history, fromStage: stage } };
  });
}
