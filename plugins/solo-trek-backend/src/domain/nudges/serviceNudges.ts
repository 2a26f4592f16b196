import {
  DONE_STAGES,
  NudgeSeverity,
  SOLO_TREK_NUDGE_TOPICS,
} from '@internal/plugin-solo-trek-common';
import {
  CreedItem,
  MigrationDefinition,
} from '../../config/readSoloTrekConfig';
import { NudgeSettings } from '../../config/nudgesConfig';
import { isWaiverEffective } from '../effectiveStatus';
import { CheckResult } from '../evaluateEntity';
import { HistoryEntry, Waiver } from '../model';
import { daysUntil, dueMilestone } from './calendar';
import { EscalationRecipients, Nudge, NudgeRow, Observation } from './model';
import {
  daysPhrase,
  fitTitle,
  migrationTabPath,
  nameOf,
  plural,
  STAGE_NAMES,
} from './text';

/*
 * The nudges about one service: the sunset countdown and its escalation, a
 * Creed regression, a waiver about to expire, a stage change someone else
 * made. Pure: everything read is passed in, with `now`.
 */

const DAY_MS = 86_400_000;

export interface ServiceNudgeInput {
  migration: MigrationDefinition;
  settings: Pick<
    NudgeSettings,
    'daysBeforeSunset' | 'strandedEveryDays' | 'daysBeforeWaiverExpiry' | 'zone'
  >;
  platformTeam: string;
  longTailIdleDays: number;
  rows: readonly NudgeRow[];
  /** Display names of teams. */
  titles: ReadonlyMap<string, string>;
  /** The migration's active waivers. */
  waivers: readonly Waiver[];
  /** Stage changes since the sweep's look-back, oldest first. */
  history: readonly HistoryEntry[];
  observations: ReadonlyMap<string, Observation>;
  /** Checks with evidence of the services with a regression. */
  evidence: ReadonlyMap<string, CheckResult[]>;
  /** Who hears of each owner team's escalations; absent: nobody. */
  escalations: ReadonlyMap<string, EscalationRecipients>;
  /** The people in each owner team (for "made by someone else"). */
  ownerMembers: ReadonlyMap<string, ReadonlySet<string>>;
  now: Date;
}

export function isDone(row: Pick<NudgeRow, 'stage'>): boolean {
  return DONE_STAGES.includes(row.stage);
}

/**
 * In the long tail, as the long-tail report counts it: not done, and never
 * started or without a stage change for `idleDays`.
 */
export function inLongTail(row: NudgeRow, now: Date, idleDays: number) {
  return (
    !isDone(row) &&
    (row.stage === 'not-started' ||
      row.stageChangedAt.getTime() <= now.getTime() - idleDays * DAY_MS)
  );
}

function failingMust(
  migration: MigrationDefinition,
  row: Pick<NudgeRow, 'outcomes'>,
): CreedItem[] {
  return migration.creed.filter(
    item => item.severity === 'must' && row.outcomes[item.id] === 'fail',
  );
}

function teamTitle(input: ServiceNudgeInput, team: string) {
  return input.titles.get(team) ?? nameOf(team);
}

function serviceName(row: Pick<NudgeRow, 'entityRef' | 'title'>) {
  return row.title ?? nameOf(row.entityRef);
}

/** Why a service is in the long tail: never started, or idle for so long. */
function idleness(row: NudgeRow, now: Date) {
  if (row.stage === 'not-started') return 'never started';
  const days = Math.floor(
    (now.getTime() - row.stageChangedAt.getTime()) / DAY_MS,
  );
  return `${STAGE_NAMES[row.stage]} for ${plural(days, 'day')}`;
}

/** Louder as the sunset nears: normal, high from 30 days, critical from 7. */
function severityOf(milestone: number): NudgeSeverity {
  if (milestone <= 7) return 'critical';
  if (milestone <= 30) return 'high';
  return 'normal';
}

function sunsetTitle(
  migration: MigrationDefinition,
  name: string,
  daysLeft: number,
) {
  if (daysLeft < 0) {
    return `Stranded for ${plural(-daysLeft, 'day')}: ${name} is still on ${
      migration.from
    }`;
  }
  if (daysLeft === 0) {
    return `Sunset today: ${name} is not on ${migration.to} yet`;
  }
  return `${plural(daysLeft, 'day')} to sunset: ${name} is not on ${
    migration.to
  } yet`;
}

