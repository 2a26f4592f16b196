import { DateTime } from 'luxon';
import { MigrationStage } from '@internal/plugin-solo-trek-common';
import { SoloTrekT } from '../translation';

// The names of stages, tracks, statuses, badges, forecasts, levels and
// quadrants are in soloTrekTranslationRef's `labels` group: see ./labels.ts.
// Helpers here that need a word take the translate function `t`; `—` marks
// a missing value in any language.

/** The forward path a service walks; `retired` is an outcome beside it. */
export const FORWARD_STAGES: MigrationStage[] = [
  'not-started',
  'planning',
  'in-progress',
  'migrated',
  'decommissioned',
];

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

/** "3 minutes ago", "in 2 days", in the user's locale; "just now" from `t`. */
export function formatRelative(
  value: string | null | undefined,
  t: SoloTrekT,
): string {
  if (!value) {
    return '—';
  }
  const date = DateTime.fromISO(value);
  if (!date.isValid) {
    return value;
  }
  // Clocks drift: a timestamp a few seconds in the future is "just now".
  if (Math.abs(date.diffNow().as('seconds')) < 45) {
    return t('format.justNow');
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

/** How a value from the evidence reads in a table cell. */
export function formatEvidenceValue(value: unknown, t: SoloTrekT): string {
  if (value === undefined) {
    return t('format.notSet');
  }
  if (value === null) {
    return 'null';
  }
  if (typeof value === 'string') {
    return value === '' ? t('format.empty') : value;
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
