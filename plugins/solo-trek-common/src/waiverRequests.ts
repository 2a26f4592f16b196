/*
 * Waiver requests on the wire: an owner asks, the platform team approves
 * (optionally with an earlier expiry) or denies with a reason. These match
 * the schemas of the same names in the backend's openapi.yaml.
 */

/** @public */
export type WaiverRequestStatus =
  | 'pending'
  | 'approved'
  | 'denied'
  | 'withdrawn';

/** One request for a waiver, and what became of it. @public */
export type WaiverRequestInfo = {
  id: string;
  migrationId: string;
  entityRef: string;
  /** The service's title in the catalog, when it has one. */
  entityTitle?: string;
  /** The service's owner when it was last evaluated. */
  owner: string | null;
  creedId: string;
  /** The Creed item's title in today's config (its id when it left the config). */
  creedTitle: string;
  reason: string;
  /** The expiry the requester asked for. */
  requestedExpiresAt: string;
  requestedBy: string;
  requestedAt: string;
  status: WaiverRequestStatus;
  /** Who approved, denied or withdrew it, and when; null while pending. */
  decidedBy: string | null;
  decidedAt: string | null;
  /** Why it was denied, or the approver's note; null otherwise. */
  decisionNote: string | null;
  /** The expiry granted on approval: the one asked for or earlier. */
  grantedExpiresAt: string | null;
  /** The waiver an approval created. */
  waiverId: string | null;
};

/** `POST …/entities/:kind/:namespace/:name/waiver-requests`. @public */
export type CreateWaiverRequestRequest = {
  creedId: string;
  reason: string;
  /** YYYY-MM-DD (end of that day, UTC) or an ISO date-time; at most soloTrek.waivers.maxDays ahead. */
  expiresAt: string;
};

/** `POST …/waiver-requests/:requestId/approve`. @public */
export type ApproveWaiverRequestRequest = {
  /** An earlier expiry than the one asked for; the one asked for when left out. */
  expiresAt?: string;
  note?: string;
};

/** `POST …/waiver-requests/:requestId/deny`. @public */
export type DenyWaiverRequestRequest = {
  /** Why, for the requester. */
  reason: string;
};

/** A page of waiver requests, newest first. @public */
export type WaiverRequestPage = {
  migrationId: string;
  /** Requests matching the query, across all pages. */
  total: number;
  offset: number;
  items: WaiverRequestInfo[];
};

/** Paging and filtering of the waiver-request queue. @public */
export type WaiverRequestQuery = {
  /** pending when left out; `all` for every status. */
  status?: WaiverRequestStatus | 'all';
  /** 1 to 1000; 100 when left out. */
  limit?: number;
  offset?: number;
};
