import Grid from '@material-ui/core/Grid';
import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntityMigrationCards } from '../../hooks';
import {
  EntityMigrationTabs,
  MigrationPanelProps,
} from '../shared/EntityMigrationTabs';
import { TimeAgo } from '../shared/TimeAgo';
import { MigrationStatus } from '../EntitySoloTrekCard/MigrationStatus';
import { StageHistoryTimeline } from './StageHistoryTimeline';
import { WaiversCard } from './WaiversCard';
import { WaveCard } from './WaveCard';
import { TrackCard } from './TrackCard';
import { CreedEvidence } from './CreedEvidence';
import { RefreshButton } from './RefreshButton';
import { useSoloTrekT } from '../../translation';

function MigrationDetails(props: MigrationPanelProps) {
  const { migration, card, onCardChange } = props;
  const t = useSoloTrekT();
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={6}>
        <InfoCard
          title={migration.title}
          subheader={`${migration.from} → ${migration.to}`}
          action={<RefreshButton card={card} onCardChange={onCardChange} />}
        >
          <MigrationStatus
            migration={migration}
            card={card}
            onCardChange={onCardChange}
            hideCreed
          />
          <TimeAgo at={card.evaluatedAt} component="p" style={{ marginTop: 8 }}>
            {t('entitySoloTrekContent.lastEvaluated')}
          </TimeAgo>
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title={t('entitySoloTrekContent.stageHistory')}>
          <StageHistoryTimeline history={card.history} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <WaiversCard card={card} onCardChange={onCardChange} />
      </Grid>
      <Grid item xs={12} md={6}>
        <TrackCard card={card} onCardChange={onCardChange} />
      </Grid>
      {(card.track === 'caravan' || card.wave) && (
        <Grid item xs={12} md={6}>
          <WaveCard card={card} onCardChange={onCardChange} />
        </Grid>
      )}
      <Grid item xs={12}>
        <CreedEvidence checks={card.checks} entityRef={card.entityRef} />
      </Grid>
    </Grid>
  );
}

/**
 * The "Migration" tab of a service: the full stage history, waivers, the
 * evidence behind every Creed check, and a re-evaluate button.
 */
export function EntitySoloTrekContent() {
  const { entity } = useEntity();
  const state = useEntityMigrationCards(stringifyEntityRef(entity));
  return (
    <EntityMigrationTabs
      state={state}
      idPrefix="solo-trek-content"
      tabsStyle={{ marginBottom: 16 }}
      panel={MigrationDetails}
    />
  );
}
