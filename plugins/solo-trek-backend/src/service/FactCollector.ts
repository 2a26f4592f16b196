import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { SoloTrekFactProvider } from '@internal/plugin-solo-trek-node';
import pLimit from 'p-limit';
import { SoloTrekStore } from '../database/SoloTrekStore';

/**
 * Runs the fact providers that some rule reads, for entities whose facts are
 * missing or expired, and stores what they return.
 */
export class FactCollector {
  private readonly limit = pLimit(8);

  constructor(
    private readonly providers: SoloTrekFactProvider[],
    private readonly store: SoloTrekStore,
    private readonly logger: LoggerService,
  ) {}

  /** Only providers some rule reads are worth running. */
  static neededProviders(
    providers: SoloTrekFactProvider[],
    factKeys: Iterable<string>,
  ): SoloTrekFactProvider[] {
    const ids = new Set<string>();
    for (const key of factKeys) ids.add(key.slice(0, key.indexOf('.')));
    return providers.filter(p => ids.has(p.id));
  }

  /** With a signal (a scan's), stops starting providers once it aborts. */
  async collect(
    entities: Entity[],
    now: Date,
    options: { force?: boolean; signal?: AbortSignal } = {},
  ): Promise<void> {
    const { signal } = options;
    for (const provider of this.providers) {
      if (signal?.aborted) return;
      const candidates = entities.filter(e => provider.appliesTo?.(e) ?? true);
      if (candidates.length === 0) continue;
      const refs = candidates.map(e => stringifyEntityRef(e));
      const expiries = options.force
        ? new Map<string, Date>()
        : await this.store.getFactAges(refs, provider.id);
      const due = candidates.filter((_, i) => {
        const expires = expiries.get(refs[i]);
        return !expires || expires <= now;
      });
      await Promise.all(
        due.map(entity =>
          this.limit(() =>
            signal?.aborted
              ? undefined
              : this.collectOne(provider, entity, signal),
          ),
        ),
      );
    }
  }

  private async collectOne(
    provider: SoloTrekFactProvider,
    entity: Entity,
    scanSignal: AbortSignal | undefined,
  ) {
    const ref = stringifyEntityRef(entity);
    const timeout = AbortSignal.timeout(30_000);
    try {
      const result = await provider.getFacts(entity, {
        // A probe in flight when the scan aborts is cancelled with it.
        signal: scanSignal ? AbortSignal.any([scanSignal, timeout]) : timeout,
      });
      // An aborted scan writes nothing more, facts included.
      if (!result || scanSignal?.aborted) return;
      const observedAt = result.observedAt ?? new Date();
      await this.store.putFacts(
        ref,
        provider.id,
        result.facts,
        observedAt,
        new Date(observedAt.getTime() + result.ttlSeconds * 1000),
      );
    } catch (error) {
      // A provider that throws leaves the facts unknown; rules read unknown.
      this.logger.warn(
        `Fact provider ${provider.id} failed for ${ref}: ${error}`,
      );
    }
  }
}
