import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Collapse from '@material-ui/core/Collapse';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import ExpandLessIcon from '@material-ui/icons/ExpandLess';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { EntityMigrationCard } from '@internal/plugin-solo-trek-common';
import { formatDateTime, formatRelative } from '../../lib/format';
import { useUniqueId } from '../../lib/useUniqueId';
import { SegmentationWhy } from '../shared/SegmentationWhy';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

/**
 * How the service's track was decided, the drift when its quadrant now
 * points elsewhere, and the signals behind the quadrant on demand.
 */
export function TrackDetails(props: { card: EntityMigrationCard }) {
  const { card } = props;
  const [open, setOpen] = useState(false);
  const id = useUniqueId('solo-trek-why');
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const decision = card.trackDecision;
  return (
    <>
      {decision && (
        <Typography variant="caption" color="textSecondary" component="p">
          {labels.trackDecision(decision)}{' '}
          <Tooltip title={formatDateTime(decision.at)}>
            <span>{formatRelative(decision.at, t)}</span>
          </Tooltip>
          {decision.source === 'platform-team' && decision.note
            ? `: ${decision.note}`
            : ''}
        </Typography>
      )}
      {card.trackDrift && (
        <Alert severity="warning" style={{ marginTop: 8 }}>
          <AlertTitle>
            {t('trackDetails.drift', {
              track: labels.track(card.trackDrift.computedTrack),
            })}
          </AlertTitle>
          {card.trackDrift.reason}
        </Alert>
      )}
      {card.segmentation && (
        <>
          <Button
            size="small"
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setOpen(o => !o)}
            endIcon={
              open ? (
                <ExpandLessIcon aria-hidden />
              ) : (
                <ExpandMoreIcon aria-hidden />
              )
            }
            style={{ marginTop: 4 }}
          >
            {t('trackDetails.why')}
          </Button>
          <Collapse in={open}>
            <div id={id}>
              <SegmentationWhy segmentation={card.segmentation} />
            </div>
          </Collapse>
        </>
      )}
    </>
  );
}
