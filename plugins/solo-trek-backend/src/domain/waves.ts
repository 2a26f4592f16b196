import {
  CaravanForecast,
  CardWave,
  DependencyWarning,
  DONE_STAGES,
  MigrationStage,
  WaveCompletion,
  WaveInfo,
  WaveMember,
  WaveSchedule,
} from '@internal/plugin-solo-trek-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { DateTime } from 'luxon';
import { EntityState, StoredResult, Wave, WaveRow } from './model';

/*
 * Waves as plans. The article measures the Caravan by "wave completion:
 * moving planned groups on schedule", and plans waves "by dependency and
 * risk". Pure functions over the plan and the results, `now` passed in, so
 * the dashboard, the cards, the leaderboard (earliness against a wave's
 * planned end) and the milestone notifications (a wave completes) share one
 * rule each.
 */

const isDone = (stage: MigrationStage) => DONE_STAGES.includes(stage);

/** The id a wave label becomes, as `solo-trek.io/wave` values are read. */
export function waveIdOf(label: string): string | null {
  const id = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/g, '');
  return id || null;
}

/**
 * A service's wave: the one set through the API, else the one its
 * solo-trek.io/wave annotation names; '' set through the API is none.
 */
export function effectiveWave(
  state: Pick<EntityState, 'wave'> | undefined,
  result: Pick<StoredResult, 'annotationWave'>,
): string | null {
  const wave = state?.wave ?? result.annotationWave;
  return wave ? wave : null;
}

/** Every member moved: done, decommissioned or retired. An empty wave is not complete. */
export function waveCompleted(
  members: ReadonlyArray<Pick<WaveRow, 'stage'>>,
): boolean {
  return members.length > 0 && members.every(m => isDone(m.stage));
}

/** When the last member went live, once every member is done. */
export function waveCompletedAt(
  members: ReadonlyArray<Pick<WaveRow, 'stage' | 'migratedAt'>>,
): Date | null {
  if (!waveCompleted(members)) return null;
  const times = members.flatMap(m => (m.migratedAt ? [m.migratedAt] : []));
  return times.length
    ? new Date(Math.max(...times.map(t => t.getTime())))
    : null;
}

/** The end of a wave's planned end day (UTC): it is late from the day after. */
export function plannedEndOf(wave: Pick<Wave, 'plannedEnd'>): Date | null {
  if (!wave.plannedEnd) return null;
  const end = DateTime.fromISO(wave.plannedEnd, { zone: 'utc' }).endOf('day');
  return end.isValid ? end.toJSDate() : null;
}

/** Where a wave stands against its plan. */
export function waveSchedule(
  wave: Pick<Wave, 'status' | 'plannedEnd'>,
  members: ReadonlyArray<Pick<WaveRow, 'stage'>>,
  now: Date,
): WaveSchedule {
  if (wave.status === 'rolled-back') return 'rolled-back';
  if (wave.status === 'done' || waveCompleted(members)) return 'done';
  const end = plannedEndOf(wave);
  if (!end) return 'unscheduled';
  return now > end ? 'late' : 'on-schedule';
}

/** The plan in order: by order, then by id. */
export function inOrder<T extends Pick<Wave, 'order' | 'id'>>(
  waves: ReadonlyArray<T>,
): T[] {
  return [...waves].sort(
    (a, b) => a.order - b.order || a.id.localeCompare(b.id),
  );
}

/** Members of each wave of the plan, by wave id; rows of no planned wave are left out. */
export function membersByWave<R extends Pick<WaveRow, 'track' | 'wave'>>(
  waves: ReadonlyArray<Pick<Wave, 'id'>>,
  rows: ReadonlyArray<R>,
): Map<string, R[]> {
  const byWave = new Map<string, R[]>(waves.map(w => [w.id, []]));
  for (const row of rows) {
    if (row.track !== 'caravan' || !row.wave) continue;
    byWave.get(row.wave)?.push(row);
  }
  return byWave;
}

/** A service in a message: its title, else its name. */
function name(row: Pick<WaveRow, 'entityRef' | 'title'>): string {
  if (row.title) return row.title;
  try {
    return parseEntityRef(row.entityRef).name;
  } catch {
    return row.entityRef;
  }
}

/**
 * A member's dependencies (its catalog `dependsOn`) that would not have
 * moved when it moves: in a later wave, a Solo Trek service not done, or a
 * Caravan service in no wave. Dependencies outside the migration's scope
 * are not the plan's to order, so they are left out.
 */
