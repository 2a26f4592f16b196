import { parseEntityRef } from '@backstage/catalog-model';
import {
  LeaderboardBadge,
  MigrationStage,
  NudgeSeverity,
} from '@internal/plugin-solo-trek-common';

/*
 * The words and links of nudges. Notifications show plain text: a title of
 * at most 255 characters (the notifications table's column) and a short
 * description; the link opens the app.
 */

export const STAGE_NAMES: Record<MigrationStage, string> = {
  'not-started': 'Not started',
  planning: 'Planning',
  'in-progress': 'In progress',
  migrated: 'Migrated',
  decommissioned: 'Decommissioned',
  retired: 'Retired',
};

export const BADGE_NAMES: Record<LeaderboardBadge, string> = {
  trailblazer: 'Trailblazer (one of the first three teams at 100%)',
  'early-mover': 'Early mover (half done in the first quarter of the window)',
  'clean-creed': 'Clean Creed (every live service passes every must item)',
  'migration-hero': 'Migration Hero of the month',
};

const SEVERITY_ORDER: NudgeSeverity[] = ['low', 'normal', 'high', 'critical'];

export function maxSeverity(severities: NudgeSeverity[]): NudgeSeverity {
  return severities.reduce<NudgeSeverity>(
    (max, s) =>
      SEVERITY_ORDER.indexOf(s) > SEVERITY_ORDER.indexOf(max) ? s : max,
    'low',
  );
}

/** The notifications backend stores titles in a 255-character column. */
export const TITLE_MAX = 255;

export function fitTitle(title: string): string {
  return title.length <= TITLE_MAX
    ? title
    : `${title.slice(0, TITLE_MAX - 1)}…`;
}

/** The name part of a ref, for text: `ledger-service`. */
export function nameOf(ref: string): string {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}

/** The entity's page in the app: `/catalog/default/component/ledger-service`. */
export function entityPath(ref: string): string {
  const { kind, namespace, name } = parseEntityRef(ref);
  return `/catalog/${encodeURIComponent(namespace)}/${encodeURIComponent(
    kind.toLocaleLowerCase('en-US'),
  )}/${encodeURIComponent(name)}`;
}

/**
 * The service's Migration tab (the `migration` entity content), opened on
 * this migration's tab.
 */
export function migrationTabPath(ref: string, migrationId: string): string {
  return `${entityPath(ref)}/migration?migration=${encodeURIComponent(
    migrationId,
  )}`;
}

/** The dashboard. */
export const DASHBOARD_PATH = '/solo-trek';

export function plural(n: number, one: string, many = `${one}s`): string {
  // toLocaleString goes through ICU: 75,000 reminders a sweep spent most of
  // their text on it, for numbers that need no separator.
  const digits = Math.abs(n) < 1000 ? String(n) : n.toLocaleString('en-US');
  return `${digits} ${n === 1 ? one : many}`;
}

/** `a, b and 3 more`: lists stay short enough to read in a notification. */
export function shortList(items: string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** `30 days`, `1 day`, `today`, `3 days ago`. */
export function daysPhrase(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  if (daysLeft > 0) return `in ${plural(daysLeft, 'day')}`;
  return `${plural(-daysLeft, 'day')} ago`;
}
