import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import DirectionsWalkIcon from '@material-ui/icons/DirectionsWalk';
import GroupWorkIcon from '@material-ui/icons/GroupWork';
import { Track } from '@internal/plugin-solo-trek-common';
import { TRACK_DESCRIPTIONS, TRACK_LABELS } from '../../lib/format';
import { useSoloTrekT } from '../../translation';

export function TrackChip(props: { track: Track; size?: 'small' | 'medium' }) {
  const { track, size = 'small' } = props;
  const t = useSoloTrekT();
  return (
    <Tooltip title={TRACK_DESCRIPTIONS[track]}>
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
        label={t('trackChip.label', { track: TRACK_LABELS[track] })}
      />
    </Tooltip>
  );
}