export function dependencyWarnings(
  member: WaveRow,
  rows: ReadonlyMap<string, WaveRow>,
  waves: ReadonlyMap<string, Pick<Wave, 'id' | 'title' | 'order'>>,
): DependencyWarning[] {
  const own = member.wave ? waves.get(member.wave) : undefined;
  if (!own) return [];
  const warnings: DependencyWarning[] = [];
  for (const ref of member.dependsOn) {
    const dep = rows.get(ref);
    if (!dep || ref === member.entityRef || isDone(dep.stage)) continue;
    const base = {
      entityRef: member.entityRef,
      dependency: ref,
      ...(dep.title ? { dependencyTitle: dep.title } : {}),
    };
    if (dep.track === 'solo-trek') {
      warnings.push({
        ...base,
        reason: 'solo-trek-not-done',
        dependencyWave: null,
        message: `${name(member)} depends on ${name(
          dep,
        )}, a Solo Trek service not yet migrated: its team moves it on its own timeline`,
      });
      continue;
    }
    const depWave = dep.wave ? waves.get(dep.wave) : undefined;
    if (!depWave) {
      warnings.push({
        ...base,
        reason: 'no-wave',
        dependencyWave: null,
        message: `${name(member)} depends on ${name(
          dep,
        )}, a Caravan service in no wave yet`,
      });
    } else if (depWave.order > own.order) {
      warnings.push({
        ...base,
        reason: 'later-wave',
        dependencyWave: depWave.id,
        message: `${name(member)} (${own.title}) depends on ${name(
          dep,
        )}, which moves later, in ${depWave.title}`,
      });
    }
  }
  return warnings;
}

/** Everything the plan report and the cards say about one wave. */
export function waveInfo(
  wave: Wave,
  members: ReadonlyArray<WaveRow>,
  rows: ReadonlyMap<string, WaveRow>,
  waves: ReadonlyMap<string, Wave>,
  now: Date,
): WaveInfo {
  const memberInfos: WaveMember[] = members
    .map(m => ({
      entityRef: m.entityRef,
      ...(m.title ? { title: m.title } : {}),
      owner: m.ownerRef,
      stage: m.stage,
      done: isDone(m.stage),
      warnings: dependencyWarnings(m, rows, waves),
    }))
    .sort((a, b) => a.entityRef.localeCompare(b.entityRef));
  return {
    id: wave.id,
    title: wave.title,
    order: wave.order,
    plannedStart: wave.plannedStart,
    plannedEnd: wave.plannedEnd,
    status: wave.status,
    schedule: waveSchedule(wave, members, now),
    total: members.length,
    done: memberInfos.filter(m => m.done).length,
    completedAt: waveCompletedAt(members)?.toISOString() ?? null,
    warnings: memberInfos.reduce((n, m) => n + m.warnings.length, 0),
    members: memberInfos,
    updatedBy: wave.updatedBy,
    updatedAt: wave.updatedAt.toISOString(),
  };
}

/** The card's view of a service's wave: the wave's progress, its own warnings. */
export function cardWave(info: WaveInfo, entityRef: string): CardWave {
  const { members, warnings: _all, ...rest } = info;
  return {
    ...rest,
    warnings: members.find(m => m.entityRef === entityRef)?.warnings ?? [],
  };
}

/** Waves by where they stand: the Caravan's progress metric. */
export function waveCompletion(
  waves: ReadonlyArray<Pick<WaveInfo, 'schedule'>>,
): WaveCompletion {
  const count = (s: WaveSchedule) => waves.filter(w => w.schedule === s).length;
  return {
    total: waves.length,
    done: count('done'),
    onSchedule: count('on-schedule'),
    late: count('late'),
    rolledBack: count('rolled-back'),
    unscheduled: count('unscheduled'),
  };
}

/** Caravan services not done and in no wave of the plan. */
export function unplacedRows(
  rows: ReadonlyArray<WaveRow>,
  waves: ReadonlyMap<string, unknown>,
): WaveRow[] {
  return rows.filter(
    r =>
      r.track === 'caravan' &&
      !isDone(r.stage) &&
      !(r.wave && waves.has(r.wave)),
  );
}

/**
 * The wave plan's reading of the Caravan, page by page: each planned
 * wave's members, the unplaced services (all counted, the first `kept` in
 * page order kept) and how many are not done. The members are the plan's
 * own content and are kept; nothing else that grows with the scope is
 * (issue 20: the plan read every result at once, ~1M objects at 1M).
 * Rows of the Solo Trek track are ignored, as `membersByWave` and
 * `unplacedRows` ignore them.
 */
export class CaravanPlanTally {
  private readonly plan: Wave[];
  private readonly byWave: Map<string, WaveRow[]>;
  private readonly unplacedKept: WaveRow[] = [];
  private unplacedCount = 0;
  private remainingCount = 0;

  constructor(
    private readonly waves: ReadonlyMap<string, Wave>,
    private readonly kept: number,
  ) {
    this.plan = [...waves.values()];
    this.byWave = new Map(this.plan.map(w => [w.id, []]));
  }

  /** Counts each row once; call it with every page of the Caravan. */
  add(rows: ReadonlyArray<WaveRow>): void {
    for (const [id, members] of membersByWave(this.plan, rows)) {
      this.byWave.get(id)!.push(...members);
    }
    const unplaced = unplacedRows(rows, this.waves);
    this.unplacedCount += unplaced.length;
    const room = this.kept - this.unplacedKept.length;
    if (room > 0) this.unplacedKept.push(...unplaced.slice(0, room));
    for (const row of rows) {
      if (row.track === 'caravan' && !isDone(row.stage)) this.remainingCount++;
    }
  }

