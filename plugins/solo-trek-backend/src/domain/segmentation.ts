import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_COMPLEXITY,
  ANNOTATION_CRITICALITY,
  AxisExplanation,
  SegmentationExplanation,
  SegmentationSignal,
} from '@internal/plugin-solo-trek-common';
import { Level, SegmentationConfig, Track } from '../config/readSoloTrekConfig';

// Edges that make a move harder: what it calls, what calls it, what it consumes.
const COUPLING_RELATIONS = ['dependsOn', 'dependencyOf', 'consumesApi'];

/** Refs a signal names on the card; a count says how many there are. */
const MAX_REFS = 10;

function asLevel(value: unknown): Level | undefined {
  return value === 'low' || value === 'high' ? value : undefined;
}

/**
 * Criticality with the signals read: the annotation, then the tier label,
 * then the lifecycle, then the default. The first that maps decides.
 */
export function explainCriticality(
  entity: Entity,
  config: SegmentationConfig,
): AxisExplanation {
  const annotated = asLevel(
    entity.metadata.annotations?.[ANNOTATION_CRITICALITY],
  );
  if (annotated) {
    return {
      level: annotated,
      source: 'annotation',
      summary: `${annotated}: set by ${ANNOTATION_CRITICALITY}`,
      signals: [
        {
          name: ANNOTATION_CRITICALITY,
          value: annotated,
          effect: annotated,
          decisive: true,
        },
      ],
    };
  }
  const signals: SegmentationSignal[] = [];
  const tier = entity.metadata.labels?.[config.tierLabel];
  const tierName = `tier label "${config.tierLabel}"`;
  if (tier !== undefined) {
    const mapped = config.tiers[tier];
    signals.push({
      name: tierName,
      value: tier,
      effect: mapped ?? 'not mapped',
      decisive: false,
    });
  }
  const lifecycle = (entity.spec as { lifecycle?: unknown } | undefined)
    ?.lifecycle;
  if (typeof lifecycle === 'string') {
    signals.push({
      name: 'lifecycle',
      value: lifecycle,
      effect: config.lifecycle[lifecycle] ?? 'not mapped',
      decisive: false,
    });
  }
  const decisive = signals.find(s => asLevel(s.effect));
  if (decisive) {
    decisive.decisive = true;
    const level = decisive.effect as Level;
    return {
      level,
      source: 'signals',
      summary: `${level}: ${decisive.name} is ${decisive.value}`,
      signals,
    };
  }
  return {
    level: config.defaultCriticality,
    source: 'default',
    summary: `${config.defaultCriticality}: no signal maps, so the default`,
    signals,
  };
}

/** The relations of a type, as refs. */
function relationRefs(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => r.targetRef);
}

/**
 * Complexity with the signals read: the annotation, else one point per
 * coupling relation against the threshold.
 */
export function explainComplexity(
  entity: Entity,
  config: SegmentationConfig,
): AxisExplanation {
  const annotated = asLevel(
    entity.metadata.annotations?.[ANNOTATION_COMPLEXITY],
  );
  if (annotated) {
    return {
      level: annotated,
      source: 'annotation',
      summary: `${annotated}: set by ${ANNOTATION_COMPLEXITY}`,
      signals: [
        {
          name: ANNOTATION_COMPLEXITY,
          value: annotated,
          effect: annotated,
          decisive: true,
        },
      ],
    };
  }
  const signals: SegmentationSignal[] = [];
  let score = 0;
  for (const type of COUPLING_RELATIONS) {
    const refs = relationRefs(entity, type);
    if (refs.length === 0) continue;
    score += refs.length;
    signals.push({
      name: type,
      value: refs.length,
      effect: `+${refs.length}`,
      refs: refs.slice(0, MAX_REFS),
      decisive: false,
    });
  }
  return complexityOfScore(score, signals, config.complexityThreshold);
}

/** High at or above the threshold; every counting signal took part. */
export function complexityOfScore(
  score: number,
  signals: SegmentationSignal[],
  threshold: number,
): AxisExplanation {
  const level: Level = score >= threshold ? 'high' : 'low';
  for (const s of signals) s.decisive = level === 'high';
  const parts = signals.map(s => `${s.effect} ${s.name}`).join(', ');
  return {
    level,
    source: 'signals',
    summary: `${level}: score ${score} ${
      level === 'high' ? '≥' : '<'
    } ${threshold}${parts ? ` (${parts})` : ''}`,
    signals,
    score,
    threshold,
  };
}

/** Both axes with their signals. */
export function explainSegmentation(
  entity: Entity,
  config: SegmentationConfig,
): SegmentationExplanation {
  return {
    criticality: explainCriticality(entity, config),
    complexity: explainComplexity(entity, config),
  };
}

/** Annotation first, then the tier label, then the lifecycle, then the default. */
export function criticalityOf(
  entity: Entity,
  config: SegmentationConfig,
): Level {
  return explainCriticality(entity, config).level;
}

/** The annotation wins; otherwise coupling against the configured threshold. */
export function complexityOf(
  entity: Entity,
  config: SegmentationConfig,
): Level {
  return explainComplexity(entity, config).level;
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

/** Why the quadrant gives `track`, in one line. */
export function quadrantReason(
  track: Track,
  explanation: SegmentationExplanation | undefined,
): string {
  const name = track === 'caravan' ? 'Caravan' : 'Solo Trek';
  if (!explanation) return `The quadrant now gives the ${name} track`;
  return (
    `The quadrant now gives the ${name} track: criticality ` +
    `${explanation.criticality.summary}; complexity ${explanation.complexity.summary}`
  );
}
