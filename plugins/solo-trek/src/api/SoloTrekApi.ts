import { createApiRef } from '@backstage/core-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  TeamScoreExplanation,
  ApproveWaiverRequestRequest,
  CreateWaiverRequestRequest,
  DenyWaiverRequestRequest,
  WaiverRequestInfo,
  WaiverRequestPage,
  WaiverRequestQuery,
  EntityOutcomes,
  EntityPulse,
  OutcomesReport,
  OutcomeTeamsPage,
  OutcomeTeamsQuery,
  PulseAnswerRequest,
  PulseCommentsPage,
  AdoptionHistory,
  AdoptionReport,
  CaravanPageQuery,
  CreateWaveRequest,
  DecommissionTailReport,
  CreateWaiverRequest,
  EntityMigrationCard,
  HeroNomination,
  HeroNominationRequest,
  HeroesResponse,
  Leaderboard,
  LeaderboardPeriod,
  LeaderboardQuery,
  LongTailQuery,
  LongTailReport,
  MigrationInfo,
  RollbackReport,
  TrackProgress,
  WaveInfo,
  WavePlanReport,
  WaveRequest,
  SetTrackRequest,
  TeamAdoptionPage,
  TeamAdoptionQuery,
  TeamServices,
  TrackDriftReport,
  UpdateStageRequest,
  WaiverInfo,
} from '@internal/plugin-solo-trek-common';

/**
 * An entity, as a string ref (`component:default/ledger`) or in compound form.
 *
 * @public
 */
export type SoloTrekEntityRef = string | CompoundEntityRef;

/**
 * The reports that can be downloaded as CSV.
 *
 * @public
 */
export type SoloTrekCsvReport =
  | 'adoption'
  | 'long-tail'
  | 'outcomes'
  | 'decommission-tail';

/**
 * The Solo Trek backend, as the frontend sees it.
 *
 * @public
 */
export interface SoloTrekApi {
  /** Every configured migration. */
  getMigrations(): Promise<MigrationInfo[]>;
  getMigration(migrationId: string): Promise<MigrationInfo>;

  /**
   * The migration card of one entity. Rejects with a `ResponseError` whose
   * status is 404 when the entity is outside the migration's scope.
   */
  getEntityCard(
    migrationId: string,
    entityRef: SoloTrekEntityRef,
  ): Promise<EntityMigrationCard>;
  updateStage(
    migrationId: string,
    entityRef: SoloTrekEntityRef,
    request: UpdateStageRequest,
  ): Promise<EntityMigrationCard>;
  createWaiver(
    migrationId: string,
    entityRef: SoloTrekEntityRef,
    request: CreateWaiverRequest,
  ): Promise<WaiverInfo>;
  deleteWaiver(
    migrationId: string,
    entityRef: SoloTrekEntityRef,
    waiverId: string,
  ): Promise<void>;
  setWave(
    migrationId: string,
    entityRef: SoloTrekEntityRef,
    wave: string | null,
  ): Promise<EntityMigrationCard>;
  /** An owner asks the platform team for a waiver of one Creed item. */
  requestWaiver(
    migrationId: string,
    entityRef: SoloTrekEntityRef,
    request: CreateWaiverRequestRequest,
  ): Promise<WaiverRequestInfo>;
  /** One service's waiver requests, every status, newest first. */
  getEntityWaiverRequests(
    migrationId: string,
    entityRef: SoloTrekEntityRef,
  ): Promise<WaiverRequestPage>;
  /** The queue: pending requests unless `query.status` says otherwise. */
  getWaiverRequests(
    migrationId: string,
    query?: WaiverRequestQuery,
  ): Promise<WaiverRequestPage>;
  /** The platform team grants it, until the expiry asked for or an earlier one. */
  approveWaiverRequest(
    migrationId: string,
    requestId: string,
    request?: ApproveWaiverRequestRequest,
  ): Promise<WaiverRequestInfo>;
  denyWaiverRequest(
    migrationId: string,
    requestId: string,
    request: DenyWaiverRequestRequest,
  ): Promise<WaiverRequestInfo>;
  /** The requester takes back a pending request. */
  withdrawWaiverRequest(
    migrationId: string,
    requestId: string,
  ): Promise<WaiverRequestInfo>;
  /** The platform team's decision about the entity's track, with a note. */
  setTrack(
    migrationId: string,
    entityRef: SoloTrekEntityRef,
    request: SetTrackRequest,
  ): Promise<EntityMigrationCard>;
  /** The wave plan: each wave's progress, members and dependency warnings. */
  getWavePlan(migrationId: string): Promise<WavePlanReport>;
  /** Plans a wave (platform team). */
  createWave(
    migrationId: string,
    request: CreateWaveRequest,
  ): Promise<WaveInfo>;
  /** Changes a wave's title, order, dates and status (platform team). */
  updateWave(
    migrationId: string,
    waveId: string,
    request: WaveRequest,
  ): Promise<WaveInfo>;
  /** Deletes a wave; its members return to the unplaced (platform team). */
  deleteWave(migrationId: string, waveId: string): Promise<void>;
  /** Each track's progress apart: Solo Trek adoption, Caravan wave completion. */
  getTrackProgress(migrationId: string): Promise<TrackProgress>;
  /** One page of the services migrated long ago and not decommissioned. */
  getDecommissionTail(
    migrationId: string,
    query?: CaravanPageQuery,
  ): Promise<DecommissionTailReport>;
  /** Rollbacks per month and one page of the latest ones. */
  getRollbacks(
    migrationId: string,
    query?: CaravanPageQuery,
  ): Promise<RollbackReport>;
  /** One page of the services whose quadrant drifted from their pinned track. */
  getTrackDrift(
    migrationId: string,
    query?: CaravanPageQuery,
  ): Promise<TrackDriftReport>;
  /** Re-evaluates the entity now and returns its fresh card. */
  refreshEntity(
    migrationId: string,
    entityRef: SoloTrekEntityRef,
  ): Promise<EntityMigrationCard>;

