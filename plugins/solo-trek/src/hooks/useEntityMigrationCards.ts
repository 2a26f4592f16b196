import { useCallback, useEffect, useState } from 'react';
import {
  EntityMigrationCard,
  MigrationInfo,
} from '@internal/plugin-solo-trek-common';
import { isNotFound } from '../lib/errors';
import { useSoloTrekApi } from './useSoloTrekApi';

/** One migration that includes the entity, with the entity's card in it. */
export type EntityMigration = {
  migration: MigrationInfo;
  card: EntityMigrationCard;
};

/** What a view of the entity's card gets that may change it (stage, waivers, wave, refresh). */
export type EntityCardProps = {
  card: EntityMigrationCard;
  onCardChange: (card: EntityMigrationCard) => void;
};

/**
 * The entity's card in every migration whose scope includes it. A migration
 * that answers 404 simply doesn't include the entity; when all of them do,
 * the result is an empty list. Any other error fails the whole lookup.
 */
export function useEntityMigrationCards(entityRef: string) {
  const state = useSoloTrekApi(
    async (api): Promise<EntityMigration[]> => {
      const migrations = await api.getMigrations();
      const cards = await Promise.all(
        migrations.map(async migration => {
          try {
            const card = await api.getEntityCard(migration.id, entityRef);
            return { migration, card };
          } catch (error) {
            if (isNotFound(error)) {
              return undefined;
            }
            throw error;
          }
        }),
      );
      return cards.filter((c): c is EntityMigration => Boolean(c));
    },
    [entityRef],
  );

  // Cards the user changed (stage, waivers, refresh) replace the loaded ones.
  const [updated, setUpdated] = useState<Record<string, EntityMigrationCard>>(
    {},
  );
  useEffect(() => setUpdated({}), [state.value]);

  const updateCard = useCallback((card: EntityMigrationCard) => {
    setUpdated(previous => ({ ...previous, [card.migrationId]: card }));
  }, []);

  const value = state.value?.map(item => ({
    migration: item.migration,
    card: updated[item.migration.id] ?? item.card,
  }));

  return {
    loading: state.loading,
    error: state.error,
    retry: state.retry,
    value,
    updateCard,
  };
}
