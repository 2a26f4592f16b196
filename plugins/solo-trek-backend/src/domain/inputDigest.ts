import { createHash } from 'node:crypto';
import { Entity } from '@backstage/catalog-model';
import { configDigest } from '../config/configDigest';
import { MigrationDefinition } from '../config/readSoloTrekConfig';
import { FactReader } from '../rules/compileRule';
import { EntityState, RelatedLookup } from './model';

/**
 * Bumped whenever evaluateEntity, nextResult or the stored row change what
 * they make of the same inputs: every stored digest then misses once and
 * every entity is evaluated again by the next scan.
 */
export const EVALUATION_VERSION = 1;

const digests = new WeakMap<MigrationDefinition, string>();

/**
 * The digest of a migration's config as evaluation reads it, with
 * EVALUATION_VERSION: the whole definition through the plugin's
 * configDigest, where a compiled rule contributes its configured `source`
 * (not only its description) and functions nothing. Anything in the
 * definition that no evaluation reads (titles, wave seeds) costs one full
 * re-evaluation when it changes rather than a stale result.
 */
export function evaluationConfigDigest(migration: MigrationDefinition): string {
  let digest = digests.get(migration);
  if (!digest) {
    digest = configDigest({ version: EVALUATION_VERSION, migration });
    digests.set(migration, digest);
  }
  return digest;
}

/**
 * The digest of everything a scan's result for one entity is computed from:
 * the config (evaluationConfigDigest), the entity as the catalog projected it, the
 * facts the rules read, the related entities the quadrant reads, and the
 * state a stage resolves from. Equal digests give the same evaluation and,
 * over the same stored row, no write (nextResult): so a rescan skips the
 * entity. Anything that is not in here must not change a result.
 *
 * Waivers are not an input: results keep each rule's own outcome and
 * waivers are applied when a card or an aggregate is read.
 */
export function inputDigest(options: {
  config: string;
  entity: Entity;
  facts: FactReader | undefined;
  related: RelatedLookup;
  state:
    | Pick<EntityState, 'apiStage' | 'apiStageAt' | 'annotationStageAt'>
    | undefined;
}): string {
  const { config, entity, facts, related, state } = options;
  // Facts come from the database in no particular order: sorted by key
  // (keys of a Map are unique, so no two compare equal).
  const factEntries = facts
    ? [...facts.entries()].sort(([a], [b]) => (a < b ? -1 : 1))
    : null;
  const relatedEntries: unknown[] = [];
  for (const r of entity.relations ?? []) {
    const found = related.get(r.targetRef);
    if (found) relatedEntries.push(r.targetRef, found);
  }
  const content = JSON.stringify([
    entity,
    factEntries,
    relatedEntries,
    state?.apiStage ?? null,
    state?.apiStageAt?.getTime() ?? null,
    state?.annotationStageAt?.getTime() ?? null,
  ]);
  return createHash('sha1').update(config).update(content).digest('hex');
}
