import {
  AdoptionFigures,
  CreedItemStats,
  DONE_STAGES,
  Level,
  LIVE_STAGES,
  MIGRATION_STAGES,
  MigrationStage,
  QuadrantAdoption,
  TeamAdoption,
  Track,
  TrackAdoption,
  WaveAdoption,
} from '@internal/plugin-solo-trek-common';
import { MigrationDefinition } from '../config/readSoloTrekConfig';
import { AdoptionRow } from './model';
import { effectiveStatus, WaiverWindow } from './effectiveStatus';
import { trackOf } from './segmentation';

type Counter = {
  total: number;
  stages: Record<MigrationStage, number>;
  compliantDone: number;
};

function emptyCounter(): Counter {
  return {
    total: 0,
    stages: Object.fromEntries(MIGRATION_STAGES.map(s => [s, 0])) as Record<
      MigrationStage,
      number
    >,
    compliantDone: 0,
  };
}

/** Retired services left nothing behind to comply; live ones must pass every must item. */
export function isCompliantDone(
  stage: MigrationStage,
  mustPass: boolean,
): boolean {
  return stage === 'retired' || (LIVE_STAGES.includes(stage) && mustPass);
}

function add(
  counter: Counter,
  row: Pick<AdoptionRow, 'stage' | 'mustPass' | 'count'>,
) {
  counter.total += row.count;
  counter.stages[row.stage] += row.count;
  if (isCompliantDone(row.stage, row.mustPass))
    counter.compliantDone += row.count;
}

export function figures(counter: Counter): AdoptionFigures {
  const done = DONE_STAGES.reduce((n, s) => n + counter.stages[s], 0);
  const share = (n: number) => (counter.total === 0 ? 0 : n / counter.total);
  return {
    total: counter.total,
    stages: counter.stages,
    done,
    compliantDone: counter.compliantDone,
    adoption: share(done),
    compliantAdoption: share(counter.compliantDone),
  };
}

function group<K>(
  rows: AdoptionRow[],
  keyOf: (row: AdoptionRow) => K | undefined,
) {
  const map = new Map<string, { key: K; counter: Counter }>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === undefined) continue;
    const id = JSON.stringify(key);
    let entry = map.get(id);
    if (!entry) {
      entry = { key, counter: emptyCounter() };
      map.set(id, entry);
    }
    add(entry.counter, row);
  }
  return [...map.values()];
}

const UNOWNED = 'unowned';

/** Totals and breakdowns per team, track, wave and quadrant, from grouped counts. */
export function computeAdoption(
  migration: MigrationDefinition,
  rows: AdoptionRow[],
  titles: ReadonlyMap<string, string>,
) {
  const totals = emptyCounter();
  for (const row of rows) add(totals, row);

  const byTeam: TeamAdoption[] = group(rows, r => r.ownerRef ?? UNOWNED)
    .map(({ key, counter }) => ({
      team: key,
      title: titles.get(key) ?? key,
      ...figures(counter),
    }))
    .sort((a, b) => b.adoption - a.adoption || a.team.localeCompare(b.team));

  const byTrack: TrackAdoption[] = (['solo-trek', 'caravan'] as Track[]).map(
    track => {
      const counter = emptyCounter();
      for (const row of rows) if (row.track === track) add(counter, row);
      return { track, ...figures(counter) };
    },
  );

  const byWave: WaveAdoption[] = group(rows, r =>
    r.track === 'caravan' ? r.wave : undefined,
  )
    .map(({ key, counter }) => ({ wave: key, ...figures(counter) }))
    .sort((a, b) => (a.wave ?? '\uffff').localeCompare(b.wave ?? '\uffff'));

  const levels: Level[] = ['high', 'low'];
  const byQuadrant: QuadrantAdoption[] = levels.flatMap(criticality =>
    levels.map(complexity => {
      const counter = emptyCounter();
      for (const row of rows) {
        if (row.criticality === criticality && row.complexity === complexity)
          add(counter, row);
      }
      return {
        criticality,
        complexity,
        track: trackOf(criticality, complexity, migration.segmentation),
        ...figures(counter),
      };
    }),
  );

  return { totals: figures(totals), byTeam, byTrack, byWave, byQuadrant };
}

/**
 * Per Creed item: how many services pass, fail, are waived or unknown. A
 * waiver changes a count only where `effectiveStatus` says it is waived, as
 * on the card.
 */
export function computeCreedStats(
  migration: MigrationDefinition,
  outcomeCounts: Array<{ outcomes: Record<string, string>; count: number }>,
  waived: ReadonlyArray<WaiverWindow & { outcome: string | undefined }>,
  now: Date,
): CreedItemStats[] {
  return migration.creed.map(item => {
    const stats: CreedItemStats = {
      id: item.id,
      title: item.title,
      severity: item.severity,
      pass: 0,
      fail: 0,
      waived: 0,
      unknown: 0,
    };
    for (const { outcomes, count } of outcomeCounts) {
      stats[
        effectiveStatus(outcomes[item.id], item, undefined, now) as
          | 'pass'
          | 'fail'
          | 'unknown'
      ] += count;
    }
    for (const w of waived) {
      if (w.creedId !== item.id) continue;
      if (effectiveStatus(w.outcome, item, w, now) !== 'waived') continue;
      // Counted above by its own outcome; it moves to waived.
      stats.waived++;
      stats[
        effectiveStatus(w.outcome, item, undefined, now) as 'fail' | 'unknown'
      ]--;
    }
    return stats;
  });
}
