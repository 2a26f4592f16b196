import { InfoCard, InfoCardVariants } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntityMigrationCards } from '../../hooks';
import { EntityMigrationTabs } from '../shared/EntityMigrationTabs';
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
  const state = useEntityMigrationCards(stringifyEntityRef(entity));
  const { value } = state;

  const subheader =
    value && value.length === 1
      ? `${value[0].migration.title} (${value[0].migration.from} → ${value[0].migration.to})`
      : undefined;

  return (
    <InfoCard title={title} subheader={subheader} variant={variant}>
      <EntityMigrationTabs
        state={state}
        idPrefix="solo-trek"
        panel={MigrationStatus}
      />
    </InfoCard>
  );
}
