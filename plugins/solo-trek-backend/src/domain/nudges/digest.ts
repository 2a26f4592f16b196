import {
  LeaderboardEntry,
  SOLO_TREK_NUDGE_TOPICS,
} from '@internal/plugin-solo-trek-common';
import { MigrationDefinition } from '../../config/readSoloTrekConfig';
import { Nudge, NudgeRow } from './model';
import { isDone } from './serviceNudges';
import {
  daysPhrase,
  entityPath,
  fitTitle,
  maxSeverity,
  nameOf,
  plural,
  shortList,
  STAGE_NAMES,
} from './text';

/*
 * Weekly digests: a team with many pending nudges gets one notification a
 * week that sums up where it stands, instead of one per service; an
 * escalation group likewise gets one for the services escalated to it.
 */

export const teamDigestKey = (team: string, week: string) =>
  `digest:${team}:${week}`;
export const escalationDigestKey = (group: string, week: string) =>
  `escalation-digest:${group}:${week}`;

export interface DigestContext {
  migration: MigrationDefinition;
  /** Every result of the migration by owner team. */
  rowsByTeam: ReadonlyMap<string, readonly NudgeRow[]>;
  /** The all-time leaderboard by team. */
  leaderboard: ReadonlyMap<string, LeaderboardEntry>;
  teamsRanked: number;
  titles: ReadonlyMap<string, string>;
  daysLeft: number;
  week: string;
}

function title(ctx: DigestContext, team: string) {
  return (
    ctx.leaderboard.get(team)?.title ?? ctx.titles.get(team) ?? nameOf(team)
  );
}

function sunsetText(ctx: DigestContext) {
  const sunset = ctx.migration.window.sunset.toISODate();
  return ctx.daysLeft < 0
    ? `The sunset was ${daysPhrase(ctx.daysLeft)}, on ${sunset}.`
    : `The sunset is ${daysPhrase(ctx.daysLeft)}, on ${sunset}.`;
}

/** Failing must items across the team's services, most failed first. */
function failingMust(ctx: DigestContext, rows: readonly NudgeRow[]) {
  const counts = ctx.migration.creed
    .filter(i => i.severity === 'must')
    .map(item => ({
      item,
      count: rows.filter(
        r => r.stage !== 'retired' && r.outcomes[item.id] === 'fail',
      ).length,
    }))
    .filter(c => c.count > 0)
    .sort((a, b) => b.count - a.count);
  return counts.length
    ? `Failing must items: ${counts
        .map(c => `${c.item.title} (${c.count})`)
        .join(', ')}.`
    : 'Every must item passes.';
}

/** `20 days to sunset`, `sunset today`, `sunset passed 3 days ago`. */
function countdownPhrase(daysLeft: number) {
  if (daysLeft < 0) return `sunset passed ${plural(-daysLeft, 'day')} ago`;
  if (daysLeft === 0) return 'sunset today';
  return `${plural(daysLeft, 'day')} to sunset`;
}

function rankText(entry: LeaderboardEntry | undefined, teams: number) {
  if (!entry) return '';
  const moved = entry.rankChange ?? 0;
  let change = '';
  if (moved > 0) change = `, up ${moved} since last month`;
  if (moved < 0) change = `, down ${-moved} since last month`;
  return ` Rank ${entry.rank} of ${teams}${change}.`;
}

/**
 * The team's digest: the services left, the failing must items, the team's
 * rank and change, the days to the sunset, and what is new this week.
 */
export function teamDigest(
  ctx: DigestContext,
  team: string,
  items: Nudge[],
): Nudge {
  const rows = ctx.rowsByTeam.get(team) ?? [];
  const left = rows.filter(r => !isDone(r));
  const name = title(ctx, team);
  const entry = ctx.leaderboard.get(team);
  const services = shortList(
    left.map(
      r => `${r.title ?? nameOf(r.entityRef)} (${STAGE_NAMES[r.stage]})`,
    ),
  );
  const headline =
    left.length === 0
      ? `every service is done`
      : `${plural(left.length, 'service')} left`;
  const when = countdownPhrase(ctx.daysLeft);
  return {
    key: teamDigestKey(team, ctx.week),
    kind: 'digest',
    topic: SOLO_TREK_NUDGE_TOPICS.digest,
    severity: maxSeverity(items.map(i => i.severity)),
    title: fitTitle(
      `${ctx.migration.title} this week for ${name}: ${headline}, ${when}`,
    ),
    description: `${plural(items.length, 'reminder')} this week, in one.${
      left.length ? ` Services left: ${services}.` : ''
    } ${failingMust(ctx, rows)}${rankText(entry, ctx.teamsRanked)} ${sunsetText(
      ctx,
    )}`,
    link: entityPath(team),
    recipients: { type: 'entity', entityRefs: [team] },
    team,
    covers: items,
    names: [team, ...items.flatMap(i => i.names)],
    metadata: {
      migrationId: ctx.migration.id,
      team,
      week: ctx.week,
      servicesLeft: left.length,
      reminders: items.length,
    },
  };
}

/** The services escalated to one group this week, grouped by team. */
export function escalationDigest(
  ctx: DigestContext,
  group: string,
  items: Nudge[],
): Nudge {
  const teams = [...new Set(items.map(i => i.team!).filter(Boolean))];
  const byRef = new Map(
    teams.flatMap(t => ctx.rowsByTeam.get(t) ?? []).map(r => [r.entityRef, r]),
  );
  const services = shortList(
    items.map(i => {
      const ref = i.entityRef!;
      return `${byRef.get(ref)?.title ?? nameOf(ref)} of ${title(
        ctx,
        i.team!,
      )}`;
    }),
  );
  return {
    key: escalationDigestKey(group, ctx.week),
    kind: 'escalation-digest',
    topic: SOLO_TREK_NUDGE_TOPICS.digest,
    severity: maxSeverity(items.map(i => i.severity)),
    title: fitTitle(
      `Escalation: ${plural(items.length, 'service')} of ${shortList(
        teams.map(t => title(ctx, t)),
        3,
      )} need attention`,
    ),
    description: `${
      ctx.migration.title
    }: critical services in the long tail and stranded ones, escalated to ${group}: ${services}. ${sunsetText(
      ctx,
    )}`,
    link: teams.length === 1 ? entityPath(teams[0]) : '/solo-trek',
    recipients: items[0].recipients,
    team: teams.length === 1 ? teams[0] : undefined,
    covers: items,
    names: [...teams, ...items.flatMap(i => i.names)],
    metadata: {
      migrationId: ctx.migration.id,
      escalatedTo: group,
      week: ctx.week,
      services: items.length,
    },
  };
}
