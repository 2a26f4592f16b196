import { TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { TeamServiceRow } from '@internal/plugin-solo-trek-common';
import { SoloTrekT } from '../../translation';
import { SoloTrekLabels } from '../../lib/labels';

type Service = Pick<
  TeamServiceRow,
  'entityRef' | 'title' | 'stage' | 'track' | 'criticality' | 'complexity'
>;

/**
 * A service as a table row, with plain-text fields so the table's search and
 * filters work on words: its name, and its stage, track and quadrant.
 */
export type ServiceRow<T extends Service> = T & {
  id: string;
  name: string;
  stageLabel: string;
  trackLabel: string;
  quadrantText: string;
};

export function toServiceRow<T extends Service>(
  item: T,
  labels: SoloTrekLabels,
): ServiceRow<T> {
  return {
    ...item,
    id: item.entityRef,
    name: item.title ?? item.entityRef.split('/').pop() ?? item.entityRef,
    stageLabel: labels.stage(item.stage),
    trackLabel: labels.track(item.track),
    quadrantText: labels.quadrantName(item.criticality, item.complexity),
  };
}

/** The first column of a table of services: the name, linked to the entity. */
export function serviceColumn<R extends ServiceRow<Service>>(
  t: SoloTrekT,
): TableColumn<R> {
  return {
    title: t('serviceTable.service'),
    field: 'name',
    highlight: true,
    render: row => (
      <EntityRefLink entityRef={row.entityRef}>{row.name}</EntityRefLink>
    ),
  };
}
