import { formatDate } from './format';

/** "4 Jan – 26 Feb 2027", or what is missing. */
export function formatWaveDates(
  plannedStart: string | null,
  plannedEnd: string | null,
): string {
  if (!plannedStart && !plannedEnd) return 'No planned dates yet';
  return `${formatDate(plannedStart)} – ${formatDate(plannedEnd)}`;
}
