/** Catalog annotations Solo Trek reads. @public */
export const ANNOTATION_STAGE = 'solo-trek.io/stage';
/** @public */
export const ANNOTATION_CRITICALITY = 'solo-trek.io/criticality';
/** @public */
export const ANNOTATION_COMPLEXITY = 'solo-trek.io/complexity';
/** @public */
export const ANNOTATION_WAVE = 'solo-trek.io/wave';
/** When a service went live before Solo Trek recorded it (YYYY-MM-DD). @public */
export const ANNOTATION_MIGRATED_AT = 'solo-trek.io/migrated-at';
/** The URL the http-probe fact provider fetches. @public */
export const ANNOTATION_METRICS_URL = 'solo-trek.io/metrics-url';
/**
 * The track decided upfront (`caravan` or `solo-trek`), pinned at the first
 * evaluation instead of the quadrant's; later changes go through the
 * platform team. @public
 */
export const ANNOTATION_TRACK = 'solo-trek.io/track';
/**
 * When a service left the new platform before Solo Trek recorded it
 * (YYYY-MM-DD): its first evaluation records the rollback then, with the
 * go-live date of solo-trek.io/migrated-at. @public
 */
export const ANNOTATION_ROLLED_BACK_AT = 'solo-trek.io/rolled-back-at';
/** The type of a `metadata.links` entry a rollback links as its post-mortem. @public */
export const POST_MORTEM_LINK_TYPE = 'post-mortem';
