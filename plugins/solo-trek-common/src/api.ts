import type { RequestBody, Schemas } from './wire';

/*
 * The wire types of the card and the migrations. Each is its schema in the
 * backend's openapi.yaml, generated into schema.generated.ts
 * (`yarn workspace @internal/plugin-solo-trek-backend generate:spec`): the
 * spec is the one source, and these only name the schemas for the frontend
 * and the backend. Field documentation lives in the spec's descriptions.
 *
 * Type aliases, not interfaces: the OpenAPI-typed router needs
 * index-signature compatibility.
 */

/** @public */
export type StageSource = Schemas['StageSource'];
/** @public */
export type Level = Schemas['Level'];
/** @public */
export type Track = Schemas['Track'];
/** @public */
export type CheckStatus = Schemas['CheckStatus'];
/** @public */
export type CreedSeverity = Schemas['CreedItem']['severity'];

/** @public */
export type Remediation = Schemas['Remediation'];

/** @public */
export type CreedItemInfo = Schemas['CreedItem'];

/** @public */
export type ScanInfo = Schemas['ScanStatus'];

/** @public */
export type MigrationInfo = Schemas['Migration'];

/** @public */
export type Evidence = Schemas['Evidence'];

/** @public */
export type WaiverInfo = Schemas['Waiver'];

/** @public */
export type CheckInfo = Schemas['Check'];

/** @public */
export type Compliance = Schemas['Compliance'];

/** @public */
export type StageHistoryEntry = Schemas['HistoryEntry'];

/** The migration card of one entity. @public */
export type EntityMigrationCard = Schemas['EntityCard'];

/** @public */
export type UpdateStageRequest = RequestBody<'UpdateStage'>;

/** @public */
export type CreateWaiverRequest = RequestBody<'CreateWaiver'>;
