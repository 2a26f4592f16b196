import { ConflictError, InputError } from '@backstage/errors';
import { DateTime } from 'luxon';
import { CreedItem } from '../config/readSoloTrekConfig';

/*
 * What a waiver may be, wherever it comes from: created by the platform
 * team, asked for by an owner, or granted on approval. One place, so a
 * request can never promise what a waiver may not be.
 */

/** The Creed item a waiver would cover: 400 when unknown, 409 when it may not be waived. */
export function waivableItem(
  migration: { id: string; creed: readonly CreedItem[] },
  creedId: string,
): CreedItem {
  const item = migration.creed.find(c => c.id === creedId);
  if (!item) {
    throw new InputError(
      `Migration "${
        migration.id
      }" has no Creed item "${creedId}"; its items are ${migration.creed
        .map(c => c.id)
        .join(', ')}`,
    );
  }
  if (!item.waivable) {
    throw new ConflictError(
      `Creed item "${item.id}" is ${
        item.severity === 'must' ? 'a must item' : 'not waivable'
      } and cannot be waived`,
    );
  }
  return item;
}

/** A waiver's written reason: at least 3 characters once trimmed. */
export function waiverReason(value: string, field = 'reason'): string {
  const reason = value.trim();
  if (reason.length < 3) {
    throw new InputError(
      `A waiver needs a ${field} of at least 3 characters saying why`,
    );
  }
  return reason;
}

/**
 * An expiry as given (`YYYY-MM-DD`, the end of that UTC day, or an ISO
 * date-time): in the future, and at most `maxDays` after `now`.
 */
export function waiverExpiry(
  value: string,
  now: Date,
  maxDays: number,
  field = 'expiresAt',
): Date {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const parsed = dateOnly
    ? DateTime.fromISO(value, { zone: 'utc' }).endOf('day')
    : DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) {
    throw new InputError(
      `${field} "${value}" is not a date; give YYYY-MM-DD or an ISO 8601 date-time`,
    );
  }
  const expires = parsed.toJSDate();
  if (expires <= now) {
    throw new InputError(
      `${field} ${value} is in the past; a waiver must expire in the future`,
    );
  }
  const max = DateTime.fromJSDate(now).plus({ days: maxDays });
  if (parsed > max) {
    throw new InputError(
      `${field} ${value} is too far ahead; waivers last at most ${maxDays} days ` +
        `(until ${max.toISODate()})`,
    );
  }
  return expires;
}
