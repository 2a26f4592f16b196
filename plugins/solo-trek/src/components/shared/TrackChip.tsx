import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import DirectionsWalkIcon from '@material-ui/icons/DirectionsWalk';
import GroupWorkIcon from '@material-ui/icons/GroupWork';
import { Track } from '@internal/plugin-solo-trek-common';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

export function TrackChip(props: { track: Track; size?: 'small' | 'medium' }) {
  const { track, size = 'small' } = props;
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  return (
    <Tooltip title={labels.trackDescription(track)}>
      <Chip
        size={size}
        color={track === 'caravan' ? 'primary' : 'default'}
        icon={
          track === 'caravan' ? (
            <GroupWorkIcon aria-hidden />
          ) : (
            <DirectionsWalkIcon aria-hidden />
          )
        }
        label={t('trackChip.label', { track: labels.track(track) })}
      />
    </Tooltip>
  );
}
