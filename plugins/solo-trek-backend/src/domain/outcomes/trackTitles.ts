import { Track } from '@internal/plugin-solo-trek-common';

/** The tracks as the export names them. */
export const TRACK_TITLES: Record<Track, string> = {
  'solo-trek': 'Solo Trek',
  caravan: 'Caravan',
};
