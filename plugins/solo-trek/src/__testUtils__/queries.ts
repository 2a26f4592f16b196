import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  LeaderboardPeriod,
  Level,
  LongTailEntry,
  LongTailQuadrantCount,
  SortOrder,
  TeamAdoptionSort,
} from '@internal/plugin-solo-trek-common';

/**
 * The query parameters of the paged routes, read and checked as the real
 * backend does (its OpenAPI schema plus its router): anything out of range
 * is a 400 with a message, never silently clamped.
 */

/** A query parameter the backend refuses; the fake answers 400 with it. */
export class InputProblem extends Error {}

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
const MAX_Q = 100;
const MAX_TEAMS = 20;

function oneOf<T extends string>(
  search: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = search.get(name);
  if (value === null) {
    return undefined;
  }
  if (!allowed.includes(value as T)) {
    throw new InputProblem(
      `${name} must be one of ${allowed.join(', ')}, got "${value}"`,
    );
  }
  return value as T;
}

export function readPage(search: URLSearchParams) {
  const limit = search.get('limit');
  const offset = search.get('offset');
  if (
    limit !== null &&
    !(/^[0-9]{1,4}$/.test(limit) && +limit >= 1 && +limit <= MAX_LIMIT)
  ) {
    throw new InputProblem(
      `limit must be between 1 and ${MAX_LIMIT}, got ${limit}`,
    );
  }
  if (offset !== null && !/^[0-9]{1,7}$/.test(offset)) {
    throw new InputProblem(
      `offset must be a whole number of 0 or more, got ${offset}`,
    );
  }
  return {
    limit: limit === null ? DEFAULT_LIMIT : Number(limit),
    offset: offset === null ? 0 : Number(offset),
  };
}

/** The lower-cased search text, or undefined when there is none. */
export function readSearch(search: URLSearchParams): string | undefined {
  const q = search.get('q');
  if (q !== null && q.length > MAX_Q) {
    throw new InputProblem(`q must be at most ${MAX_Q} characters`);
  }
  return q?.trim().toLocaleLowerCase('en-US') || undefined;
}

export function readPeriod(search: URLSearchParams): LeaderboardPeriod {
  return oneOf(search, 'period', ['all', 'month'] as const) ?? 'all';
}

export function readTeamSort(search: URLSearchParams): {
  sort: TeamAdoptionSort;
  order: SortOrder;
} {
  const sorts = ['adoption', 'compliantAdoption', 'total', 'title'] as const;
  return {
    sort: oneOf(search, 'sort', sorts) ?? 'adoption',
    order: oneOf(search, 'order', ['asc', 'desc'] as const) ?? 'desc',
  };
}

export function readLevels(search: URLSearchParams): {
  criticality?: Level;
  complexity?: Level;
} {
  const levels = ['high', 'low'] as const;
  return {
    criticality: oneOf(search, 'criticality', levels),
    complexity: oneOf(search, 'complexity', levels),
  };
}

/** The `team` parameters as lower-cased group refs. */
export function readTeams(search: URLSearchParams): string[] {
  const teams = search.getAll('team');
  if (teams.length > MAX_TEAMS) {
    throw new InputProblem(
      `Ask for at most ${MAX_TEAMS} teams, got ${teams.length}`,
    );
  }
  return teams.map(team => {
    let ref;
    try {
      ref = parseEntityRef(team, { defaultKind: 'group' });
    } catch {
      throw new InputProblem(
        `team "${team}" is not an entity ref; write group:default/payments`,
      );
    }
    if (ref.kind.toLocaleLowerCase('en-US') !== 'group') {
      throw new InputProblem(
        `team "${team}" must be a group, not a ${ref.kind}`,
      );
    }
    return stringifyEntityRef(ref);
  });
}

function compareRefs(a: string, b: string) {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/**
 * Riskiest first, as the backend orders the long tail: critical services,
 * then never started, then idle longest, then by ref.
 */
export function riskiestFirst(items: readonly LongTailEntry[]) {
  const rank = (e: LongTailEntry) =>
    (e.criticality === 'high' ? 0 : 2) + (e.stage === 'not-started' ? 0 : 1);
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareRefs(a.lastChange, b.lastChange) ||
      compareRefs(a.entityRef, b.entityRef),
  );
}

/** Long-tail services per quadrant; like the backend, empty quadrants are left out. */
export function quadrantCounts(
  items: readonly LongTailEntry[],
): LongTailQuadrantCount[] {
  const levels: Level[] = ['high', 'low'];
  return levels.flatMap(criticality =>
    levels.flatMap(complexity => {
      const total = items.filter(
        i => i.criticality === criticality && i.complexity === complexity,
      ).length;
      return total ? [{ criticality, complexity, total }] : [];
    }),
  );
}
