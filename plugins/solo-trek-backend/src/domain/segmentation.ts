import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ANNOTATION_COMPLEXITY,
  ANNOTATION_CRITICALITY,
  AxisExplanation,
  SegmentationExplanation,
  SegmentationSignal,
} from '@internal/plugin-solo-trek-common';
import { Level, SegmentationConfig, Track } from '../config/readSoloTrekConfig';
import { RelatedLookup } from './model';

/** Refs a signal names on the card; a count says how many there are. */
const MAX_REFS = 10;

const round = (n: number) => Math.round(n * 100) / 100;

const REGULATORY_SCOPE = 'regulatory scope';

function refOf(entity: Entity): string | undefined {
  try {
    return stringifyEntityRef(entity);
  } catch {
    return undefined;
  }
}

function asLevel(value: unknown): Level | undefined {
  return value === 'low' || value === 'high' ? value : undefined;
}

/**
 * Criticality with the signals read: the annotation, then regulatory scope,
 * then the tier label (financial impact, user reach), then the lifecycle,
 * then the default. The first that maps decides.
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
  const regulatory = config.signals.regulatoryScope;
  if (regulatory) {
    const inScope = regulatory.evaluate({ entity }) === 'pass';
    signals.push({
      name: REGULATORY_SCOPE,
      value: inScope ? regulatory.description : 'not in scope',
      effect: inScope ? 'high' : 'not mapped',
      decisive: false,
    });
  }
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
      summary:
        decisive.name === REGULATORY_SCOPE
          ? `${level}: in regulatory scope (${decisive.value})`
          : `${level}: ${decisive.name} is ${decisive.value}`,
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
 * Complexity with the signals read: the annotation, else the points of
 * coupling (what it depends on and consumes), fan-in (what depends on it,
 * the consumers of its APIs included), data gravity (its databases) and
 * legacy code, against the threshold.
 */
export function explainComplexity(
  entity: Entity,
  config: SegmentationConfig,
  related?: RelatedLookup,
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
  const { signals: weights } = config;
  const dependsOn = relationRefs(entity, 'dependsOn');
  // A dependency on a Resource that holds data is data gravity, not coupling.
  const gravity = dependsOn.filter(ref => {
    const target = related?.get(ref);
    return (
      target?.kind.toLocaleLowerCase('en-US') === 'resource' &&
      target.type !== null &&
      weights.dataGravity.resourceTypes.includes(target.type)
    );
  });
  const self = refOf(entity);
  const apiConsumers = weights.fanIn.apiConsumerWeight
    ? [
        ...new Set(
          relationRefs(entity, 'providesApi').flatMap(
            api => related?.get(api)?.consumers ?? [],
          ),
        ),
      ].filter(ref => ref !== self)
    : [];
  const counts: Array<{ name: string; refs: string[]; weight: number }> = [
    {
      name: 'coupling (dependsOn, consumesApi)',
      refs: [
        ...dependsOn.filter(ref => !gravity.includes(ref)),
        ...relationRefs(entity, 'consumesApi'),
      ],
      weight: weights.couplingWeight,
    },
    {
      name: 'fan-in (dependencyOf)',
      refs: relationRefs(entity, 'dependencyOf'),
      weight: weights.fanIn.weight,
    },
    {
      name: 'fan-in (consumers of its APIs)',
      refs: apiConsumers,
      weight: weights.fanIn.apiConsumerWeight,
    },
    {
      name: `data gravity (${weights.dataGravity.resourceTypes.join(', ')})`,
      refs: gravity,
      weight: weights.dataGravity.weight,
    },
  ];
  const signals: SegmentationSignal[] = [];
  let score = 0;
  for (const { name, refs, weight } of counts) {
    if (refs.length === 0) continue;
    const points = refs.length * weight;
    score += points;
    signals.push({
      name,
      value: refs.length,
      effect: `+${round(points)}`,
      refs: refs.slice(0, MAX_REFS),
      decisive: false,
    });
  }
  const legacy = weights.legacyCode;
  if (legacy && legacy.rule.evaluate({ entity }) === 'pass') {
    score += legacy.points;
    signals.push({
      name: 'legacy code',
      value: legacy.rule.description,
      effect: `+${round(legacy.points)}`,
      decisive: false,
    });
  }
  return complexityOfScore(round(score), signals, config.complexityThreshold);
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
  related?: RelatedLookup,
): SegmentationExplanation {
  return {
    criticality: explainCriticality(entity, config),
    complexity: explainComplexity(entity, config, related),
  };
}

/** Annotation first, then the tier label, then the lifecycle, then the default. */
export function criticalityOf(
  entity: Entity,
  config: SegmentationConfig,
): Level {
  return explainCriticality(entity, config).level;
}

/** The annotation wins; otherwise the signals' points against the threshold. */
export function complexityOf(
  entity: Entity,
  config: SegmentationConfig,
  related?: RelatedLookup,
): Level {
  return explainComplexity(entity, config, related).level;
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
