import { randomUUID } from 'node:crypto';
import { SoloTrekStore } from '../database/SoloTrekStore';
import { ScoredRow } from '../domain/model';

/** Every scored row of a migration, its pages joined: for tests of small scopes. */
export async function allScoredRows(
  store: Pick<SoloTrekStore, 'scoredRowPages'>,
  migrationId: string,
  options?: { ownerRef?: string; pageSize?: number },
): Promise<ScoredRow[]> {
  const rows: ScoredRow[] = [];
  for await (const page of store.scoredRowPages(migrationId, options)) {
    rows.push(...page);
  }
  return rows;
}

/**
 * What a scan does at its end, for tests that decide what it saw: marks
 * `keep` as seen and deletes the results of every other entity.
 */
export async function deleteResultsExcept(
  store: Pick<SoloTrekStore, 'markSeen' | 'deleteUnseenResults'>,
  migrationId: string,
  keep: ReadonlySet<string>,
  options: { scanToken?: string; now?: Date } = {},
): Promise<number> {
  const seenBy = options.scanToken ?? `test-${randomUUID()}`;
  await store.markSeen(migrationId, seenBy, [...keep]);
  return store.deleteUnseenResults(migrationId, { ...options, seenBy });
}
