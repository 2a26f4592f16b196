import { useState } from 'react';
import Grid from '@material-ui/core/Grid';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { EmptyState, InfoCard, Progress } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EntityMigrationCard,
  MigrationInfo,
} from '@internal/plugin-solo-trek-common';
import { useEntityMigrationCards } from '../../hooks';
import { formatDateTime, formatRelative } from '../../lib/format';
import { ErrorState } from '../shared/ErrorState';
import { MigrationStatus } from '../EntitySoloTrekCard/MigrationStatus';
import { StageHistoryTimeline } from './StageHistoryTimeline';
import { WaiversCard } from './WaiversCard';
import { WaveCard } from './WaveCard';
import { CreedEvidence } from './CreedEvidence';
import { RefreshButton } from './RefreshButton';

function MigrationDetails(props: {
  migration: MigrationInfo;
  card: EntityMigrationCard;
  onCardChange: (card: EntityMigrationCard) => void;
}) {
  const { migration, card, onCardChange } = props;
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
          <Tooltip title={formatDateTime(card.evaluatedAt)}>
            <Typography
              variant="caption"
              color="textSecondary"
              component="p"
              style={{ marginTop: 8 }}
            >
              Last evaluated {formatRelative(card.evaluatedAt)}
            </Typography>
          </Tooltip>
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Stage history">
          <StageHistoryTimeline history={card.history} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <WaiversCard card={card} onCardChange={onCardChange} />
      </Grid>
      {(card.track === 'caravan' || card.wave) && (
        <Grid item xs={12} md={6}>
          <WaveCard card={card} onCardChange={onCardChange} />
        </Grid>
      )}
      <Grid item xs={12}>
        <CreedEvidence checks={card.checks} />
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
  const entityRef = stringifyEntityRef(entity);
  const { loading, error, value, retry, updateCard } =
    useEntityMigrationCards(entityRef);
  const [tab, setTab] = useState(0);

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ErrorState error={error} onRetry={retry} />;
  }
  if (!value || value.length === 0) {
    return (
      <EmptyState
        missing="info"
        title="Not part of any migration"
        description="This entity is outside the scope of every Solo Trek migration, so it has nothing to move and no Creed to meet."
      />
    );
  }
  const index = Math.min(tab, value.length - 1);
  const current = value[index];
  return (
    <>
      {value.length > 1 && (
        <Tabs
          value={index}
          onChange={(_e, next) => setTab(next)}
          indicatorColor="primary"
          textColor="primary"
          variant="scrollable"
          aria-label="Migrations"
          style={{ marginBottom: 16 }}
        >
          {value.map(item => (
            <Tab
              key={item.migration.id}
              label={item.migration.title}
              id={`solo-trek-content-tab-${item.migration.id}`}
              aria-controls={`solo-trek-content-panel-${item.migration.id}`}
            />
          ))}
        </Tabs>
      )}
      <div
        role={value.length > 1 ? 'tabpanel' : undefined}
        id={`solo-trek-content-panel-${current.migration.id}`}
        aria-labelledby={
          value.length > 1
            ? `solo-trek-content-tab-${current.migration.id}`
            : undefined
        }
      >
        <MigrationDetails
          migration={current.migration}
          card={current.card}
          onCardChange={updateCard}
        />
      </div>
    </>
  );
}
