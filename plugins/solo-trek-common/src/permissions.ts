import { createPermission } from '@backstage/plugin-permission-common';

/** The catalog's own resource type, so policies can reuse catalog conditions. */
export const SOLO_TREK_ENTITY_RESOURCE_TYPE = 'catalog-entity';

/**
 * Update the migration stage of one catalog entity. A resource permission, so
 * a policy can let a team update only the services it owns.
 * @public
 */
export const soloTrekStageUpdatePermission = createPermission({
  name: 'solo-trek.stage.update',
  attributes: { action: 'update' },
  resourceType: SOLO_TREK_ENTITY_RESOURCE_TYPE,
});

/**
 * Re-evaluate one entity now, running its fact probes. A resource
 * permission: owners refresh their own services, the platform team any.
 * @public
 */
export const soloTrekEntityRefreshPermission = createPermission({
  name: 'solo-trek.entity.refresh',
  attributes: { action: 'update' },
  resourceType: SOLO_TREK_ENTITY_RESOURCE_TYPE,
});

/** Create and remove Creed waivers. @public */
export const soloTrekWaiverManagePermission = createPermission({
  name: 'solo-trek.waiver.manage',
  attributes: { action: 'update' },
});

/** Assign caravan services to waves. @public */
export const soloTrekWaveManagePermission = createPermission({
  name: 'solo-trek.wave.manage',
  attributes: { action: 'update' },
});

/** @public */
export const soloTrekPermissions = [
  soloTrekStageUpdatePermission,
  soloTrekEntityRefreshPermission,
  soloTrekWaiverManagePermission,
  soloTrekWaveManagePermission,
];
