import {
  Entity,
  parseEntityRef,
  RELATION_DEPENDS_ON,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  ANNOTATION_MIGRATED_AT,
  ANNOTATION_ROLLED_BACK_AT,
  ANNOTATION_STAGE,
  ANNOTATION_TRACK,
  ANNOTATION_WAVE,
  isMigrationStage,
  MigrationStage,
  POST_MORTEM_LINK_TYPE,
  SegmentationExplanation,
} from '@internal/plugin-solo-trek-common';
import {
  Level,
  MigrationDefinition,
  Track,
} from '../config/readSoloTrekConfig';
import { FactReader, LeafEvidence, RuleOutcome } from '../rules/compileRule';
import { explainSegmentation, trackOf } from './segmentation';
import { postMortemUrlOf } from './rollback';
import { waveIdOf } from './waves';
import { RelatedLookup } from './model';

/** Dependencies kept per service: a result row stays small. */
const MAX_DEPENDS_ON = 200;

export interface CheckResult {
  id: string;
  /** The rule's own outcome; waivers are applied when a card is read. */
  outcome: RuleOutcome;
  evidence: LeafEvidence[];
}

/** Everything the catalog and the facts say about one entity, for one migration. */
export interface EntityEvaluation {
  entityRef: string;
  title: string | null;
  ownerRef: string | null;
  live: boolean;
  annotationStage: MigrationStage | null;
  annotationWave: string | null;
  /** solo-trek.io/migrated-at, for services that moved before Solo Trek watched. */
  annotationMigratedAt: Date | null;
  /** solo-trek.io/rolled-back-at, for services that left before Solo Trek watched. */
  annotationRolledBackAt: Date | null;
  /** The first `post-mortem` link, for a rollback found by a scan. */
  postMortemUrl: string | null;
  /** The targets of its dependsOn relations (at most 200), for the wave order check. */
  dependsOn: string[];
  criticality: Level;
  complexity: Level;
  /** The track the quadrant gives. */
  track: Track;
  /** solo-trek.io/track: a track decided upfront, pinned at the first evaluation. */
  annotationTrack: Track | null;
  segmentation: SegmentationExplanation;
  checks: CheckResult[];
  /** Every `must` item passes. */
  mustPass: boolean;
}

export function ownerOf(entity: Entity): string | null {
  const owned = entity.relations?.find(r => r.type === RELATION_OWNED_BY);
  if (owned) return owned.targetRef;
  const owner = (entity.spec as { owner?: unknown } | undefined)?.owner;
  if (typeof owner !== 'string' || owner.length === 0) return null;
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: entity.metadata.namespace ?? 'default',
      }),
    );
  } catch {
    return null;
  }
}

function dateAnnotation(value: string | undefined): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Evaluates one entity against one migration: liveWhen, every Creed item and
 * the segmentation. Pure: no I/O, so it can be tested and benchmarked alone.
 */
export function evaluateEntity(
  migration: MigrationDefinition,
  entity: Entity,
  facts?: FactReader,
  options: {
    withEvidence?: boolean;
    /** Related Resources and APIs, for data gravity and fan-in. */
    related?: RelatedLookup;
  } = {},
): EntityEvaluation {
  const input = { entity, facts };
  const withEvidence = options.withEvidence ?? true;
  const annotations = entity.metadata.annotations ?? {};
  const checks: CheckResult[] = [];
  let mustPass = true;
  for (const item of migration.creed) {
    let outcome: RuleOutcome;
    let evidence: LeafEvidence[] = [];
    // One pass gives both; evaluate alone short-circuits when no evidence is kept.
    if (withEvidence) ({ outcome, evidence } = item.rule.check(input));
    else outcome = item.rule.evaluate(input);
    if (item.severity === 'must' && outcome !== 'pass') mustPass = false;
    checks.push({ id: item.id, outcome, evidence });
  }
  const segmentation = explainSegmentation(
    entity,
    migration.segmentation,
    options.related,
  );
  const criticality = segmentation.criticality.level;
  const complexity = segmentation.complexity.level;
  const upfront = annotations[ANNOTATION_TRACK];
  const stage = annotations[ANNOTATION_STAGE];
  const wave = annotations[ANNOTATION_WAVE];
  return {
    entityRef: stringifyEntityRef(entity),
    title: entity.metadata.title ?? null,
    ownerRef: ownerOf(entity),
    live: migration.liveWhen.evaluate(input) === 'pass',
    annotationStage: isMigrationStage(stage) ? stage : null,
    annotationWave: wave ? waveIdOf(wave) : null,
    annotationMigratedAt: dateAnnotation(annotations[ANNOTATION_MIGRATED_AT]),
    annotationRolledBackAt: dateAnnotation(
      annotations[ANNOTATION_ROLLED_BACK_AT],
    ),
    dependsOn: (entity.relations ?? [])
      .filter(r => r.type === RELATION_DEPENDS_ON)
      .map(r => r.targetRef)
      .slice(0, MAX_DEPENDS_ON),
    postMortemUrl: postMortemUrlOf(
      entity.metadata.links?.find(l => l.type === POST_MORTEM_LINK_TYPE)?.url,
    ),
    criticality,
    complexity,
    track: trackOf(criticality, complexity, migration.segmentation),
    annotationTrack:
      upfront === 'caravan' || upfront === 'solo-trek' ? upfront : null,
    segmentation,
    checks,
    mustPass,
  };
}
