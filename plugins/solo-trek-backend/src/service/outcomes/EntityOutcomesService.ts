import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import {
  EntityOutcomes,
  OUTCOME_RATE_DAYS,
} from '@internal/plugin-solo-trek-common';
import {
  MigrationDefinition,
  SoloTrekConfig,
} from '../../config/readSoloTrekConfig';
import { SoloTrekStore } from '../../database/SoloTrekStore';
import { entityOutcomeValues } from '../../domain/outcomes/entityOutcomes';
import { metricInfo } from '../../domain/outcomes/metrics';
import { PulseService } from './PulseService';

type Credentials = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;

/**
 * The service card's before/after strip: one service's own numbers,
 * computed as the scorecard computes them, and its pulse for the caller.
 * Read straight from its points (a few hundred rows), not cached.
 */
export class EntityOutcomesService {
  constructor(
    private readonly deps: {
      config: SoloTrekConfig;
      store: SoloTrekStore;
      pulse: PulseService;
      now: () => Date;
    },
  ) {}

  async get(
    m: MigrationDefinition,
    entityRef: string,
    credentials: Credentials,
  ): Promise<EntityOutcomes> {
    const { config, store, pulse } = this.deps;
    const { outcomes } = config;
    const service = await pulse.serviceOf(m, entityRef, credentials);
    const [daily, pulseState] = await Promise.all([
      store.outcomes.dailyValues(
        [entityRef],
        id => outcomes.metrics.get(id)?.aggregation,
      ),
      pulse.pulseOf(m, service, credentials),
    ]);
    return {
      migrationId: m.id,
      entityRef,
      goLiveAt: service.goLive?.toISOString() ?? null,
      comparisonDays: outcomes.comparisonDays,
      rateDays: OUTCOME_RATE_DAYS,
      metrics: [...outcomes.metrics.values()].map(metricInfo),
      values: entityOutcomeValues(
        service,
        daily,
        outcomes.metrics,
        this.deps.now(),
        outcomes.comparisonDays,
      ),
      pulse: pulseState,
    };
  }
}
