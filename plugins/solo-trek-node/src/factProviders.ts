import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';

/** A fact value: what a rule's `fact: PROVIDER.NAME` leaf reads. @public */
export type SoloTrekFactValue = string | number | boolean | null;

/**
 * Facts one provider observed about one entity. Facts older than
 * `ttlSeconds` count as unknown, so rules never act on stale evidence.
 * @public
 */
export interface SoloTrekFactResult {
  facts: Record<string, SoloTrekFactValue>;
  /** When the facts were observed; defaults to now. */
  observedAt?: Date;
  /** How long the facts stay valid. */
  ttlSeconds: number;
}

/**
 * A source of facts from outside the catalog. Providers must not throw for
 * an unreachable target: a failure is itself a fact.
 * @public
 */
export interface SoloTrekFactProvider {
  /** The PROVIDER part of `fact: PROVIDER.NAME`; letters, digits and dashes. */
  readonly id: string;
  /** Cheap pre-filter; entities it rejects get no facts (rules read unknown). */
  appliesTo?(entity: Entity): boolean;
  getFacts(
    entity: Entity,
    options: { signal?: AbortSignal },
  ): Promise<SoloTrekFactResult | undefined>;
}

/** @public */
export interface SoloTrekFactProvidersExtensionPoint {
  addFactProvider(...providers: SoloTrekFactProvider[]): void;
}

/**
 * Lets backend modules register fact providers with the Solo Trek backend.
 * @public
 */
export const soloTrekFactProvidersExtensionPoint =
  createExtensionPoint<SoloTrekFactProvidersExtensionPoint>({
    id: 'solo-trek.fact-providers',
  });
