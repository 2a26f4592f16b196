/** How pressing the sunset is. */
export type SunsetUrgency = 'calm' | 'notice' | 'warning' | 'urgent';

/**
 * More than 180 days: calm. 90 to 180: notice. Under 90: warning. Under 30
 * or past: urgent. A service that is done has nothing to fear from the sunset.
 */
export function sunsetUrgency(
  daysToSunset: number,
  done = false,
): SunsetUrgency {
  if (done) {
    return 'calm';
  }
  if (daysToSunset < 30) {
    return 'urgent';
  }
  if (daysToSunset < 90) {
    return 'warning';
  }
  if (daysToSunset <= 180) {
    return 'notice';
  }
  return 'calm';
}