  getAdoption(migrationId: string): Promise<AdoptionReport>;
  /** One page of the adoption per team, sorted and searched on the server. */
  getTeamAdoption(
    migrationId: string,
    query?: TeamAdoptionQuery,
  ): Promise<TeamAdoptionPage>;
  getAdoptionHistory(migrationId: string): Promise<AdoptionHistory>;
  /** One page of the long tail, optionally of one criticality or complexity. */
  getLongTail(
    migrationId: string,
    query?: LongTailQuery,
  ): Promise<LongTailReport>;
  /**
   * One page of the ranking; `query.teams` (group refs, at most 20) come back
   * in `pinned` wherever they rank.
   */
  getLeaderboard(
    migrationId: string,
    period: LeaderboardPeriod,
    query?: LeaderboardQuery,
  ): Promise<Leaderboard>;
  /**
   * The running month's standings and the Hall of heroes (each ended
   * month's recorded winner); only `query.month`'s (YYYY-MM) when given.
   */
  /**
   * Why a team has its score: each service's points with earliness and
   * compliance, the prior's effect and the badges with their rules.
   */
  explainTeamScore(
    migrationId: string,
    teamRef: SoloTrekEntityRef,
    period: LeaderboardPeriod,
  ): Promise<TeamScoreExplanation>;
  getHeroes(
    migrationId: string,
    query?: { month?: string },
  ): Promise<HeroesResponse>;
  nominateHero(
    migrationId: string,
    request: HeroNominationRequest,
  ): Promise<HeroNomination>;
  getTeamServices(
    migrationId: string,
    teamRef: SoloTrekEntityRef,
  ): Promise<TeamServices>;

  /**
   * The balanced scorecard of a migration: before and after go-live per
   * metric, per track, the series around go-live and the pulse.
   */
  getOutcomes(migrationId: string): Promise<OutcomesReport>;
  /** One page of the scorecard per team, of the teams the user may read. */
  getOutcomeTeams(
    migrationId: string,
    query?: OutcomeTeamsQuery,
  ): Promise<OutcomeTeamsPage>;
  /** The pulse's comments, for the platform team (403 for others). */
  getPulseComments(
    migrationId: string,
    query?: { limit?: number; offset?: number },
  ): Promise<PulseCommentsPage>;
  /** One service's before/after and its pulse as the user sees it. */
  getEntityOutcomes(
    migrationId: string,
    entityRef: SoloTrekEntityRef,
  ): Promise<EntityOutcomes>;
  /** The user's answer to a service's pulse (or a changed one). */
  answerPulse(
    migrationId: string,
    entityRef: SoloTrekEntityRef,
    request: PulseAnswerRequest,
  ): Promise<EntityPulse>;

  /** The absolute URL of a CSV report. Fetch it through {@link SoloTrekApi.downloadCsv} so it is authenticated. */
  csvUrl(migrationId: string, report: SoloTrekCsvReport): Promise<string>;
  /** Fetches a CSV report with the user's credentials. */
  fetchCsv(
    migrationId: string,
    report: SoloTrekCsvReport,
  ): Promise<{ blob: Blob; filename: string }>;
  /** Fetches a CSV report and hands it to the browser as a file download. */
  downloadCsv(migrationId: string, report: SoloTrekCsvReport): Promise<void>;
}

/**
 * The API reference of {@link SoloTrekApi}.
 *
 * @public
 */
export const soloTrekApiRef = createApiRef<SoloTrekApi>({
  id: 'plugin.solo-trek.service',
});
