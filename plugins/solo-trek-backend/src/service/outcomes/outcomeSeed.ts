import { LoggerService } from '@backstage/backend-plugin-api';
import fs from 'node:fs/promises';
import path from 'node:path';
import { SoloTrekConfig } from '../../config/readSoloTrekConfig';
import { SoloTrekStore } from '../../database/SoloTrekStore';
import {
  PulseAnswerRow,
  StoredOutcomePoint,
} from '../../domain/outcomes/model';
import { DAY_MS } from '../../domain/outcomes/validatePoints';

/**
 * The demo's outcome data, as scripts/generate-demo-catalog.js writes it
 * (examples/outcomes.json): compact series of [day offset, value] from a
 * start date, and pulse answers.
 */
export interface OutcomeSeedFile {
  series: Array<{
    entityRef: string;
    metric: string;
    /** YYYY-MM-DD of offset 0. */
    from: string;
    /** Hours after midnight UTC each point is at. */
    hour: number;
    points: Array<[number, number]>;
  }>;
  pulse: Array<{
    migrationId: string;
    entityRef: string;
    respondent: string;
    score: number;
    comment: string | null;
    answeredAt: string;
  }>;
}

/**
 * Demo only (soloTrek.outcomes.seedFile): loads the file's points and pulse
 * answers into empty outcome tables at startup, through the store, so
 * `make start` tells the story at once. Tables that hold anything are left
 * alone, so a restart never loads it twice.
 */
export async function seedOutcomes(options: {
  file: string;
  config: SoloTrekConfig;
  store: SoloTrekStore;
  logger: LoggerService;
}): Promise<number> {
  const { file, config, store, logger } = options;
  if ((await store.outcomes.countPoints()) > 0) return 0;
  const resolved = path.resolve(file);
  let seed: OutcomeSeedFile;
  try {
    seed = JSON.parse(await fs.readFile(resolved, 'utf8'));
  } catch (error) {
    logger.warn(
      `soloTrek.outcomes.seedFile: could not read ${resolved}: ${error}`,
    );
    return 0;
  }
  const points: StoredOutcomePoint[] = [];
  for (const s of seed.series) {
    if (!config.outcomes.metrics.has(s.metric)) continue;
    const start = Date.parse(`${s.from}T00:00:00Z`) + s.hour * 3_600_000;
    for (const [offset, value] of s.points) {
      points.push({
        entityRef: s.entityRef,
        metric: s.metric,
        at: new Date(start + offset * DAY_MS),
        value,
        platform: null,
      });
    }
  }
  const now = new Date();
  await store.outcomes.putPoints(points, 'solo-trek:demo-seed', now);
  const answers: PulseAnswerRow[] = seed.pulse.map(a => ({
    migrationId: a.migrationId,
    entityRef: a.entityRef,
    respondent: a.respondent,
    score: a.score,
    comment: a.comment,
    answeredAt: new Date(a.answeredAt),
    updatedAt: new Date(a.answeredAt),
  }));
  await store.outcomes.seedPulseAnswers(answers);
  await store.outcomes.bumpVersion();
  logger.info(
    `Loaded the demo's outcomes from ${resolved}: ${points.length} points, ${answers.length} pulse answers`,
  );
  return points.length;
}
