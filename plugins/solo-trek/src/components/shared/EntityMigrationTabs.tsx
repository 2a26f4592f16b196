import { ComponentType, CSSProperties, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { EmptyState, Progress } from '@backstage/core-components';
import { MigrationInfo } from '@internal/plugin-solo-trek-common';
import { EntityCardProps, useEntityMigrationCards } from '../../hooks';
import { ErrorState } from './ErrorState';
import { useSoloTrekT } from '../../translation';

/** A panel of one migration: the migration and the entity's card in it. */
export type MigrationPanelProps = EntityCardProps & {
  migration: MigrationInfo;
};

/**
 * An entity's migrations: progress while they load, the error with a retry,
 * "not part of any migration", or one migration's panel, with a tab for each
 * when the entity is in more than one.
 */
export function EntityMigrationTabs(props: {
  state: ReturnType<typeof useEntityMigrationCards>;
  /** Prefix of the tab and panel ids: `${idPrefix}-tab-${migrationId}`. */
  idPrefix: string;
  tabsStyle?: CSSProperties;
  panel: ComponentType<MigrationPanelProps>;
}) {
  const { state, idPrefix, panel: Panel } = props;
  const { loading, error, value, retry, updateCard } = state;
  const [tab, setTab] = useState<number | undefined>(undefined);
  // `?migration=<id>` opens that migration's tab: nudges link to it.
  const [search] = useSearchParams();
  const asked = search.get('migration');
  const t = useSoloTrekT();

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
        title={t('entityMigrationTabs.outOfScopeTitle')}
        description={t('entityMigrationTabs.outOfScopeDescription')}
      />
    );
  }
  const askedIndex = value.findIndex(item => item.migration.id === asked);
  const index = Math.min(
    tab ?? (askedIndex >= 0 ? askedIndex : 0),
    value.length - 1,
  );
  const current = value[index];
  const tabs = value.length > 1;
  return (
    <>
      {tabs && (
        <Tabs
          value={index}
          onChange={(_e, next) => setTab(next)}
          indicatorColor="primary"
          textColor="primary"
          variant="scrollable"
          aria-label={t('entityMigrationTabs.tabs')}
          style={props.tabsStyle}
        >
          {value.map(item => (
            <Tab
              key={item.migration.id}
              label={item.migration.title}
              id={`${idPrefix}-tab-${item.migration.id}`}
              aria-controls={`${idPrefix}-panel-${item.migration.id}`}
            />
          ))}
        </Tabs>
      )}
      <div
        role={tabs ? 'tabpanel' : undefined}
        id={`${idPrefix}-panel-${current.migration.id}`}
        aria-labelledby={
          tabs ? `${idPrefix}-tab-${current.migration.id}` : undefined
        }
      >
        <Panel
          migration={current.migration}
          card={current.card}
          onCardChange={updateCard}
        />
      </div>
    </>
  );
}
