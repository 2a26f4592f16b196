import { Entity, RELATION_OWNED_BY } from '@backstage/catalog-model';
import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { SOLO_TREK_ENTITY_RESOURCE_TYPE } from '@internal/plugin-solo-trek-common';
import { z } from 'zod';

/**
 * The query form of conditions: entities owned by any of these refs.
 * @public
 */
export type SoloTrekEntityQuery = { ownedBy: string[] };

/** Catalog entities, as Solo Trek's stage permission sees them. */
export const soloTrekEntityResourceRef = createPermissionResourceRef<
  Entity,
  SoloTrekEntityQuery
>().with({
  pluginId: 'solo-trek',
  resourceType: SOLO_TREK_ENTITY_RESOURCE_TYPE,
});

/**
 * Same name and parameters as the catalog's rule, so a policy may pass
 * either plugin's isEntityOwner condition for a Solo Trek permission.
 */
export const isEntityOwner = createPermissionRule({
  name: 'IS_ENTITY_OWNER',
  description: 'Allow entities owned by a specified claim',
  resourceRef: soloTrekEntityResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe('List of claims to match at least one on within ownedBy'),
  }),
  apply: (entity, { claims }) =>
    (entity.relations ?? []).some(
      relation =>
        relation.type === RELATION_OWNED_BY &&
        claims.includes(relation.targetRef),
    ),
  toQuery: ({ claims }) => ({ ownedBy: claims }),
});

/**
 * The rules a permission policy may use in conditions on Solo Trek's resource
 * permissions.
 * @public
 */
export const soloTrekPermissionRules = { isEntityOwner };

const { conditions, createConditionalDecision } = createConditionExports({
  resourceRef: soloTrekEntityResourceRef,
  rules: soloTrekPermissionRules,
});

/**
 * Conditions for permission policies, e.g.
 * `createSoloTrekConditionalDecision(permission, soloTrekConditions.isEntityOwner({ claims }))`.
 * @public
 */
export const soloTrekConditions = conditions;
/** @public */
export const createSoloTrekConditionalDecision = createConditionalDecision;