/** The sunset countdown of every service not done, and escalations. */
export function sunsetNudges(input: ServiceNudgeInput): Nudge[] {
  const { migration, settings, now } = input;
  const daysLeft = daysUntil(migration.window.sunset, now, settings.zone);
  const milestone = dueMilestone(daysLeft, settings);
  if (milestone === undefined) return [];
  const sunset = migration.window.sunset.toISODate()!;
  // A moved sunset is another countdown: its reminders are sent again.
  const keyOf = (kind: string, ref: string) =>
    `${kind}:${sunset}:${milestone}:${ref}`;
  const severity = severityOf(milestone);
  const stranded = daysLeft < 0;
  const when = stranded
    ? `the sunset was ${daysPhrase(daysLeft)}, on ${sunset}`
    : `${migration.from} is switched off ${daysPhrase(daysLeft)}, on ${sunset}`;
  const out: Nudge[] = [];
  for (const row of input.rows) {
    if (isDone(row) || !row.ownerRef) continue;
    const owner = row.ownerRef;
    // Most reminders are folded into digests and never shown alone: their
    // words are written only when read (100k services: 75k reminders).
    const text = () => {
      const name = serviceName(row);
      const failing = failingMust(migration, row).map(i => i.title);
      return {
        name,
        stage: STAGE_NAMES[row.stage],
        musts: failing.length
          ? `Failing must items: ${failing.join(', ')}.`
          : 'Every must item passes.',
        link: migrationTabPath(row.entityRef, migration.id),
        metadata: {
          migrationId: migration.id,
          entityRef: row.entityRef,
          daysToSunset: daysLeft,
          milestone,
          stage: row.stage,
        },
      };
    };
    out.push(
      lazyText(
        {
          key: keyOf('sunset', row.entityRef),
          kind: 'sunset',
          topic: SOLO_TREK_NUDGE_TOPICS.sunset,
          severity,
          recipients: { type: 'entity', entityRefs: [owner] },
          entityRef: row.entityRef,
          team: owner,
          fold: { kind: 'team', by: owner },
          names: [row.entityRef, owner],
        },
        () => {
          const t = text();
          return {
            title: fitTitle(sunsetTitle(migration, t.name, daysLeft)),
            // Led by what the owner needs: the notifications page shows one line.
            description: `${t.name} is at stage ${t.stage}; ${when}. ${t.musts} ${migration.title}: its Migration tab says what to do next.`,
            link: t.link,
            metadata: t.metadata,
          };
        },
      ),
    );

    // A critical service in the long tail at 30 days or less, and any
    // stranded one, is also the business of the group above the owners.
    const critical =
      row.criticality === 'high' &&
      daysLeft <= 30 &&
      inLongTail(row, now, input.longTailIdleDays);
    const escalation = input.escalations.get(owner);
    if (!(stranded || critical) || !escalation) continue;
    out.push(
      lazyText(
        {
          key: keyOf('escalation', row.entityRef),
          kind: 'escalation',
          topic: SOLO_TREK_NUDGE_TOPICS.sunset,
          severity: stranded ? 'critical' : 'high',
          recipients: { type: 'entity', entityRefs: escalation.entityRefs },
          entityRef: row.entityRef,
          team: owner,
          fold: { kind: 'escalation', by: escalation.group },
          names: [row.entityRef, owner],
        },
        () => {
          const t = text();
          const team = teamTitle(input, owner);
          const why = stranded
            ? `is stranded on ${migration.from}: the sunset was ${daysPhrase(
                daysLeft,
              )}`
            : `is critical and in the long tail (${idleness(
                row,
                now,
              )}) with ${plural(daysLeft, 'day')} to sunset`;
          return {
            title: fitTitle(`Escalation: ${t.name} of ${team} ${why}`),
            description: `${migration.title}: ${t.name}, owned by ${team}, ${why}. It is at stage ${t.stage}. ${t.musts} You hear of it as ${escalation.group}, above its owners.`,
            link: t.link,
            metadata: { ...t.metadata, escalatedTo: escalation.group },
          };
        },
      ),
    );
  }
  return out;
}

type NudgeText = Pick<Nudge, 'title' | 'description' | 'link' | 'metadata'>;

/**
 * A nudge whose title, description, link and metadata are written the
 * first time one of them is read (enumerable getters, so it reads and
 * compares as a plain nudge).
 */
function lazyText(base: Omit<Nudge, keyof NudgeText>, write: () => NudgeText) {
  let text: NudgeText | undefined;
  const read = () => (text ??= write());
  const nudge = base as Nudge;
  for (const key of ['title', 'description', 'link', 'metadata'] as const) {
    Object.defineProperty(nudge, key, {
      enumerable: true,
      get: () => read()[key],
    });
  }
  return nudge;
}

