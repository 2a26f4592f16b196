import { useState } from 'react';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import {
  EmptyState,
  InfoCard,
  InfoCardVariants,
  Progress,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntityMigrationCards } from '../../hooks';
import { ErrorState } from '../shared/ErrorState';
import { MigrationStatus } from './MigrationStatus';

/** @public */
export type EntitySoloTrekCardProps = {
  variant?: InfoCardVariants;
  title?: string;
};

/**
 * The migration card for a service's overview: stage, track and wave, days to
 * sunset and the Pilgrim's Creed, with an "Update stage" dialog for owners.
 */
export function EntitySoloTrekCard(props: EntitySoloTrekCardProps) {
  const { variant = 'gridItem', title = 'Migration' } = props;
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const { loading, error, value, retry, updateCard } =
    useEntityMigrationCards(entityRef);
  const [tab, setTab] = useState(0);

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ErrorState error={error} onRetry={retry} />;
  } else if (!value || value.length === 0) {
    content = (
      <EmptyState
        missing="info"
        title="Not part of any migration"
        description="This entity is outside the scope of every Solo Trek migration, so it has nothing to move and no Creed to meet."
      />
    );
  } else {
    const index = Math.min(tab, value.length - 1);
    const current = value[index];
    content = (
      <>
        {value.length > 1 && (
          <Tabs
            value={index}
            onChange={(_e, next) => setTab(next)}
            indicatorColor="primary"
            textColor="primary"
            variant="scrollable"
            aria-label="Migrations"
          >
            {value.map(item => (
              <Tab
                key={item.migration.id}
                label={item.migration.title}
                id={`solo-trek-tab-${item.migration.id}`}
                aria-controls={`solo-trek-panel-${item.migration.id}`}
              />
            ))}
          </Tabs>
        )}
        <div
          role={value.length > 1 ? 'tabpanel' : undefined}
          id={`solo-trek-panel-${current.migration.id}`}
          aria-labelledby={
            value.length > 1
              ? `solo-trek-tab-${current.migration.id}`
              : undefined
          }
        >
          <MigrationStatus
            migration={current.migration}
            card={current.card}
            onCardChange={updateCard}
          />
        </div>
      </>
    );
  }

  const subheader =
    value && value.length === 1
      ? `${value[0].migration.title} (${value[0].migration.from} → ${value[0].migration.to})`
      : undefined;

  return (
    <InfoCard title={title} subheader={subheader} variant={variant}>
      {content}
    </InfoCard>
  );
}
