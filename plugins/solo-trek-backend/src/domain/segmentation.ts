import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_COMPLEXITY,
  ANNOTATION_CRITICALITY,
} from '@internal/plugin-solo-trek-common';
import { Level, SegmentationConfig, Track } from '../config/readSoloTrekConfig';

// Edges that make a move harder: what it calls, what calls it, what it consumes.
const COUPLING_RELATIONS = new Set([
  'dependsOn',
  'dependencyOf',
  'consumesApi',
]);

function asLevel(value: unknown): Level | undefined {
  return value === 'low' || value === 'high' ? value : undefined;
}

/** Annotation first, then the tier label, then the lifecycle, then the default. */
export function criticalityOf(
  entity: Entity,
  config: SegmentationConfig,
): Level {
  const annotated = asLevel(
    entity.metadata.annotations?.[ANNOTATION_CRITICALITY],
  );
  if (annotated) return annotated;
  const tier = entity.metadata.labels?.[config.tierLabel];
  if (tier !== undefined && config.tiers[tier]) return config.tiers[tier];
  const lifecycle = (entity.spec as { lifecycle?: unknown } | undefined)
    ?.lifecycle;
  if (typeof lifecycle === 'string' && config.lifecycle[lifecycle]) {
    return config.lifecycle[lifecycle];
  }
  return config.defaultCriticality;
}

export function couplingOf(entity: Entity): number {
  let count = 0;
  for (const relation of entity.relations ?? []) {
    if (COUPLING_RELATIONS.has(relation.type)) count++;
  }
  return count;
}

/** The annotation wins; otherwise coupling against the configured threshold. */
export function complexityOf(
  entity: Entity,
  config: SegmentationConfig,
): Level {
  const annotated = asLevel(
    entity.metadata.annotations?.[ANNOTATION_COMPLEXITY],
  );
  if (annotated) return annotated;
  return couplingOf(entity) >= config.complexityThreshold ? 'high' : 'low';
}

/** Crown jewels ride the caravan, the simple and uncritical trek alone. */
export function trackOf(
  criticality: Level,
  complexity: Level,
  config: SegmentationConfig,
): Track {
  if (criticality === 'high' && complexity === 'high') return 'caravan';
  if (criticality === 'low' && complexity === 'low') return 'solo-trek';
  return criticality === 'high'
    ? config.highCriticalityLowComplexity
    : config.lowCriticalityHighComplexity;
}
