import {
  LeaderboardEntry,
  SOLO_TREK_NUDGE_TOPICS,
} from '@internal/plugin-solo-trek-common';
import { MigrationDefinition } from '../../config/readSoloTrekConfig';
import { HeroMonthRecord, Wave } from '../model';
import { membersByWave, waveCompleted } from '../waves';
import { Nudge, NudgeRow } from './model';
import { isDone } from './serviceNudges';
import {
  BADGE_NAMES,
  DASHBOARD_PATH,
  entityPath,
  fitTitle,
  nameOf,
  plural,
} from './text';

/*
 * Celebrations, broadcast to everyone: a team at 100%, a Caravan wave
 * moved, the organisation past 25/50/75/100% adoption, the month's
 * Migration Hero. Each is sent once per migration (its key never repeats).
 */

/** The organisation-wide adoption shares that are celebrated. */
export const ADOPTION_THRESHOLDS = [25, 50, 75, 100] as const;

function broadcast(
  migration: MigrationDefinition,
  fields: Omit<Nudge, 'topic' | 'severity' | 'recipients' | 'metadata'> & {
    metadata?: Nudge['metadata'];
  },
): Nudge {
  return {
    topic: SOLO_TREK_NUDGE_TOPICS.milestone,
    severity: 'normal',
    recipients: { type: 'broadcast' },
    ...fields,
    metadata: { migrationId: migration.id, ...fields.metadata },
  };
}

/** Teams with every in-scope service done, naming the badges they hold. */
export function teamCompleteNudges(
  migration: MigrationDefinition,
  leaderboard: readonly LeaderboardEntry[],
): Nudge[] {
  return leaderboard
    .filter(e => e.total > 0 && e.migrated === e.total)
    .map(e =>
      broadcast(migration, {
        key: `team-complete:${e.team}`,
        kind: 'team-complete',
        title: fitTitle(
          `${e.title} has moved all ${plural(e.total, 'service')} to ${
            migration.to
          }`,
        ),
        description: `${e.title} reached 100% of ${migration.title}.${
          e.badges.length
            ? ` Badges: ${e.badges.map(b => BADGE_NAMES[b]).join('; ')}.`
            : ''
        } Rank ${e.rank} of ${plural(
          leaderboard.length,
          'team',
        )} on the leaderboard.`,
        link: entityPath(e.team),
        team: e.team,
        names: [e.team],
        metadata: { team: e.team, badges: e.badges.join(',') },
      }),
    );
}

/**
 * The waves of the plan whose every member is done: the same members
 * (Caravan services in a planned wave) and the same rule (waveCompleted)
 * as the dashboard's wave completion, so a wave is celebrated exactly when
 * the dashboard first shows it done.
 */
export function completedWaves(
  waves: readonly Wave[],
  rows: readonly NudgeRow[],
): Array<{ wave: Wave; total: number }> {
  const members = membersByWave(waves, rows);
  return waves.flatMap(wave => {
    const of = members.get(wave.id) ?? [];
    return waveCompleted(of) ? [{ wave, total: of.length }] : [];
  });
}

export function waveNudges(
  migration: MigrationDefinition,
  waves: readonly Wave[],
  rows: readonly NudgeRow[],
): Nudge[] {
  return completedWaves(waves, rows).map(({ wave, total }) =>
    broadcast(migration, {
      key: `wave-complete:${wave.id}`,
      kind: 'wave-complete',
      title: fitTitle(
        `Caravan ${wave.title} has moved: ${plural(total, 'service')} on ${
          migration.to
        }`,
      ),
      description: `Every service of ${wave.title} in ${migration.title} is done. Time for a rest stop before the next wave.`,
      link: DASHBOARD_PATH,
      names: [],
      metadata: { wave: wave.id },
    }),
  );
}

/**
 * The highest adoption threshold the organisation has passed. Lower ones
 * not yet sent are never sent after it (superseded), and one sent stays
 * sent if adoption dips and recovers.
 */
export function adoptionNudges(
  migration: MigrationDefinition,
  rows: readonly NudgeRow[],
): Nudge[] {
  const total = rows.length;
  if (total === 0) return [];
  const done = rows.filter(isDone).length;
  const passed = ADOPTION_THRESHOLDS.filter(t => done * 100 >= t * total);
  if (passed.length === 0) return [];
  const threshold = passed[passed.length - 1];
  return [
    broadcast(migration, {
      key: `adoption:${threshold}`,
      kind: 'adoption',
      title: fitTitle(
        threshold === 100
          ? `${migration.title}: every service is done`
          : `${migration.title}: adoption passed ${threshold}%`,
      ),
      description: `${done.toLocaleString('en-US')} of ${plural(
        total,
        'service',
      )} are done (migrated, decommissioned or retired): ${Math.floor(
        (done * 100) / total,
      )}%.`,
      link: DASHBOARD_PATH,
      names: [],
      supersededBy: ADOPTION_THRESHOLDS.filter(t => t > threshold).map(
        t => `adoption:${t}`,
      ),
      metadata: { threshold, done, total },
    }),
  ];
}

/**
 * Last month's Migration Hero as recorded when the month closed (in
 * soloTrek.timeZone), announced once this month has begun.
 */
export function heroNudges(
  migration: MigrationDefinition,
  hero: HeroMonthRecord | undefined,
  titles: ReadonlyMap<string, string>,
): Nudge[] {
  if (!hero) return [];
  const { month } = hero;
  const name = titles.get(hero.nominee) ?? nameOf(hero.nominee);
  const reasons = hero.reasons
    .slice(0, 3)
    .map(r => `"${r.length > 120 ? `${r.slice(0, 119)}…` : r}"`);
  return [
    broadcast(migration, {
      key: `hero:${month}`,
      kind: 'hero',
      title: fitTitle(`Migration Hero of ${month}: ${name}`),
      description: `Peers nominated ${name} ${plural(
        hero.nominations,
        'time',
      )} for ${migration.title}: ${reasons.join('; ')}.`,
      link: entityPath(hero.nominee),
      names: [hero.nominee],
      metadata: { month, nominee: hero.nominee },
    }),
  ];
}
