import { useState } from 'react';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import { soloTrekTrackManagePermission } from '@internal/plugin-solo-trek-common';
import { EntityCardProps } from '../../hooks';
import { formatDateTime } from '../../lib/format';
import { useNotify } from '../../lib/useNotify';
import { TrackChip } from '../shared/TrackChip';
import { ChangeTrackDialog } from './ChangeTrackDialog';
import { useSoloTrekT } from '../../translation';
import { SectionTitle } from '../shared/SectionTitle';
import { useSoloTrekLabels } from '../../lib/labels';

/**
 * The service's track with every decision about it; the platform team
 * decides a change (or keeps the track after a drift) with a note.
 */
export function TrackCard(props: EntityCardProps) {
  const { card, onCardChange } = props;
  const notify = useNotify();
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const [open, setOpen] = useState(false);
  const { allowed: canDecide } = usePermission({
    permission: soloTrekTrackManagePermission,
  });
  return (
    <InfoCard
      title={t('trackCard.title')}
      action={
        canDecide ? (
          <Button
            size="small"
            variant="outlined"
            color="primary"
            onClick={() => setOpen(true)}
            style={{ marginTop: 8, marginRight: 8 }}
          >
            {t('trackCard.decide')}
          </Button>
        ) : undefined
      }
    >
      <TrackChip track={card.track} />
      <Typography variant="body2" paragraph style={{ marginTop: 8 }}>
        {labels.trackDescription(card.track)}
      </Typography>
      {card.trackDrift && (
        <Typography variant="body2" paragraph color="error">
          {card.trackDrift.reason}
        </Typography>
      )}
      <SectionTitle first>{t('trackCard.decisions')}</SectionTitle>
      <List dense aria-label={t('trackCard.decisionList')}>
        {card.trackHistory.map(d => (
          <ListItem key={d.id} disableGutters>
            <ListItemText
              primary={t('trackCard.decision', {
                decision: labels.trackDecision(d),
                date: formatDateTime(d.at),
              })}
              secondary={d.note ?? undefined}
            />
          </ListItem>
        ))}
      </List>
      {canDecide && (
        <ChangeTrackDialog
          open={open}
          onClose={() => setOpen(false)}
          card={card}
          onChanged={updated => {
            onCardChange(updated);
            notify(
              updated.track === card.track
                ? t('trackCard.kept')
                : t('trackCard.changed'),
            );
          }}
        />
      )}
    </InfoCard>
  );
}
