import type { PageQuery } from './aggregates';
import type { RequestBody, Schemas } from './wire';

/*
 * The Staggered Caravan on the wire: pinned tracks and their drift, the
 * signals behind a service's quadrant, rollbacks, the wave plan and the
 * decommission tail. Each type is its schema in the backend's openapi.yaml,
 * generated into schema.generated.ts, or a part of one. Field documentation
 * lives in the spec's descriptions.
 */

/**
 * Who pinned a track: the first evaluation (from the quadrant), the
 * `solo-trek.io/track` annotation read at the first evaluation (a decision
 * made upfront), or the platform team (`PUT …/track`).
 * @public
 */
export type TrackDecisionSource = Schemas['TrackDecision']['source'];

/** One decision about a service's track; the newest holds. @public */
export type TrackDecisionInfo = Schemas['TrackDecision'];

/** The quadrant now points to another track than the pinned one. @public */
export type TrackDrift = NonNullable<Schemas['EntityCard']['trackDrift']>;

/** `PUT …/track`: the platform team's decision, with why. @public */
export type SetTrackRequest = RequestBody<'SetTrack'>;

/** One signal read for an axis of the quadrant. @public */
export type SegmentationSignal = Schemas['SegmentationSignal'];

/** How one axis of the quadrant was decided. @public */
export type AxisExplanation = Schemas['AxisExplanation'];

/** Why a service sits in its quadrant. @public */
export type SegmentationExplanation = NonNullable<
  Schemas['EntityCard']['segmentation']
>;

/** A service whose quadrant points elsewhere than its pinned track. @public */
export type TrackDriftEntry = Schemas['TrackDriftReport']['items'][number];

/** The drift list for the platform team. @public */
export type TrackDriftReport = Schemas['TrackDriftReport'];

/** Paging of a Caravan list, as the client takes it. @public */
export type CaravanPageQuery = PageQuery;

/** What a rollback left behind, on its history entry. @public */
export type RollbackInfo = Schemas['RollbackInfo'];

/** The actor of a rollback found by a scan: the live signal was lost. @public */
export const LIVE_SIGNAL_ACTOR = 'live signal';

/** One rollback: a service that left the new platform. @public */
export type RollbackEntry = Schemas['RollbackReport']['items'][number];

/** Rollbacks in one calendar month (UTC). @public */
export type RollbackMonth = Schemas['RollbackReport']['byMonth'][number];

/** Rollbacks per month and the latest ones. @public */
export type RollbackReport = Schemas['RollbackReport'];

/**
 * A wave as the platform team sets it: `planned` until it starts, `active`
 * while it moves, `done` once closed, `rolled-back` when it was undone.
 * @public
 */
export type WaveStatus = Schemas['WaveStatus'];

/**
 * Where a wave stands against its plan: `done` (closed, or every member
 * moved), `late` (open past its planned end), `on-schedule`, `rolled-back`,
 * or `unscheduled` (no planned end yet).
 * @public
 */
export type WaveSchedule = Schemas['WaveFields']['schedule'];

/**
 * A member that would move before something it depends on:
 * - `later-wave`: the dependency sits in a later wave;
 * - `solo-trek-not-done`: the dependency is on the Solo Trek track and not done;
 * - `no-wave`: the dependency is a Caravan service in no wave yet.
 * @public
 */
export type DependencyWarningReason = Schemas['DependencyWarning']['reason'];

/** @public */
export type DependencyWarning = Schemas['DependencyWarning'];

/** One service of a wave. @public */
export type WaveMember = Schemas['Wave']['members'][number];

/** A wave of the plan with its progress. @public */
export type WaveInfo = Schemas['Wave'];

/** Waves by where they stand: the Caravan's progress metric. @public */
export type WaveCompletion = Schemas['WaveCompletion'];

/** When the Caravan finishes by its plan, against the sunset. @public */
export type CaravanForecast = Schemas['CaravanForecast'];

/** A Caravan service not done and in no wave yet. @public */
export type UnplacedService =
  Schemas['WavePlanReport']['unplacedServices'][number];

/** The wave plan with each wave's progress and warnings. @public */
export type WavePlanReport = Schemas['WavePlanReport'];

/** `PUT …/waves/:waveId`: the whole wave but its id. @public */
export type WaveRequest = Schemas['WaveRequest'];

/** `POST …/waves` @public */
export type CreateWaveRequest = RequestBody<'CreateWave'>;

/** A service's wave on its card, with its own dependency warnings. @public */
export type CardWave = NonNullable<Schemas['EntityCard']['waveDetail']>;

/** Each track's progress, apart: adoption for Solo Trek, waves for the Caravan. @public */
export type TrackProgress = Schemas['TrackProgress'];

/** A service live on the new platform whose old deployment still runs. @public */
export type DecommissionTailEntry =
  Schemas['DecommissionTailReport']['items'][number];

/**
 * The decommission tail: migrated more than `graceDays` ago and not
 * decommissioned, the longest-running first. @public
 */
export type DecommissionTailReport = Schemas['DecommissionTailReport'];

/**
 * What the platform team promises one track (the article's "two distinct
 * contracts"): for the Solo Trek self-service docs, a support channel and
 * office hours; for the Caravan the plan and a liaison. @public
 */
export type TrackContract = Schemas['TrackContract'];

/** The contract of each track, as configured. @public */
export type TrackContracts = NonNullable<Schemas['Migration']['tracks']>;
