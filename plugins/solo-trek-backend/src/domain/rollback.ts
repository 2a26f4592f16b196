import {
  LIVE_SIGNAL_ACTOR,
  LIVE_STAGES,
  MigrationStage,
  RollbackInfo,
  stageRank,
} from '@internal/plugin-solo-trek-common';
import { NewHistoryEntry } from './model';

/*
 * Rollbacks. The article: "a Caravan wave might roll back", and setbacks
 * are to be learnt from in blameless post-mortems, not reset silently. A
 * rollback is a move from a stage live on the new platform (migrated,
 * decommissioned) to one before it. decommissioned → migrated stays on the
 * new platform: a backward move with its note, not a rollback.
 */

export const ANNOTATION_ACTOR = 'catalog annotation';

export function isRollback(
  from: MigrationStage | null | undefined,
  to: MigrationStage,
): boolean {
  return (
    from !== null &&
    from !== undefined &&
    LIVE_STAGES.includes(from) &&
    stageRank(to) < stageRank('migrated')
  );
}

/**
 * Who or what a rollback found by a scan came from: the live signal when
 * the catalog stopped showing the service live, else the stage annotation.
 */
export function scannedRollback(options: {
  wasLive: boolean;
  isLive: boolean;
  /** liveWhen in words, for the note. */
  liveWhen: string;
  to: MigrationStage;
  wentLiveAt: Date | null;
  postMortemUrl: string | null;
}): Pick<NewHistoryEntry, 'actor' | 'note' | 'rollback'> {
  const lost = options.wasLive && !options.isLive;
  return {
    actor: lost ? LIVE_SIGNAL_ACTOR : ANNOTATION_ACTOR,
    note: lost
      ? `The catalog no longer shows it live (${options.liveWhen})`
      : `solo-trek.io/stage moved back to ${options.to}`,
    rollback: {
      wentLiveAt: options.wentLiveAt,
      postMortemUrl: options.postMortemUrl,
    },
  };
}

export function rollbackInfo(
  rollback: NewHistoryEntry['rollback'],
): RollbackInfo | undefined {
  if (!rollback) return undefined;
  return {
    wentLiveAt: rollback.wentLiveAt?.toISOString() ?? null,
    postMortemUrl: rollback.postMortemUrl,
  };
}

/** Only http(s) links become post-mortem links. */
export function postMortemUrlOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? url.href
      : null;
  } catch {
    return null;
  }
}

const MONTH = /^\d{4}-\d{2}$/;

/**
 * Rollbacks per calendar month (UTC), every month from `from` to `now`,
 * empty ones included, so a chart has no gaps.
 */
export function rollbacksByMonth(
  dates: ReadonlyArray<Date>,
  from: Date,
  now: Date,
): Array<{ month: string; count: number }> {
  const key = (d: Date) => d.toISOString().slice(0, 7);
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  const first = [...counts.keys(), key(from)].sort()[0];
  const last = key(now);
  const months: Array<{ month: string; count: number }> = [];
  let [y, m] = first.split('-').map(Number);
  for (let guard = 0; guard < 1200; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (!MONTH.test(month) || month > last) break;
    months.push({ month, count: counts.get(month) ?? 0 });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}
