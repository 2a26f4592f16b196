import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { OutcomePlatform } from '@internal/plugin-solo-trek-common';
import { DateTime } from 'luxon';
import { OutcomeMetricDefinition } from './metrics';

/** A point whose shape, metric, value and time are well formed. */
export interface ParsedPoint {
  index: number;
  /** Normalised: lowercase kind and namespace, as the catalog writes refs. */
  entityRef: string;
  metric: string;
  value: number;
  at: Date;
  platform: OutcomePlatform | null;
}

export interface PointProblem {
  index: number;
  message: string;
}

const FIELDS = ['entityRef', 'metric', 'value', 'at', 'platform'];
const names = makeValidator();

/** A short, printable rendering of a bad value for a message. */
function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function parseRef(value: unknown): string | string[] {
  if (typeof value !== 'string' || value.length === 0) {
    return [
      `entityRef must be an entity ref such as component:default/ledger, got ${shown(
        value,
      )}`,
    ];
  }
  if (value.length > 255) {
    return ['entityRef is longer than 255 characters'];
  }
  let ref;
  try {
    ref = parseEntityRef(value);
  } catch {
    return [
      `entityRef ${shown(value)} needs a kind: write component:default/ledger`,
    ];
  }
  if (
    !names.isValidKind(ref.kind) ||
    !names.isValidNamespace(ref.namespace.toLocaleLowerCase('en-US')) ||
    !names.isValidEntityName(ref.name)
  ) {
    return [`entityRef ${shown(value)} is not a valid entity ref`];
  }
  return stringifyEntityRef({
    kind: ref.kind.toLocaleLowerCase('en-US'),
    namespace: ref.namespace.toLocaleLowerCase('en-US'),
    name: ref.name,
  });
}

/** ISO 8601 with a zone, or a bare date meaning UTC midnight. */
function parseAt(value: unknown): Date | string {
  if (typeof value !== 'string' || value.length > 40) {
    return `at must be an ISO 8601 time such as 2026-11-03T10:15:00Z, got ${shown(
      value,
    )}`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = DateTime.fromISO(value, { zone: 'utc' });
    return day.isValid
      ? day.toJSDate()
      : `at ${shown(value)} is not a real date`;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
    return `at ${shown(
      value,
    )} is not an ISO 8601 time such as 2026-11-03T10:15:00Z`;
  }
  if (!/(Z|[+-]\d{2}(:?\d{2})?)$/i.test(value)) {
    return `at ${shown(
      value,
    )} has no time zone; end it with Z or an offset such as +01:00`;
  }
  const time = DateTime.fromISO(value, { setZone: true });
  return time.isValid
    ? time.toJSDate()
    : `at ${shown(value)} is not an ISO 8601 time such as 2026-11-03T10:15:00Z`;
}

/**
 * Checks one point of a batch on its own: an object with a valid entity ref,
 * a known metric, a finite value the metric allows, a time with a zone and
 * an optional platform. Never throws; every problem is a message naming the
 * field and the value.
 */
export function parsePoint(
  raw: unknown,
  index: number,
  metrics: ReadonlyMap<string, OutcomeMetricDefinition>,
): ParsedPoint | PointProblem {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      index,
      message: `a point is an object { entityRef, metric, value, at, platform? }, got ${shown(
        raw,
      )}`,
    };
  }
  const point = raw as Record<string, unknown>;
  const unknown = Object.keys(point).filter(k => !FIELDS.includes(k));
  if (unknown.length > 0) {
    problems.push(
      `unknown field ${shown(unknown[0])}; a point has ${FIELDS.join(', ')}`,
    );
  }
  const entityRef = parseRef(point.entityRef);
  if (Array.isArray(entityRef)) problems.push(...entityRef);

  const metric =
    typeof point.metric === 'string' ? metrics.get(point.metric) : undefined;
  if (!metric) {
    problems.push(
      `unknown metric ${shown(point.metric)}; known metrics are ${[
        ...metrics.keys(),
      ].join(', ')} (more under soloTrek.outcomes.metrics)`,
    );
  }
  const value = point.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.push(`value must be a finite number, got ${shown(value)}`);
  } else if (metric?.min !== undefined && value < metric.min) {
    problems.push(
      `value ${value} is below ${metric.min}; ${metric.id} is never negative`,
    );
  }
  const at = parseAt(point.at);
  if (typeof at === 'string') problems.push(at);

  const platform = point.platform ?? null;
  if (platform !== null && platform !== 'old' && platform !== 'new') {
    problems.push(
      `platform must be old or new (or left out: the service's state at that time), got ${shown(
        platform,
      )}`,
    );
  }
  if (problems.length > 0) return { index, message: problems.join('; ') };
  return {
    index,
    entityRef: entityRef as string,
    metric: metric!.id,
    value: value as number,
    at: at as Date,
    platform: platform as OutcomePlatform | null,
  };
}

export function isProblem(p: ParsedPoint | PointProblem): p is PointProblem {
  return 'message' in p;
}

/** What a point is checked against once its entity is known. */
export interface PointContext {
  /** The entities in the scope of some migration, with the times points may have. */
  windows: ReadonlyMap<string, { from: Date; to: Date }>;
  now: Date;
  /** `entityRef|metric|day` of days already rolled up; their points cannot change. */
  rolledUp: ReadonlySet<string>;
  /** The first day (days since 1970, UTC) that is still kept raw. */
  rawFromDay: number;
}

/** A time ahead of the server's clock by this much is still accepted. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export const DAY_MS = 86_400_000;

/** Days since 1970-01-01, UTC. */
export function dayNumber(at: Date): number {
  return Math.floor(at.getTime() / DAY_MS);
}

export function dayText(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function rolledUpKey(entityRef: string, metric: string, day: number) {
  return `${entityRef}|${metric}|${day}`;
}

/**
 * The checks that need the entity: in the scope of a migration, a time in
 * its window give or take a year and not in the future, and a day that is
 * not rolled up yet. Undefined when the point may be stored.
 */
export function pointContextProblem(
  p: ParsedPoint,
  ctx: PointContext,
): string | undefined {
  const window = ctx.windows.get(p.entityRef);
  if (!window) {
    return `${p.entityRef} is not in the scope of any migration (or the scan has not reached it yet); check the ref against the catalog`;
  }
  if (p.at.getTime() > ctx.now.getTime() + CLOCK_SKEW_MS) {
    return `at ${p.at.toISOString()} is in the future`;
  }
  if (p.at < window.from || p.at > window.to) {
    return `at ${p.at.toISOString()} is outside the migration window give or take a year (${dayText(
      dayNumber(window.from),
    )} to ${dayText(dayNumber(window.to))})`;
  }
  const day = dayNumber(p.at);
  if (
    day < ctx.rawFromDay &&
    ctx.rolledUp.has(rolledUpKey(p.entityRef, p.metric, day))
  ) {
    return `${dayText(day)} of ${p.metric} for ${
      p.entityRef
    } is already rolled up to one value a day (points older than soloTrek.outcomes.rawRetentionDays); it cannot change`;
  }
  return undefined;
}
