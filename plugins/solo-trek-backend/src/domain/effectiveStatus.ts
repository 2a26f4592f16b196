import { CheckStatus } from '@internal/plugin-solo-trek-common';

/** What decides whether a waiver counts: the item's config. */
export interface WaivableItem {
  id: string;
  waivable: boolean;
}

/** A waiver as far as its effect goes. */
export interface WaiverWindow {
  creedId: string;
  expiresAt: Date;
  /** Revoked waivers never count, wherever they come from. */
  revokedAt?: Date | null;
}

/**
 * The one rule for what a Creed item shows: the rule's own outcome, unless a
 * waiver covers a non-passing outcome. A waiver counts only while it is
 * active (not revoked, not expired at `now`) and only for an item that is
 * waivable in today's config: an item made non-waivable after the waiver was
 * granted shows `fail` again everywhere at once (card, adoption, Creed stats,
 * team lists and the leaderboard all call this).
 */
export function effectiveStatus(
  outcome: string | undefined,
  item: WaivableItem,
  waiver: WaiverWindow | undefined,
  now: Date,
): CheckStatus {
  if (outcome === 'pass') return 'pass';
  if (waiver && isWaiverEffective(item, waiver, now)) return 'waived';
  return outcome === 'fail' ? 'fail' : 'unknown';
}

/** Whether a waiver can change what `item` shows at `now`. */
export function isWaiverEffective(
  item: WaivableItem,
  waiver: WaiverWindow,
  now: Date,
): boolean {
  return (
    item.waivable &&
    waiver.creedId === item.id &&
    !waiver.revokedAt &&
    waiver.expiresAt.getTime() > now.getTime()
  );
}

/**
 * How many items of each entity are waived (the waiver covers an item that
 * does not pass), for scoring. `outcomeOf` gives the entity's rule outcome
 * for an item.
 */
export function waivedItemsByEntity(
  items: readonly WaivableItem[],
  waivers: ReadonlyArray<
    WaiverWindow & { entityRef: string; outcome: string | undefined }
  >,
  now: Date,
): Map<string, number> {
  const byId = new Map(items.map(i => [i.id, i]));
  const counts = new Map<string, number>();
  for (const w of waivers) {
    const item = byId.get(w.creedId);
    if (!item || effectiveStatus(w.outcome, item, w, now) !== 'waived') {
      continue;
    }
    counts.set(w.entityRef, (counts.get(w.entityRef) ?? 0) + 1);
  }
  return counts;
}