  /** Each planned wave's members, by wave id. */
  members(): ReadonlyMap<string, WaveRow[]> {
    return this.byWave;
  }

  /** The refs the members depend on that are not members themselves. */
  dependencies(): string[] {
    const members = new Set<string>();
    for (const rows of this.byWave.values()) {
      for (const row of rows) members.add(row.entityRef);
    }
    const deps = new Set<string>();
    for (const rows of this.byWave.values()) {
      for (const row of rows) {
        for (const ref of row.dependsOn) if (!members.has(ref)) deps.add(ref);
      }
    }
    return [...deps];
  }

  /** How many Caravan services are in no planned wave, and the first `kept` of them by ref. */
  unplaced(): { count: number; rows: WaveRow[] } {
    return {
      count: this.unplacedCount,
      rows: [...this.unplacedKept].sort((a, b) =>
        a.entityRef.localeCompare(b.entityRef),
      ),
    };
  }

  /** Caravan services not done. */
  remaining(): number {
    return this.remainingCount;
  }
}

/**
 * When the Caravan finishes by its plan: the latest planned end of the
 * open waves, late when a wave is past its end or the plan ends after the
 * sunset, at risk while Caravan services are in no wave or the plan ends
 * within the margin.
 */
export function caravanForecast(options: {
  waves: ReadonlyArray<Pick<WaveInfo, 'schedule' | 'plannedEnd' | 'total'>>;
  /** Caravan services not done. */
  remaining: number;
  unplaced: number;
  sunset: DateTime;
  atRiskMarginDays: number;
}): CaravanForecast {
  const { waves, remaining, unplaced, sunset, atRiskMarginDays } = options;
  const base = { sunset: sunset.toISODate()!, unplaced };
  const lateWaves = waves.filter(w => w.schedule === 'late').length;
  const open = waves.filter(
    w => (w.schedule === 'on-schedule' || w.schedule === 'late') && w.total > 0,
  );
  const ends = open.flatMap(w => (w.plannedEnd ? [w.plannedEnd] : [])).sort();
  const projectedCompletion = ends.length ? ends[ends.length - 1] : null;
  if (remaining === 0) {
    return {
      ...base,
      status: 'complete',
      projectedCompletion: null,
      lateWaves,
      reason: 'Every Caravan service is done.',
    };
  }
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const result = (status: CaravanForecast['status'], reason: string) => ({
    ...base,
    status,
    projectedCompletion,
    lateWaves,
    reason,
  });
  if (lateWaves > 0) {
    return result('late', `${plural(lateWaves, 'wave')} past the planned end.`);
  }
  const end = projectedCompletion
    ? DateTime.fromISO(projectedCompletion, { zone: 'utc' })
    : null;
  if (end && end > sunset) {
    return result('late', 'The plan ends after the sunset.');
  }
  if (unplaced > 0) {
    return result(
      'at-risk',
      `${plural(unplaced, 'Caravan service')} in no wave yet.`,
    );
  }
  if (!end) {
    return result('at-risk', 'No open wave has a planned end.');
  }
  if (end > sunset.minus({ days: atRiskMarginDays })) {
    return result(
      'at-risk',
      `The plan ends within ${atRiskMarginDays} days of the sunset.`,
    );
  }
  return result('on-track', 'Every wave is on schedule.');
}

/**
 * The planned end of each Caravan service's wave, as the leaderboard scores
 * earliness against it: a pure lookup, service → its wave's planned end.
 */
export function plannedEndLookup(
  waves: ReadonlyArray<Wave>,
  rows: ReadonlyArray<Pick<WaveRow, 'entityRef' | 'wave' | 'track'>>,
): (entityRef: string) => Date | null {
  const byId = new Map(waves.map(w => [w.id, w]));
  const ends = new Map<string, Date | null>();
  for (const row of rows) {
    const wave =
      row.track === 'caravan' && row.wave ? byId.get(row.wave) : undefined;
    if (wave) ends.set(row.entityRef, plannedEndOf(wave));
  }
  return entityRef => ends.get(entityRef) ?? null;
}

/** The wave of each service, as a lookup: service → its wave in the plan. */
export function waveLookup(
  waves: ReadonlyArray<Wave>,
  rows: ReadonlyArray<Pick<WaveRow, 'entityRef' | 'wave' | 'track'>>,
): (entityRef: string) => Wave | undefined {
  const byId = new Map(waves.map(w => [w.id, w]));
  const byRef = new Map<string, Wave>();
  for (const row of rows) {
    const wave =
      row.track === 'caravan' && row.wave ? byId.get(row.wave) : undefined;
    if (wave) byRef.set(row.entityRef, wave);
  }
  return entityRef => byRef.get(entityRef);
}
