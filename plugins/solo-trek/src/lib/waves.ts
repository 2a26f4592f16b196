import { WaveSchedule, WaveStatus } from '@internal/plugin-solo-trek-common';
import { formatDate } from './format';

export const WAVE_STATUS_LABELS: Record<WaveStatus, string> = {
  planned: 'Planned',
  active: 'Active',
  done: 'Done',
  'rolled-back': 'Rolled back',
};

export const WAVE_SCHEDULE_LABELS: Record<WaveSchedule, string> = {
  'on-schedule': 'On schedule',
  late: 'Late',
  done: 'Done',
  'rolled-back': 'Rolled back',
  unscheduled: 'No dates yet',
};

/** "4 Jan – 26 Feb 2027", or what is missing. */
export function formatWaveDates(
  plannedStart: string | null,
  plannedEnd: string | null,
): string {
  if (!plannedStart && !plannedEnd) return 'No planned dates yet';
  return `${formatDate(plannedStart)} – ${formatDate(plannedEnd)}`;
}
