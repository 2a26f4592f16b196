import { InfoCard, InfoCardVariants } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntityMigrationCards } from '../../hooks';
import { EntityMigrationTabs } from '../shared/EntityMigrationTabs';
import { MigrationStatus } from './MigrationStatus';
import { useSoloTrekT } from '../../translation';

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
  const t = useSoloTrekT();
  const { variant = 'gridItem', title = t('entitySoloTrekCard.title') } = props;
  const { entity } = useEntity();
  const state = useEntityMigrationCards(stringifyEntityRef(entity));
  const { value } = state;

  const subheader =
    value && value.length === 1
      ? t('entitySoloTrekCard.subheader', {
          migration: value[0].migration.title,
          from: value[0].migration.from,
          to: value[0].migration.to,
        })
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
