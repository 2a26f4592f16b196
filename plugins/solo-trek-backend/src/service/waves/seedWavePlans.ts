import { LoggerService } from '@backstage/backend-plugin-api';
import { SoloTrekConfig } from '../../config/readSoloTrekConfig';
import { SoloTrekStore } from '../../database/SoloTrekStore';

/** Who created a wave that came from `soloTrek.migrations[].waves`. */
export const CONFIG_ACTOR = 'app-config (soloTrek.migrations[].waves)';

/**
 * Creates the waves of each migration's config the plan never had. A wave
 * the platform team edited or deleted since is left as they left it: the
 * config starts the plan, the dashboard keeps it.
 */
export async function seedWavePlans(
  store: SoloTrekStore,
  config: SoloTrekConfig,
  logger: LoggerService,
  now = new Date(),
): Promise<void> {
  for (const m of config.migrations) {
    const created = await store.seedWaves(
      m.id,
      m.waves.map(w => ({
        migrationId: m.id,
        ...w,
        createdBy: CONFIG_ACTOR,
        createdAt: now,
        updatedBy: CONFIG_ACTOR,
        updatedAt: now,
      })),
    );
    if (created) {
      logger.info(
        `Planned ${created} wave(s) of migration ${m.id} from the config`,
      );
    }
  }
}
