import type { PageQuery } from './aggregates';
import type { Query, RequestBody, Schemas } from './wire';

/*
 * Waiver requests on the wire: an owner asks, the platform team approves
 * (optionally with an earlier expiry) or denies with a reason. Each type is
 * its schema in the backend's openapi.yaml, generated into
 * schema.generated.ts, or a part of one.
 */

/** @public */
export type WaiverRequestStatus = Schemas['WaiverRequest']['status'];

/** One request for a waiver, and what became of it. @public */
export type WaiverRequestInfo = Schemas['WaiverRequest'];

/** `POST …/entities/:kind/:namespace/:name/waiver-requests`. @public */
export type CreateWaiverRequestRequest = RequestBody<'RequestWaiver'>;

/** `POST …/waiver-requests/:requestId/approve`. @public */
export type ApproveWaiverRequestRequest = RequestBody<'ApproveWaiverRequest'>;

/** `POST …/waiver-requests/:requestId/deny`. @public */
export type DenyWaiverRequestRequest = RequestBody<'DenyWaiverRequest'>;

/** A page of waiver requests, newest first. @public */
export type WaiverRequestPage = Schemas['WaiverRequestPage'];

/** Paging and filtering of the waiver-request queue, as the client takes them. @public */
export type WaiverRequestQuery = PageQuery & {
  /** pending when left out; `all` for every status. */
  status?: Query<'ListWaiverRequests'>['status'];
};
