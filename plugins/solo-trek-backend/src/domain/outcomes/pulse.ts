import { EntityPulse } from '@internal/plugin-solo-trek-common';
import { DAY_MS } from './validatePoints';

/** Scores people give: 1 (much worse) to 5 (much better). */
export const PULSE_SCORES = [1, 2, 3, 4, 5] as const;

/**
 * Whether a service's pulse is open: from `delayDays` after its go-live,
 * once the first weeks' rough edges are known, for as long as it is live.
 */
export function pulseWindow(
  goLive: Date | null,
  delayDays: number,
  now: Date,
): { status: EntityPulse['status']; opensAt: Date | null } {
  if (!goLive) return { status: 'not-live', opensAt: null };
  const opensAt = new Date(goLive.getTime() + delayDays * DAY_MS);
  return { status: now >= opensAt ? 'open' : 'not-yet', opensAt };
}
