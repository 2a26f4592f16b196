import { DateTime } from 'luxon';
import {
  CheckStatus,
  ForecastStatus,
  LeaderboardBadge,
  Level,
  MigrationStage,
  StageSource,
  Track,
  TrackDecisionInfo,
} from '@internal/plugin-solo-trek-common';

export const STAGE_LABELS: Record<MigrationStage, string> = {
  'not-started': 'Not started',
  planning: 'Planning',
  'in-progress': 'In progress',
  migrated: 'Migrated',
  decommissioned: 'Decommissioned',
  retired: 'Retired',
};

export const STAGE_DESCRIPTIONS: Record<MigrationStage, string> = {
  'not-started': 'Nothing has happened yet.',
  planning: 'The team is planning the move.',
  'in-progress': 'The move is under way.',
  migrated: 'Live on the new platform.',
  decommissioned:
    'Live on the new platform; the old deployment is switched off.',
  retired: 'Shut down instead of moved.',
};

/** The forward path a service walks; `retired` is an outcome beside it. */
export const FORWARD_STAGES: MigrationStage[] = [
  'not-started',
  'planning',
  'in-progress',
  'migrated',
  'decommissioned',
];

/** Where the current stage came from, as a sentence. */
export const STAGE_SOURCE_LABELS: Record<StageSource, string> = {
  live: 'Set because the catalog shows the service live',
  annotation: 'Reported by the solo-trek.io/stage annotation',
  api: 'Reported in Backstage or by a CI pipeline',
  default: 'No stage reported yet',
};

export const TRACK_LABELS: Record<Track, string> = {
  'solo-trek': 'Solo Trek',
  caravan: 'Caravan',
};

export const TRACK_DESCRIPTIONS: Record<Track, string> = {
  'solo-trek':
    'The team moves this service on its own, whenever it is ready, using the golden-path templates and Terraform modules.',
  caravan:
    'A crown jewel: it moves in a centrally planned wave, with hands-on support from the platform team.',
};

/** How a track decision was made, as the start of a sentence. */
export function describeTrackDecision(decision: TrackDecisionInfo): string {
  const track = `${TRACK_LABELS[decision.toTrack]} track`;
  switch (decision.source) {
    case 'annotation':
      return `${track} decided upfront in solo-trek.io/track`;
    case 'platform-team':
      return decision.fromTrack === decision.toTrack
        ? `${track} confirmed by ${decision.actor ?? 'the platform team'}`
        : `Moved to the ${track} by ${decision.actor ?? 'the platform team'}`;
    case 'first-evaluation':
    default:
      return `${track} pinned at the first evaluation`;
  }
}

export const CHECK_STATUS_LABELS: Record<CheckStatus, string> = {
  pass: 'Pass',
  fail: 'Fail',
  waived: 'Waived',
  unknown: 'Unknown',
};

export const FORECAST_LABELS: Record<ForecastStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  late: 'Late',
  complete: 'Complete',
  'not-enough-data': 'Not enough data',
};

export const LEVEL_LABELS: Record<Level, string> = {
  low: 'Low',
  high: 'High',
};

export const BADGE_LABELS: Record<LeaderboardBadge, string> = {
  trailblazer: 'Trailblazer',
  'early-mover': 'Early mover',
  'clean-creed': 'Clean Creed',
  'migration-hero': 'Migration Hero',
};

export const BADGE_DESCRIPTIONS: Record<LeaderboardBadge, string> = {
  trailblazer: 'One of the first three teams to move every service.',
  'early-mover':
    'Moved at least half of its services in the first quarter of the window.',
  'clean-creed':
    "Every service live on the new platform passes all of the Pilgrim's Creed must items.",
  'migration-hero':
    "Last month's Migration Hero, or one of its members, chosen by peers.",
};

/** A name for each quadrant of the criticality × complexity grid. */
export function quadrantName(criticality: Level, complexity: Level): string {
  if (criticality === 'high' && complexity === 'high') {
    return 'Crown jewels';
  }
  if (criticality === 'low' && complexity === 'low') {
    return 'Quick wins';
  }
  if (criticality === 'high') {
    return 'Critical but simple';
  }
  return 'Complex but less critical';
}

export function quadrantLabel(criticality: Level, complexity: Level): string {
  return `${LEVEL_LABELS[criticality]} criticality × ${LEVEL_LABELS[
    complexity
  ].toLocaleLowerCase()} complexity`;
}

function parse(value: string): DateTime {
  // Plain dates (YYYY-MM-DD) are calendar days, not instants.
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? DateTime.fromISO(value, { zone: 'utc' })
    : DateTime.fromISO(value);
}

/**
 * A calendar date in the user's locale, e.g. "31 Dec 2027". `utc` reads
 * date-times as UTC days, for values such as waiver expiries that the server
 * stores as the end of a UTC day.
 */
export function formatDate(
  value: string | null | undefined,
  options: { utc?: boolean } = {},
): string {
  if (!value) {
    return '—';
  }
  const date = options.utc
    ? DateTime.fromISO(value, { zone: 'utc' })
    : parse(value);
  return date.isValid ? date.toLocaleString(DateTime.DATE_MED) : value;
}

/** A date and time in the user's locale. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) {
    return '—';
  }
  const date = DateTime.fromISO(value);
  return date.isValid ? date.toLocaleString(DateTime.DATETIME_MED) : value;
}

/** "3 minutes ago", "in 2 days". */
export function formatRelative(value: string | null | undefined): string {
  if (!value) {
    return '—';
  }
  const date = DateTime.fromISO(value);
  if (!date.isValid) {
    return value;
  }
  // Clocks drift: a timestamp a few seconds in the future is "just now".
  if (Math.abs(date.diffNow().as('seconds')) < 45) {
    return 'just now';
  }
  return date.toRelative() ?? formatDateTime(value);
}

/** "November 2026" from "2026-11". */
export function formatMonth(value: string): string {
  const date = DateTime.fromFormat(value, 'yyyy-MM');
  return date.isValid
    ? date.toLocaleString({ month: 'long', year: 'numeric' })
    : value;
}

/** 0.4567 → "46%". */
export function formatPercent(share: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(undefined, {
    style: 'percent',
    maximumFractionDigits: fractionDigits,
  }).format(Number.isFinite(share) ? share : 0);
}

export function formatNumber(value: number, fractionDigits = 1): string {
  return new Intl.NumberFormat(undefined, {
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** A weekly rate: two decimals below one a week, so 0.19 and 0.2 differ. */
export function formatRate(perWeek: number): string {
  return formatNumber(perWeek, Math.abs(perWeek) < 1 ? 2 : 1);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count, 0)} ${count === 1 ? one : many}`;
}

/** How a value from the evidence reads in a table cell. */
export function formatEvidenceValue(value: unknown): string {
  if (value === undefined) {
    return 'not set';
  }
  if (value === null) {
    return 'null';
  }
  if (typeof value === 'string') {
    return value === '' ? '(empty)' : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
