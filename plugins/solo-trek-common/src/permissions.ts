import {
  createPermission,
  Permission,
} from '@backstage/plugin-permission-common';

/**
 * The catalog's own resource type, so policies can reuse catalog conditions.
 * @public
 */
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

/**
 * Ask the platform team for a waiver of one Creed item of one catalog
 * entity (`POST …/waiver-requests`). A resource permission: owners ask for
 * their own services. @public
 */
export const soloTrekWaiverRequestPermission = createPermission({
  name: 'solo-trek.waiver.request',
  attributes: { action: 'create' },
  resourceType: SOLO_TREK_ENTITY_RESOURCE_TYPE,
});

/** Assign caravan services to waves. @public */
export const soloTrekWaveManagePermission = createPermission({
  name: 'solo-trek.wave.manage',
  attributes: { action: 'update' },
});

/**
 * Change a service's pinned track (Caravan or Solo Trek): a recorded
 * decision with a note. @public
 */
export const soloTrekTrackManagePermission = createPermission({
  name: 'solo-trek.track.manage',
  attributes: { action: 'update' },
});

/**
 * Report outcome points (POST /facts) for one catalog entity. A resource
 * permission: owners report for their own services; service principals
 * listed in soloTrek.factReporters for any. @public
 */
export const soloTrekOutcomeReportPermission = createPermission({
  name: 'solo-trek.outcome.report',
  attributes: { action: 'create' },
  resourceType: SOLO_TREK_ENTITY_RESOURCE_TYPE,
});

/**
 * Answer (or change the answer to) the satisfaction pulse of one service. A
 * resource permission: its owners answer. @public
 */
export const soloTrekPulseAnswerPermission = createPermission({
  name: 'solo-trek.pulse.answer',
  attributes: { action: 'update' },
  resourceType: SOLO_TREK_ENTITY_RESOURCE_TYPE,
});

/** Read the pulse's comments (never who wrote them): the platform team. @public */
export const soloTrekPulseCommentsReadPermission = createPermission({
  name: 'solo-trek.pulse.comments.read',
  attributes: { action: 'read' },
});

/**
 * See what the next nudge sweep would send and to whom
 * (GET …/nudges/preview): the platform team, before enabling nudges. @public
 */
export const soloTrekNudgesPreviewPermission = createPermission({
  name: 'solo-trek.nudges.preview',
  attributes: { action: 'read' },
});

/**
 * Every Solo Trek permission, for the permission backend's list of known
 * permissions. Typed, not inferred: an inferred union's order follows the
 * compiler's internal type ids, which made the API report differ between an
 * incremental and a clean build.
 * @public
 */
export const soloTrekPermissions: Permission[] = [
  soloTrekStageUpdatePermission,
  soloTrekEntityRefreshPermission,
  soloTrekWaiverManagePermission,
  soloTrekWaiverRequestPermission,
  soloTrekWaveManagePermission,
  soloTrekTrackManagePermission,
  soloTrekOutcomeReportPermission,
  soloTrekPulseAnswerPermission,
  soloTrekPulseCommentsReadPermission,
  soloTrekNudgesPreviewPermission,
];