/** A must item a live service passed when last observed and now fails. */
export interface Regression {
  row: NudgeRow;
  item: CreedItem;
  /** When the passing outcome was last observed: the regression's identity. */
  since: Date;
}

/** Live services have must items to keep passing; retired ones have none. */
function watched(row: NudgeRow) {
  return row.live && row.stage !== 'retired';
}

export function creedRegressions(
  migration: MigrationDefinition,
  rows: readonly NudgeRow[],
  observations: ReadonlyMap<string, Observation>,
): Regression[] {
  const musts = migration.creed.filter(i => i.severity === 'must');
  const out: Regression[] = [];
  for (const row of rows) {
    if (!watched(row)) continue;
    const seen = observations.get(row.entityRef);
    if (!seen) continue;
    for (const item of musts) {
      // Only a definite fail: an unknown (a fact provider that is down)
      // is no regression, or an outage would notify every live service.
      if (seen.passing.includes(item.id) && row.outcomes[item.id] === 'fail') {
        out.push({ row, item, since: seen.observedAt });
      }
    }
  }
  return out;
}

/** The must items each live service passes now, where that changed. */
export function nextObservations(
  migration: MigrationDefinition,
  rows: readonly NudgeRow[],
  observations: ReadonlyMap<string, Observation>,
): {
  upserts: Array<{ entityRef: string; passing: string[] }>;
  deletes: string[];
} {
  const musts = migration.creed.filter(i => i.severity === 'must');
  const upserts: Array<{ entityRef: string; passing: string[] }> = [];
  const deletes: string[] = [];
  for (const row of rows) {
    const seen = observations.get(row.entityRef);
    if (!watched(row)) {
      if (seen) deletes.push(row.entityRef);
      continue;
    }
    const passing = musts
      .filter(i => row.outcomes[i.id] === 'pass')
      .map(i => i.id);
    if (!seen || seen.passing.join('\n') !== passing.join('\n')) {
      upserts.push({ entityRef: row.entityRef, passing });
    }
  }
  return { upserts, deletes };
}

function evidenceText(checks: CheckResult[] | undefined, itemId: string) {
  const check = checks?.find(c => c.id === itemId);
  const failing = (check?.evidence ?? []).filter(e => e.outcome === 'fail');
  if (failing.length === 0) return '';
  const parts = failing.slice(0, 3).map(e => {
    const actual =
      e.actual === undefined ? 'nothing' : JSON.stringify(e.actual);
    return `${e.rule} (found ${
      actual.length > 80 ? `${actual.slice(0, 79)}…` : actual
    })`;
  });
  return ` Evidence: ${parts.join('; ')}.`;
}

export function creedNudges(
  input: ServiceNudgeInput,
  regressions: readonly Regression[],
): Nudge[] {
  const { migration } = input;
  return regressions.flatMap(({ row, item, since }): Nudge[] => {
    if (!row.ownerRef) return [];
    const name = serviceName(row);
    const remediation = item.remediation
      ? ` To fix it: ${item.remediation.text}${
          item.remediation.url ? ` (${item.remediation.url})` : ''
        }.`
      : '';
    return [
      {
        key: `creed:${item.id}:${since.toISOString()}:${row.entityRef}`,
        kind: 'creed',
        topic: SOLO_TREK_NUDGE_TOPICS.creed,
        severity: 'high',
        title: fitTitle(`${name} now fails "${item.title}"`),
        description: `${migration.title}: ${name} is live on ${
          migration.to
        } and passed this must item before; now it fails.${evidenceText(
          input.evidence.get(row.entityRef),
          item.id,
        )}${remediation}`,
        link: migrationTabPath(row.entityRef, migration.id),
        recipients: { type: 'entity', entityRefs: [row.ownerRef] },
        entityRef: row.entityRef,
        team: row.ownerRef,
        fold: { kind: 'team', by: row.ownerRef },
        names: [row.entityRef, row.ownerRef],
        metadata: {
          migrationId: migration.id,
          entityRef: row.entityRef,
          creedId: item.id,
          remediationUrl: item.remediation?.url ?? null,
        },
      },
    ];
  });
}

/**
 * Waivers that expire within `daysBeforeWaiverExpiry` and still matter: the
 * item is waivable in today's config and does not pass. To the owners and
 * the platform team, who renews waivers.
 */
