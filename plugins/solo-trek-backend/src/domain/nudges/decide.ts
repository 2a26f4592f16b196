import { LeaderboardEntry } from '@internal/plugin-solo-trek-common';
import { MigrationDefinition } from '../../config/readSoloTrekConfig';
import { HeroMonthRecord, Wave } from '../model';
import { daysUntil, weekIn } from './calendar';
import {
  DigestContext,
  escalationDigest,
  escalationDigestKey,
  teamDigest,
  teamDigestKey,
} from './digest';
import {
  adoptionNudges,
  heroNudges,
  teamCompleteNudges,
  waveNudges,
} from './milestones';
import { Nudge, NudgeRow } from './model';
import { NudgePlan, planNudges } from './plan';
import {
  creedNudges,
  Regression,
  ServiceNudgeInput,
  stageNudges,
  sunsetNudges,
  waiverNudges,
} from './serviceNudges';

/*
 * One sweep's decisions for one migration, in three pure steps: every nudge
 * due now (dueNudges), the keys to look up in what was recorded
 * (keysToLookUp), and what to send given what was recorded (planSweep).
 */

export interface CelebrationInput {
  migration: MigrationDefinition;
  rows: readonly NudgeRow[];
  /** The wave plan: a wave completes when every Caravan member is done. */
  waves: readonly Wave[];
  leaderboard: readonly LeaderboardEntry[];
  /** Last month's recorded Migration Hero, if any. */
  hero: HeroMonthRecord | undefined;
  titles: ReadonlyMap<string, string>;
  now: Date;
}

/** The milestones reached, as broadcasts. */
export function celebrations(input: CelebrationInput): Nudge[] {
  const { migration, rows } = input;
  return [
    ...teamCompleteNudges(migration, input.leaderboard),
    ...waveNudges(migration, input.waves, rows),
    ...adoptionNudges(migration, rows),
    ...heroNudges(migration, input.hero, input.titles),
  ];
}

export type SweepInput = ServiceNudgeInput &
  CelebrationInput & {
    settings: { digestThreshold: number };
    regressions: readonly Regression[];
    /**
     * False on a migration's first sweep: what was reached before nudges
     * were on is recorded as skipped instead of celebrated late.
     */
    celebrate: boolean;
  };

/** Every nudge due now, sent before or not. */
export function dueNudges(input: SweepInput): Nudge[] {
  return [
    ...sunsetNudges(input),
    ...creedNudges(input, input.regressions),
    ...waiverNudges(input),
    ...stageNudges(input),
    ...(input.celebrate ? celebrations(input) : []),
  ];
}

/** The keys whose records decide the plan: the nudges', and this week's digests'. */
export function keysToLookUp(
  candidates: readonly Nudge[],
  now: Date,
  zone: string,
): string[] {
  const week = weekIn(now, zone);
  const keys = new Set<string>();
  for (const n of candidates) {
    keys.add(n.key);
    n.supersededBy?.forEach(k => keys.add(k));
    if (n.fold?.kind === 'team') keys.add(teamDigestKey(n.fold.by, week));
    if (n.fold?.kind === 'escalation') {
      keys.add(escalationDigestKey(n.fold.by, week));
    }
  }
  return [...keys];
}

/** What to send, given what was recorded. */
export function planSweep(options: {
  input: Pick<
    SweepInput,
    'migration' | 'rows' | 'leaderboard' | 'titles' | 'now'
  > & { settings: { zone: string; digestThreshold: number } };
  candidates: readonly Nudge[];
  recorded: ReadonlySet<string>;
}): NudgePlan {
  const { input, candidates, recorded } = options;
  const { migration, now, settings } = input;
  const rowsByTeam = new Map<string, NudgeRow[]>();
  for (const row of input.rows) {
    if (!row.ownerRef) continue;
    const list = rowsByTeam.get(row.ownerRef);
    if (list) list.push(row);
    else rowsByTeam.set(row.ownerRef, [row]);
  }
  const week = weekIn(now, settings.zone);
  const ctx: DigestContext = {
    migration,
    rowsByTeam,
    leaderboard: new Map(input.leaderboard.map(e => [e.team, e])),
    teamsRanked: input.leaderboard.length,
    titles: input.titles,
    daysLeft: daysUntil(migration.window.sunset, now, settings.zone),
    week,
  };
  return planNudges({
    candidates,
    recorded,
    digestThreshold: settings.digestThreshold,
    week,
    teamDigest: (team, items) => teamDigest(ctx, team, items),
    escalationDigest: (group, items) => escalationDigest(ctx, group, items),
  });
}
