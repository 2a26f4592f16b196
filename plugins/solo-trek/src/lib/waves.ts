import { SoloTrekT } from '../translation';
import { formatDate } from './format';

/** "4 Jan – 26 Feb 2027", or what is missing. */
export function formatWaveDates(
  plannedStart: string | null,
  plannedEnd: string | null,
  t: SoloTrekT,
): string {
  if (!plannedStart && !plannedEnd) return t('waves.noDates');
  return `${formatDate(plannedStart)} – ${formatDate(plannedEnd)}`;
}