export function waiverNudges(input: ServiceNudgeInput): Nudge[] {
  const { migration, now, settings } = input;
  if (input.waivers.length === 0) return [];
  const rows = new Map(input.rows.map(r => [r.entityRef, r]));
  const items = new Map(migration.creed.map(i => [i.id, i]));
  const horizon = now.getTime() + settings.daysBeforeWaiverExpiry * DAY_MS;
  const out: Nudge[] = [];
  for (const waiver of input.waivers) {
    const row = rows.get(waiver.entityRef);
    const item = items.get(waiver.creedId);
    if (!row || !item || row.stage === 'retired') continue;
    if (waiver.expiresAt.getTime() > horizon) continue;
    if (!isWaiverEffective(item, waiver, now)) continue;
    if (row.outcomes[item.id] === 'pass') continue;
    const name = serviceName(row);
    const expires = waiver.expiresAt.toISOString().slice(0, 10);
    const days = Math.max(
      0,
      Math.ceil((waiver.expiresAt.getTime() - now.getTime()) / DAY_MS),
    );
    const entityRefs = [
      ...new Set([...(row.ownerRef ? [row.ownerRef] : []), input.platformTeam]),
    ];
    out.push({
      key: `waiver:${waiver.id}`,
      kind: 'waiver',
      topic: SOLO_TREK_NUDGE_TOPICS.waiver,
      severity: 'normal',
      title: fitTitle(
        `The waiver for "${item.title}" on ${name} expires ${
          days === 0 ? 'today' : `in ${plural(days, 'day')}`
        }`,
      ),
      description: `${migration.title}: the waiver (${waiver.reason}) ends on ${expires}. After that "${item.title}" counts as failing again: fix it, or ask ${input.platformTeam} to renew the waiver.`,
      link: migrationTabPath(row.entityRef, migration.id),
      recipients: { type: 'entity', entityRefs },
      entityRef: row.entityRef,
      team: row.ownerRef ?? undefined,
      names: [row.entityRef, ...entityRefs],
      metadata: {
        migrationId: migration.id,
        entityRef: row.entityRef,
        creedId: item.id,
        waiverId: waiver.id,
        expiresAt: waiver.expiresAt.toISOString(),
      },
    });
  }
  return out;
}

/** A principal's ref is a user ref; anything else is a service principal (a pipeline). */
function isUserRef(actor: string) {
  return actor.startsWith('user:');
}

/**
 * Stage changes the owners did not make themselves: reported by a
 * pipeline, set by someone outside the team (the platform team), or
 * decided by the live signal. Annotation changes come from the team's own
 * catalog-info.yaml; first evaluations are no change.
 */
export function stageNudges(input: ServiceNudgeInput): Nudge[] {
  const { migration } = input;
  if (input.history.length === 0) return [];
  const rows = new Map(input.rows.map(r => [r.entityRef, r]));
  const out: Nudge[] = [];
  for (const entry of input.history) {
    const row = rows.get(entry.entityRef);
    if (!row?.ownerRef || entry.fromStage === null) continue;
    if (row.stage === 'retired' && entry.toStage !== 'retired') continue;
    let by: string;
    let exclude: string[] | undefined;
    if (entry.source === 'live') {
      by = `the catalog shows it live on ${migration.to}`;
    } else if (entry.source === 'api' && entry.actor) {
      if (isUserRef(entry.actor)) {
        if (input.ownerMembers.get(row.ownerRef)?.has(entry.actor)) continue;
        by = `set by ${entry.actor}`;
        exclude = [entry.actor];
      } else {
        by = `reported by ${entry.actor}`;
      }
    } else {
      continue;
    }
    const name = serviceName(row);
    const change = `${STAGE_NAMES[entry.fromStage]} → ${
      STAGE_NAMES[entry.toStage]
    }`;
    out.push({
      key: `stage:${entry.id}`,
      kind: 'stage',
      topic: SOLO_TREK_NUDGE_TOPICS.stage,
      severity: 'low',
      title: fitTitle(`${name} moved to ${STAGE_NAMES[entry.toStage]}`),
      description: `${migration.title}: ${change}, ${by} on ${entry.createdAt
        .toISOString()
        .slice(0, 10)}.${entry.note ? ` Note: ${entry.note}` : ''}`,
      link: migrationTabPath(row.entityRef, migration.id),
      recipients: { type: 'entity', entityRefs: [row.ownerRef], exclude },
      entityRef: row.entityRef,
      team: row.ownerRef,
      fold: { kind: 'team', by: row.ownerRef },
      names: [row.entityRef, row.ownerRef],
      metadata: {
        migrationId: migration.id,
        entityRef: row.entityRef,
        fromStage: entry.fromStage,
        toStage: entry.toStage,
        source: entry.source,
        actor: entry.actor,
      },
    });
  }
  return out;
}
