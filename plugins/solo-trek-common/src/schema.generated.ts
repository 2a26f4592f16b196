// Generated from plugins/solo-trek-backend/src/schema/openapi.yaml by
// scripts/generate-wire-types.mjs (openapi-typescript). Do not edit: change the
// spec, then run `yarn workspace @internal/plugin-solo-trek-backend generate:spec`.
/* eslint-disable */
export type paths = {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness probe; the only route open without a token. */
        get: operations["GetHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The configured migrations, with their window and Creed. */
        get: operations["ListMigrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetMigration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The migration card of one catalog entity. 404 when it is outside the migration's scope. */
        get: operations["GetEntityCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sets the stage. Owners of the entity may do it, and service principals listed in soloTrek.stageReporters. A move backwards needs a note. A move from migrated or decommissioned to an earlier stage is a rollback: recorded with its actor, the note as its reason, an optional postMortemUrl and the go-live date it undid. */
        post: operations["UpdateStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/waivers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Waives one waivable Creed item for this entity until a date. Platform team only. */
        post: operations["CreateWaiver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/waivers/{waiverId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["DeleteWaiver"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/waiver-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This entity's waiver requests, every status, newest first (at most 100). */
        get: operations["ListEntityWaiverRequests"];
        put?: never;
        /** Asks the platform team for a waiver of one waivable Creed item that does not pass, until a date at most soloTrek.waivers.maxDays ahead. The entity's owners (solo-trek.waiver.request) may ask; one pending request per item (409 otherwise). */
        post: operations["RequestWaiver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/wave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Puts a caravan service in a wave of the plan (by its id), or takes it out with null (also out of the wave its solo-trek.io/wave annotation names). 404 when the plan has no such wave. Platform team only. */
        put: operations["SetWave"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The platform team's decision about the service's track, with a note saying why: the only way a pinned track changes. Restating the current track records a confirmation. Leaving the caravan leaves its wave. Platform team only. */
        put: operations["SetTrack"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-evaluates one entity now, facts (probes) included. For its owners, the platform team and the service principals listed in soloTrek.stageReporters; once per entity per soloTrek.refresh.cooldownSeconds (429 with Retry-After before that, or when the refresh queue is full). */
        post: operations["RefreshEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/adoption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service adoption: totals, counts per stage, adoption and compliant adoption, breakdowns per team, track, wave and quadrant, Creed item statistics and the forecast (AdoptionReport). With format=csv, the per-team breakdown as CSV. */
        get: operations["GetAdoption"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/adoption/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of the adoption breakdown per owning team (TeamAdoptionPage), sorted by sort and order, ties broken by team ref. */
        get: operations["GetTeamAdoption"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/adoption/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The daily adoption series with the forecast (AdoptionHistory). */
        get: operations["GetAdoptionHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/long-tail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Services not migrated that have not started or have not changed stage for soloTrek.longTail.idleDays, riskiest first (LongTailReport). After the sunset, every service not migrated, marked stranded. */
        get: operations["GetLongTail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Owning teams ranked by score, with badges and rank change (Leaderboard), a page at a time, with the entries of the teams named by team wherever they rank. */
        get: operations["GetLeaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/leaderboard/teams/{namespace}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Why a team has its leaderboard score (TeamScoreExplanation): each service's points with its earliness and compliance, the prior's effect, and the badges with the rule each met. 404 for a team that owns no in-scope service or that the caller may not read. */
        get: operations["ExplainTeamScore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/heroes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The running month's standings, the Hall of heroes (each ended month's recorded winner, closed at its end in soloTrek.timeZone) and the caller's nomination (HeroesResponse). */
        get: operations["GetHeroes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/heroes/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nominates a team or a person as this month's Migration Hero, with a short reason shown with the winner; one nomination per person per month. Nominating yourself or one of your own teams is refused with 400. */
        post: operations["NominateHero"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/teams/{namespace}/{name}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team's in-scope services with stage, track and compliance (TeamServices). */
        get: operations["GetTeamServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/waves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The wave plan: each wave with its dates, status, where it stands against its plan, its members (those the caller may read) and their dependency warnings; wave completion; the Caravan services in no wave; the Caravan's forecast (WavePlanReport). */
        get: operations["GetWavePlan"];
        put?: never;
        /** Plans a wave. Platform team only (solo-trek.wave.manage). 409 when the plan has or had a wave of that id. */
        post: operations["CreateWave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/waves/{waveId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Changes a wave's title, order, planned dates and status. Platform team only. */
        put: operations["UpdateWave"];
        post?: never;
        /** Deletes a wave and takes its members out of it (they return to the unplaced). Platform team only. */
        delete: operations["DeleteWave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/tracks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each track's progress apart: Solo Trek adoption with its forecast, and the Caravan's wave completion (waves done, on schedule, late) with its forecast (TrackProgress). */
        get: operations["GetTrackProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/decommission-tail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Services migrated more than soloTrek.decommission.graceDays ago and not decommissioned: they count as done, yet the old platform keeps running and paying for them (DecommissionTailReport), the longest-running first, a page at a time; with format=csv, the whole list. */
        get: operations["GetDecommissionTail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/rollbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rollbacks per month and the latest ones with actor, reason, post-mortem and the go-live they undid (RollbackReport), a page at a time. A rollback found by a scan when the catalog stops showing a service live has the actor "live signal". */
        get: operations["GetRollbacks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/track-drift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Services whose quadrant now gives the other track than their pinned one, with the reason and the decision that pinned them (TrackDriftReport), a page at a time. */
        get: operations["GetTrackDrift"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/nudges/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the next nudge sweep would send and to whom (NudgePreview), a page at a time, also while nudges are off. For the platform team (solo-trek.nudges.preview); nudges naming an entity the caller may not read are left out. */
        get: operations["GetNudgePreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Outcome points (deployments, lead time, incidents, latency, cost, configured metrics) for the balanced scorecard, up to 1,000 a batch. Service principals listed in soloTrek.factReporters report for any in-scope service, people for the services they own (403 and nothing stored otherwise). Each point is checked on its own: with any bad point the answer is 400 with the index and reason of each, and the good points are stored. Idempotent: a point with the entity, metric and time of a stored one replaces it. */
        post: operations["ReportOutcomes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The balanced scorecard (OutcomesReport): per metric, the median of per-service values before and after go-live, the services with both paired, per track, the weekly series aligned on go-live, and the satisfaction pulse as a distribution. The same for every signed-in caller. With format=csv, every group (overall, tracks, the teams the caller may read) and metric as CSV. */
        get: operations["GetOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/outcomes/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of the scorecard per owning team (OutcomeTeamsPage), teams with most services first, of the teams the caller may read. */
        get: operations["GetOutcomeTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/outcomes/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pulse's comments, newest first, never with who wrote them (PulseCommentsPage). For the platform team (solo-trek.pulse.comments.read). */
        get: operations["GetPulseComments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service's own numbers before and after its go-live, and its satisfaction pulse as the caller sees it (EntityOutcomes). */
        get: operations["GetEntityOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/pulse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The caller's answer to the satisfaction pulse, from pulse.delayDays after go-live (409 before). Owners only; one answer per person and service, which they may change. */
        put: operations["AnswerPulse"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/waiver-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The platform team's queue: waiver requests of the services the caller may read, newest first, a page at a time; pending ones unless status says otherwise. */
        get: operations["ListWaiverRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/waiver-requests/{requestId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grants the waiver asked for, until the expiry asked for or an earlier expiresAt; the waiver is created with the approval. Platform team only (solo-trek.waiver.manage). 409 when the request is no longer pending, the item is no longer waivable or already waived. */
        post: operations["ApproveWaiverRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/waiver-requests/{requestId}/deny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuses a pending request, with a reason for the requester. Platform team only. */
        post: operations["DenyWaiverRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations/{migrationId}/waiver-requests/{requestId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The requester takes back a pending request. */
        post: operations["WithdrawWaiverRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
/**
 * The Solo Trek API's schemas, from openapi.yaml; exported as SoloTrekWireComponents.
 * @public
 */
export type components = {
    schemas: {
        StageCounts: {
            "not-started": number;
            planning: number;
            "in-progress": number;
            migrated: number;
            decommissioned: number;
            retired: number;
        };
        AdoptionFigures: {
            total: number;
            stages: components["schemas"]["StageCounts"];
            /** migrated + decommissioned + retired */
            done: number;
            /** Live and passing every must item, plus retired services. */
            compliantDone: number;
            /** done / total, from 0 to 1 (0 when there are no services). */
            adoption: number;
            /** compliantDone / total, from 0 to 1. */
            compliantAdoption: number;
        };
        /** The completion date from the recent net pace (done less joining the scope), with the interval of plausible finishes (the pace's 90% interval from the fit's residuals), against the sunset. not-enough-data until the history spans forecast.minWeeks weeks; at-risk when the interval reaches past the sunset less forecast.atRiskMarginDays; late without net progress or when even the earliest plausible finish is after the sunset. */
        Forecast: {
            status: "on-track" | "at-risk" | "late" | "complete" | "not-enough-data";
            /** Why this status, in a sentence. */
            reason: string;
            /**
             * Format: date
             * YYYY-MM-DD at the fitted pace; null without net progress or history.
             */
            projectedCompletion: string | null;
            /**
             * Format: date
             * The earliest plausible finish (the fast end of the pace's interval).
             */
            earliestCompletion: string | null;
            /**
             * Format: date
             * null when the slow end of the pace's interval is no progress.
             */
            latestCompletion: string | null;
            /** The interval's coverage: 0.9. */
            confidence: number;
            /** Format: date */
            sunset: string;
            /** Services done per week. */
            weeklyRate: number;
            /** Services joining (+) or leaving (−) the scope per week. */
            scopeWeeklyChange: number;
            /** The net pace the projection uses. */
            netWeeklyRate: number;
            /** Services per week still needed to finish by the sunset. */
            requiredWeeklyRate: number;
            remaining: number;
            /** The number of weeks of history the pace was fitted on. */
            basedOnWeeks: number;
            /** Weeks of history needed before anything is projected. */
            minWeeks: number;
        };
        AdoptionReport: {
            migrationId: string;
            /** Format: date-time */
            generatedAt: string;
            /** Format: date */
            sunset: string;
            daysToSunset: number;
            totals: components["schemas"]["AdoptionFigures"];
            /** Teams owning services in scope; GET .../adoption/teams pages through them. */
            teamCount: number;
            byTrack: (components["schemas"]["AdoptionFigures"] & {
                track: components["schemas"]["Track"];
            })[];
            byWave: (components["schemas"]["AdoptionFigures"] & {
                wave: string | null;
            })[];
            byQuadrant: (components["schemas"]["AdoptionFigures"] & {
                criticality: components["schemas"]["Level"];
                complexity: components["schemas"]["Level"];
                track: components["schemas"]["Track"];
            })[];
            creed: {
                id: string;
                title: string;
                severity: "must" | "should";
                pass: number;
                fail: number;
                waived: number;
                unknown: number;
            }[];
            forecast: components["schemas"]["Forecast"];
            /** The same forecast for each track's services apart, from its own history. */
            forecastByTrack: (components["schemas"]["Forecast"] & {
                track: components["schemas"]["Track"];
            })[];
            /** The last scan failed; figures come from the last good one. */
            stale: boolean;
        };
        TeamAdoption: components["schemas"]["AdoptionFigures"] & {
            team: string;
            title: string;
        };
        TeamAdoptionPage: {
            migrationId: string;
            /** Format: date-time */
            generatedAt: string;
            /** Teams matching q, across all pages. */
            total: number;
            offset: number;
            items: components["schemas"]["TeamAdoption"][];
        };
        AdoptionHistory: {
            migrationId: string;
            /** Format: date */
            start: string;
            /** Format: date */
            sunset: string;
            points: {
                /**
                 * Format: date
                 * YYYY-MM-DD
                 */
                day: string;
                total: number;
                done: number;
                compliantDone: number;
                adoption: number;
                compliantAdoption: number;
            }[];
            forecast: components["schemas"]["Forecast"];
            /** The same forecast for each track's services apart, from its own history. */
            forecastByTrack: (components["schemas"]["Forecast"] & {
                track: components["schemas"]["Track"];
            })[];
        };
        LongTailReport: {
            migrationId: string;
            idleDays: number;
            afterSunset: boolean;
            /** Services matching the filters, across all pages. */
            total: number;
            offset: number;
            /** The whole long tail per quadrant, whatever the filters. */
            quadrants: {
                criticality: components["schemas"]["Level"];
                complexity: components["schemas"]["Level"];
                total: number;
            }[];
            /** One page, riskiest first. */
            items: {
                entityRef: string;
                title?: string;
                owner: string | null;
                ownerTitle?: string;
                stage: components["schemas"]["Stage"];
                /** Days since the stage last changed. */
                daysIdle: number;
                /** Format: date-time */
                lastChange: string;
                criticality: components["schemas"]["Level"];
                complexity: components["schemas"]["Level"];
                track: components["schemas"]["Track"];
                /** The sunset has passed and the service is still not migrated. */
                stranded: boolean;
                /**
                 * Format: date-time
                 * When it left the new platform, if it rolled back; not a never-started service.
                 */
                rolledBackAt?: string | null;
            }[];
        };
        Leaderboard: {
            migrationId: string;
            period: "all" | "month";
            /**
             * Format: date
             * YYYY-MM-DD; the first day counted.
             */
            periodStart: string;
            /** Format: date-time */
            generatedAt: string;
            /** Teams ranked (matching q), across all pages. */
            total: number;
            offset: number;
            /** One page of the ranking, best first. */
            entries: components["schemas"]["LeaderboardEntry"][];
            /** The entries of the teams asked for with team, wherever they rank, so a team sees its own place beyond the first page; may repeat entries of the page. */
            pinned: components["schemas"]["LeaderboardEntry"][];
            scoring: components["schemas"]["LeaderboardScoring"];
        };
        /** How scores were computed (see the backend README's Leaderboard score). */
        LeaderboardScoring: {
            earlinessWeight: number;
            complianceWeight: number;
            /** The prior's strength, in services at the organisation's mean. */
            priorStrength: number;
            /** The prior's centre, the organisation's mean per service, as a score (0–100). */
            organisationMean: number;
            /** The most one service can earn: (1 + earlinessWeight) × (1 + complianceWeight). */
            maxPoints: number;
        };
        TeamScoreExplanation: {
            migrationId: string;
            period: "all" | "month";
            /** Format: date */
            periodStart: string;
            team: string;
            title: string;
            rank: number;
            /** The score on the leaderboard, with the prior. */
            score: number;
            /** The team's own services alone, without the prior: 100 × Σ points / (n × maxPoints). */
            rawScore: number;
            /** score − rawScore: what the prior added (or took away). */
            priorEffect: number;
            migrated: number;
            total: number;
            scoring: components["schemas"]["LeaderboardScoring"];
            /** The services the caller may read, most points first. */
            services: {
                entityRef: string;
                title?: string;
                stage: components["schemas"]["Stage"];
                track: components["schemas"]["Track"];
                /**
                 * Format: date-time
                 * When it went live (or was retired); null when it is not done.
                 */
                migratedAt: string | null;
                /** Its points count in the period: done, and (for month) done this month. */
                counted: boolean;
                /** 0–1; null when it is not done. */
                earliness: number | null;
                /**
                 * window (Solo Trek: how early in the migration window), wave (Caravan: against its wave's planned end) or no-wave (Caravan without a planned wave: neutral, 0.5).
                 */
                earlinessBasis: "window" | "wave" | "no-wave" | null;
                /**
                 * Format: date-time
                 * The planned end of its wave, when earliness was measured against it.
                 */
                plannedEnd: string | null;
                /** 0–1: passed items plus half the waived ones, over all; null when not done. */
                compliance: number | null;
                waivedItems: number;
                points: number;
            }[];
            /** Services of the team the caller may not read, counted but not named. */
            hiddenServices: {
                count: number;
                points: number;
            };
            badges: {
                badge: "trailblazer" | "early-mover" | "clean-creed" | "migration-hero";
                rule: string;
                detail: string;
            }[];
        };
        LeaderboardEntry: {
            rank: number;
            team: string;
            title: string;
            score: number;
            migrated: number;
            total: number;
            compliant: number;
            badges: ("trailblazer" | "early-mover" | "clean-creed" | "migration-hero")[];
            /** Places gained (+) or lost (-) since the previous period; null when new. */
            rankChange: number | null;
        };
        HeroNomination: {
            id: string;
            month: string;
            nominee: string;
            nominator: string;
            reason: string;
            /** Format: date-time */
            createdAt: string;
        };
        HeroOfMonth: {
            /** YYYY-MM in soloTrek.timeZone. */
            month: string;
            nominee: string | null;
            title?: string;
            nominations: number;
            /** The reasons of the nominee's nominations, oldest first. */
            reasons: string[];
            /** The month has ended (at midnight in soloTrek.timeZone) and its winner is recorded for good; false for the running month's standings. */
            closed: boolean;
            /**
             * Format: date-time
             * When the month ended, in soloTrek.timeZone.
             */
            closedAt?: string;
        };
        Heroes: {
            /** The IANA zone months are counted in (soloTrek.timeZone). */
            timeZone: string;
            current: components["schemas"]["HeroOfMonth"];
            /** The Hall of heroes, newest first; only the month asked for with month. */
            past: components["schemas"]["HeroOfMonth"][];
            mine?: components["schemas"]["HeroNomination"];
        };
        TeamServices: {
            migrationId: string;
            team: string;
            items: {
                entityRef: string;
                title?: string;
                stage: components["schemas"]["Stage"];
                live: boolean;
                track: components["schemas"]["Track"];
                criticality: components["schemas"]["Level"];
                complexity: components["schemas"]["Level"];
                wave: string | null;
                passed: number;
                failed: number;
                waived: number;
                unknown: number;
                total: number;
                mustPass: boolean;
                /** Format: date-time */
                lastChange: string;
                /**
                 * Format: date-time
                 * When it last left the new platform, if it ever rolled back.
                 */
                rolledBackAt?: string | null;
            }[];
        };
        Error: {
            error: {
                name: string;
                message: string;
            };
            request?: {
                method?: string;
                url?: string;
            };
            response?: {
                statusCode?: number;
            };
        };
        Stage: "not-started" | "planning" | "in-progress" | "migrated" | "decommissioned" | "retired";
        /**
         * Where the stage came from: `live` (the catalog shows the service on the new platform), `annotation` (solo-trek.io/stage), `api` (set through this API) or `default`.
         */
        StageSource: "live" | "annotation" | "api" | "default";
        Level: "low" | "high";
        Track: "solo-trek" | "caravan";
        CheckStatus: "pass" | "fail" | "waived" | "unknown";
        Remediation: {
            text: string;
            url?: string;
            /** A scaffolder template that fixes the item, as a full ref (template:default/add-prometheus-metrics); it takes the service as its entityRef parameter. */
            template?: string;
        };
        CreedItem: {
            id: string;
            title: string;
            description?: string;
            severity: "must" | "should";
            waivable: boolean;
            /** The rule in words. */
            rule: string;
            remediation?: components["schemas"]["Remediation"];
        };
        Migration: {
            id: string;
            title: string;
            description?: string;
            from: string;
            to: string;
            window: {
                /** Format: date */
                start: string;
                /** Format: date */
                sunset: string;
            };
            daysToSunset: number;
            scope: {
                [key: string]: string | string[];
            };
            /** The liveWhen rule in words. */
            liveWhen: string;
            creed: components["schemas"]["CreedItem"][];
            lastScan?: components["schemas"]["ScanStatus"];
            /** What the platform team offers each track, where configured. */
            tracks?: {
                soloTrek?: components["schemas"]["TrackContract"];
                caravan?: components["schemas"]["TrackContract"];
            };
        };
        ScanStatus: {
            /** Format: date-time */
            startedAt?: string;
            /** Format: date-time */
            finishedAt?: string;
            entities?: number;
            rowsWritten?: number;
            /** Why the last scan failed, for readers; the backend log has the detail under the log id it names. */
            error?: string;
            /** Entities the last scan could not evaluate or store; the rest were written. */
            failedEntities?: number;
            /** True when the last scan failed and results are from an earlier one. */
            stale: boolean;
        };
        Evidence: {
            rule: string;
            actual?: unknown;
            outcome: "pass" | "fail" | "unknown";
        };
        Waiver: {
            id: string;
            entityRef: string;
            creedId: string;
            reason: string;
            /** Format: date-time */
            expiresAt: string;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        WaiverRequest: {
            /** Format: uuid */
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
            /**
             * Format: date-time
             * The expiry the requester asked for.
             */
            requestedExpiresAt: string;
            requestedBy: string;
            /** Format: date-time */
            requestedAt: string;
            status: "pending" | "approved" | "denied" | "withdrawn";
            /** Who approved, denied or withdrew it, and when; null while pending. */
            decidedBy: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            /** Why it was denied, or the approver's note. */
            decisionNote: string | null;
            /**
             * Format: date-time
             * The expiry granted on approval, the one asked for or earlier.
             */
            grantedExpiresAt: string | null;
            /** The waiver an approval created. */
            waiverId: string | null;
        };
        WaiverRequestPage: {
            migrationId: string;
            /** Requests matching the query, across all pages. */
            total: number;
            offset: number;
            items: components["schemas"]["WaiverRequest"][];
        };
        Check: {
            id: string;
            title: string;
            description?: string;
            severity: "must" | "should";
            waivable: boolean;
            status: components["schemas"]["CheckStatus"];
            remediation?: components["schemas"]["Remediation"];
            /** Format: date-time */
            evaluatedAt: string;
            evidence: components["schemas"]["Evidence"][];
            waiver?: components["schemas"]["Waiver"];
        };
        Compliance: {
            passed: number;
            failed: number;
            waived: number;
            unknown: number;
            total: number;
        };
        HistoryEntry: {
            id: number;
            /**
             * The stage before; null for the first evaluation.
             */
            fromStage: "not-started" | "planning" | "in-progress" | "migrated" | "decommissioned" | "retired" | null;
            toStage: components["schemas"]["Stage"];
            source: components["schemas"]["StageSource"];
            actor: string | null;
            note: string | null;
            /** Format: date-time */
            at: string;
            rollback?: components["schemas"]["RollbackInfo"];
        };
        /** Set on a change that left the new platform (migrated or decommissioned to an earlier stage). */
        RollbackInfo: {
            /**
             * Format: date-time
             * When the service had gone live; the go-live the rollback undid.
             */
            wentLiveAt: string | null;
            /** A blameless post-mortem, if one is linked. */
            postMortemUrl: string | null;
        };
        RollbackReport: {
            migrationId: string;
            /** Every month (UTC) from the window's start to now, empty ones included; counts every rollback. */
            byMonth: {
                /** YYYY-MM */
                month: string;
                count: number;
            }[];
            /** Rollbacks of entities the caller may read, across all pages. */
            total: number;
            offset: number;
            /** Newest first. */
            items: {
                entityRef: string;
                title?: string;
                owner: string | null;
                /**
                 * null once the entity left the scope.
                 */
                track: "solo-trek" | "caravan" | null;
                fromStage: components["schemas"]["Stage"];
                toStage: components["schemas"]["Stage"];
                /** A person, a pipeline, or "live signal". */
                actor: string | null;
                reason: string | null;
                postMortemUrl: string | null;
                /** Format: date-time */
                wentLiveAt: string | null;
                /** Format: date-time */
                at: string;
            }[];
        };
        /**
         * Set by the platform team.
         */
        WaveStatus: "planned" | "active" | "done" | "rolled-back";
        DependencyWarning: {
            /** The member whose dependency is the problem. */
            entityRef: string;
            /** What it depends on (a catalog dependsOn relation). */
            dependency: string;
            dependencyTitle?: string;
            /**
             * later-wave (the dependency moves in a later wave), solo-trek-not-done (a Solo Trek service not yet migrated) or no-wave (a Caravan service in no wave yet).
             */
            reason: "later-wave" | "solo-trek-not-done" | "no-wave";
            /** The dependency's wave, for `later-wave`. */
            dependencyWave: string | null;
            /** The problem in words. */
            message: string;
        };
        WaveFields: {
            id: string;
            title: string;
            /** Waves move in this order; equal orders move together. */
            order: number;
            /**
             * Format: date
             * YYYY-MM-DD; null for waves carried over from before they had dates.
             */
            plannedStart: string | null;
            /** Format: date */
            plannedEnd: string | null;
            status: components["schemas"]["WaveStatus"];
            /**
             * done (closed, or every member moved), late (open past its planned end), on-schedule, rolled-back, or unscheduled (no planned end).
             */
            schedule: "on-schedule" | "late" | "done" | "rolled-back" | "unscheduled";
            /** Members, and how many are done (migrated, decommissioned, retired). */
            total: number;
            done: number;
            /**
             * Format: date-time
             * When the last member went live, once every member is done.
             */
            completedAt: string | null;
            updatedBy: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        Wave: components["schemas"]["WaveFields"] & {
            /** Dependency warnings over all members. */
            warnings: number;
            /** The members the caller may read. */
            members: {
                entityRef: string;
                title?: string;
                owner: string | null;
                stage: components["schemas"]["Stage"];
                done: boolean;
                warnings: components["schemas"]["DependencyWarning"][];
            }[];
        };
        WaveRequest: {
            title: string;
            order?: number;
            /** YYYY-MM-DD */
            plannedStart: string;
            /** YYYY-MM-DD, on or after plannedStart. */
            plannedEnd: string;
            status?: components["schemas"]["WaveStatus"];
        };
        /** Waves by where they stand, the Caravan's progress metric. */
        WaveCompletion: {
            /** Waves in the plan (rolled-back ones included). */
            total: number;
            done: number;
            onSchedule: number;
            late: number;
            rolledBack: number;
            unscheduled: number;
        };
        CaravanForecast: {
            status: "on-track" | "at-risk" | "late" | "complete";
            /**
             * Format: date
             * The latest planned end of the open waves.
             */
            projectedCompletion: string | null;
            /** Format: date */
            sunset: string;
            lateWaves: number;
            /** Caravan services not done and in no wave. */
            unplaced: number;
            /** Why, in words. */
            reason: string;
        };
        WavePlanReport: {
            migrationId: string;
            /** Format: date-time */
            generatedAt: string;
            /** In order, then by id. */
            waves: components["schemas"]["Wave"][];
            completion: components["schemas"]["WaveCompletion"];
            /** Caravan services not done and in no wave. */
            unplaced: number;
            /** The first 200 of them the caller may read, to place in a wave. */
            unplacedServices: {
                entityRef: string;
                title?: string;
                owner: string | null;
                stage: components["schemas"]["Stage"];
            }[];
            forecast: components["schemas"]["CaravanForecast"];
        };
        TrackProgress: {
            migrationId: string;
            /** Format: date-time */
            generatedAt: string;
            /** Service adoption of the Solo Trek track, with its forecast from the track's go-live dates. */
            soloTrek: {
                figures: components["schemas"]["AdoptionFigures"];
                forecast: components["schemas"]["Forecast"];
            };
            /** Wave completion of the Caravan track, with its forecast from the wave plan. */
            caravan: {
                figures: components["schemas"]["AdoptionFigures"];
                completion: components["schemas"]["WaveCompletion"];
                unplaced: number;
                forecast: components["schemas"]["CaravanForecast"];
            };
        };
        DecommissionTailReport: {
            migrationId: string;
            /** soloTrek.decommission.graceDays */
            graceDays: number;
            /** Services in the tail the caller may read, across all pages. */
            total: number;
            offset: number;
            /** The longest-running first. */
            items: {
                entityRef: string;
                title?: string;
                owner: string | null;
                ownerTitle?: string;
                track: components["schemas"]["Track"];
                criticality: components["schemas"]["Level"];
                complexity: components["schemas"]["Level"];
                /**
                 * Format: date-time
                 * When it went live on the new platform.
                 */
                migratedAt: string;
                daysSinceMigrated: number;
            }[];
        };
        /** What the platform team promises a track: for the Solo Trek self-service docs, a support channel and office hours; for the Caravan the plan (docsUrl) and a liaison. */
        TrackContract: {
            /** Solo Trek: the self-service docs. Caravan: the migration plan. */
            docsUrl?: string;
            supportChannelUrl?: string;
            /** In words, e.g. "Thursdays 14:00–15:00 CET". */
            officeHours?: string;
            /** A user or group entity ref. */
            liaison?: string;
        };
        TrackDecision: {
            id: number;
            /**
             * null for the first decision.
             */
            fromTrack: "solo-trek" | "caravan" | null;
            toTrack: components["schemas"]["Track"];
            /**
             * first-evaluation (the quadrant at the first evaluation), annotation (solo-trek.io/track, read at the first evaluation) or platform-team (PUT …/track).
             */
            source: "first-evaluation" | "annotation" | "platform-team";
            actor: string | null;
            note: string | null;
            /** Format: date-time */
            at: string;
        };
        SegmentationSignal: {
            /** What was read, in words: `tier label "tier"`, `dependsOn`. */
            name: string;
            /** The value read, or the count of relations. */
            value: string | number;
            /** A level for criticality, points (+3) for complexity. */
            effect: string;
            /** Some of the entities behind a count (at most 10). */
            refs?: string[];
            /** It decided the level (criticality: the first signal that maps wins). */
            decisive: boolean;
        };
        AxisExplanation: {
            level: components["schemas"]["Level"];
            /**
             * `annotation`: set explicitly in catalog-info.yaml; `signals`; `default`.
             */
            source: "annotation" | "signals" | "default";
            /** One line: `high: tier label "tier" is tier-0`. */
            summary: string;
            signals: components["schemas"]["SegmentationSignal"][];
            /** Complexity only: the points of the signals and the threshold for high. */
            score?: number;
            threshold?: number;
        };
        TrackDriftReport: {
            migrationId: string;
            /** Services drifting, across all pages. */
            total: number;
            offset: number;
            items: {
                entityRef: string;
                title?: string;
                owner: string | null;
                ownerTitle?: string;
                stage: components["schemas"]["Stage"];
                track: components["schemas"]["Track"];
                computedTrack: components["schemas"]["Track"];
                criticality: components["schemas"]["Level"];
                complexity: components["schemas"]["Level"];
                reason: string;
                /**
                 * Format: date-time
                 * When the pinned track was decided, and by whom (null: the scan).
                 */
                pinnedAt: string;
                pinnedBy: string | null;
            }[];
        };
        EntityCard: {
            migrationId: string;
            entityRef: string;
            title?: string;
            owner: string | null;
            stage: components["schemas"]["Stage"];
            stageSource: components["schemas"]["StageSource"];
            live: boolean;
            track: components["schemas"]["Track"];
            quadrant: {
                criticality: components["schemas"]["Level"];
                complexity: components["schemas"]["Level"];
            };
            wave: string | null;
            daysToSunset: number;
            /** Format: date */
            sunset: string;
            checks: components["schemas"]["Check"][];
            compliance: components["schemas"]["Compliance"];
            history: components["schemas"]["HistoryEntry"][];
            waivers: components["schemas"]["Waiver"][];
            /** Format: date-time */
            evaluatedAt: string;
            stale?: boolean;
            /** How the pinned track was decided (the newest of trackHistory); null only before the first scan records it. */
            trackDecision: {
                id: number;
                /**
                 * null for the first decision.
                 */
                fromTrack: "solo-trek" | "caravan" | null;
                toTrack: components["schemas"]["Track"];
                source: "first-evaluation" | "annotation" | "platform-team";
                actor: string | null;
                note: string | null;
                /** Format: date-time */
                at: string;
            } | null;
            /** Set when the quadrant now gives the other track; the track stays until the platform team decides. */
            trackDrift: {
                computedTrack: components["schemas"]["Track"];
                /** Why, in words, from the signals. */
                reason: string;
            } | null;
            /** Every decision about the track, newest first. */
            trackHistory: components["schemas"]["TrackDecision"][];
            /** The signals behind criticality and complexity (SegmentationExplanation); null for results stored before they were kept. */
            segmentation: {
                criticality: components["schemas"]["AxisExplanation"];
                complexity: components["schemas"]["AxisExplanation"];
            } | null;
            /** The service's wave of the plan, with its dates, where it stands and this service's own dependency warnings. */
            waveDetail: {
                id: string;
                title: string;
                /** Waves move in this order; equal orders move together. */
                order: number;
                /**
                 * Format: date
                 * YYYY-MM-DD; null for waves carried over from before they had dates.
                 */
                plannedStart: string | null;
                /** Format: date */
                plannedEnd: string | null;
                status: components["schemas"]["WaveStatus"];
                schedule: "on-schedule" | "late" | "done" | "rolled-back" | "unscheduled";
                /** Members, and how many are done (migrated, decommissioned, retired). */
                total: number;
                done: number;
                /**
                 * Format: date-time
                 * When the last member went live, once every member is done.
                 */
                completedAt: string | null;
                updatedBy: string | null;
                /** Format: date-time */
                updatedAt: string;
                /** Dependency warnings over all members. */
                warnings: components["schemas"]["DependencyWarning"][];
            } | null;
            /** The next sunset reminder; absent when nudges are off or the service is done. */
            nextNudge?: components["schemas"]["NextNudge"];
        };
        NudgeTopic: "solo-trek.sunset" | "solo-trek.creed" | "solo-trek.waiver" | "solo-trek.stage" | "solo-trek.milestone" | "solo-trek.digest";
        NudgeSeverity: "critical" | "high" | "normal" | "low";
        /** The next sunset reminder the service will get; absent when nudges are off or the service is done. */
        NextNudge: {
            /**
             * Format: date
             * YYYY-MM-DD, the day it is due (in the nudges' time zone).
             */
            on: string;
            /** Days from today. */
            inDays: number;
            topic: components["schemas"]["NudgeTopic"];
            /** What it will say, e.g. `30 days to sunset`. */
            title: string;
        };
        NudgePreviewItem: {
            /** The nudge's identity in the migration; a sweep sends each key once. */
            key: string;
            topic: components["schemas"]["NudgeTopic"];
            severity: components["schemas"]["NudgeSeverity"];
            title: string;
            description: string;
            /** A path in the app, such as the service's Migration tab. */
            link: string;
            recipients: {
                /** Everyone: milestones are broadcast. */
                broadcast: boolean;
                /** Groups (the notifications backend sends to their members) or people; empty for a broadcast. */
                entityRefs: string[];
            };
            /** The service it is about, if one. */
            entityRef?: string;
            /** The owning team it is about (digests, escalations). */
            team?: string;
            /** How many per-service nudges a digest carries; 0 for the others. */
            covers: number;
        };
        NudgePreview: {
            migrationId: string;
            /** soloTrek.nudges.enabled: when false, nothing is sent. */
            enabled: boolean;
            /** Format: date-time */
            generatedAt: string;
            /** Notifications the sweep would send, across all pages. */
            total: number;
            offset: number;
            /** Notifications per topic, across all pages. */
            byTopic: {
                [key: string]: number;
            };
            /** Per-service nudges folded into team digests. */
            folded: number;
            items: components["schemas"]["NudgePreviewItem"][];
        };
        /**
         * Which side of the move a point describes.
         */
        OutcomePlatform: "old" | "new";
        /**
         * The balanced scorecard's perspective a metric belongs to.
         */
        OutcomePerspective: "business" | "technical" | "financial" | "human";
        /** One outcome data point. POST /facts checks each point on its own, so a bad one does not refuse the batch: a known metric, a finite value (built-in metrics are never negative), a time with a zone within the entity's migration window give or take a year and not in the future, and an entity in the scope of a migration that the caller may read. */
        OutcomePoint: {
            /** A catalog entity ref with its kind, e.g. component:default/ledger. */
            entityRef: string;
            /** deployments, leadTimeHours, incidents, latencyP95Ms, costPerMonth or one under soloTrek.outcomes.metrics. */
            metric: string;
            /** A finite number; built-in metrics are never negative. */
            value: number;
            /** ISO 8601 with a zone (2026-11-03T10:15:00Z), or a date meaning UTC midnight. */
            at: string;
            /** Defaults to the service's state at `at`: old before its go-live, new after. */
            platform?: components["schemas"]["OutcomePlatform"];
        };
        RejectedOutcomePoint: {
            /** The point's index in the batch. */
            index: number;
            message: string;
        };
        ReportOutcomesResponse: {
            /** Points stored. */
            accepted: number;
            rejected: components["schemas"]["RejectedOutcomePoint"][];
        };
        /** A 400 of POST /facts; the points not listed in rejected were stored. */
        ReportOutcomesError: components["schemas"]["Error"] & components["schemas"]["ReportOutcomesResponse"];
        OutcomeMetric: {
            id: string;
            title: string;
            unit: string;
            /**
             * How one day's points become one value. A sum metric is compared as a rate per rateDays days; a median metric as the median of its days.
             */
            aggregation: "sum" | "median";
            higherIsBetter: boolean;
            perspective: components["schemas"]["OutcomePerspective"];
            builtIn: boolean;
        };
        /** Per-service values on one platform, how many services have one, and their median. */
        OutcomeSide: {
            services: number;
            median: number | null;
        };
        /** The services with a value both before and after go-live. */
        OutcomePairing: {
            services: number;
            medianBefore: number | null;
            medianAfter: number | null;
            /** (after − before) / before of the paired medians, in %; null without pairs or from 0. */
            changePercent: number | null;
            /** Paired services that got better (in the metric's direction). */
            improved: number;
            worsened: number;
        };
        OutcomeMetricSummary: {
            metric: string;
            before: components["schemas"]["OutcomeSide"];
            after: components["schemas"]["OutcomeSide"];
            paired: components["schemas"]["OutcomePairing"];
        };
        /** Pulse answers of a group. distribution (counts of scores 1 to 5) and mean are null when fewer than pulse.minGroupSize people answered, so no answer can be traced to a person. */
        SatisfactionSummary: {
            responses: number;
            services: number;
            distribution: number[] | null;
            mean: number | null;
        };
        OutcomeGroupSummary: {
            /** In-scope services of the group. */
            services: number;
            metrics: components["schemas"]["OutcomeMetricSummary"][];
            satisfaction: components["schemas"]["SatisfactionSummary"];
        };
        OutcomeSeries: {
            metric: string;
            points: {
                /** Days from go-live to the first day of the week: -7 is the week before. */
                day: number;
                services: number;
                median: number;
            }[];
        };
        OutcomesReport: {
            migrationId: string;
            /** Format: date-time */
            generatedAt: string;
            from: string;
            to: string;
            /** Days before and after go-live each service is compared over. */
            comparisonDays: number;
            /** Days a sum metric's rate is given per. */
            rateDays: number;
            /** Days per point of the series. */
            bucketDays: number;
            metrics: components["schemas"]["OutcomeMetric"][];
            overall: components["schemas"]["OutcomeGroupSummary"];
            byTrack: (components["schemas"]["OutcomeGroupSummary"] & {
                track: components["schemas"]["Track"];
            })[];
            series: components["schemas"]["OutcomeSeries"][];
            pulse: {
                question: string;
                delayDays: number;
                minGroupSize: number;
            };
            /** In-scope services that reported at least one point. */
            reportingServices: number;
            teamCount: number;
        };
        OutcomeTeam: components["schemas"]["OutcomeGroupSummary"] & {
            team: string;
            title: string;
        };
        OutcomeTeamsPage: {
            migrationId: string;
            /** Format: date-time */
            generatedAt: string;
            total: number;
            offset: number;
            items: components["schemas"]["OutcomeTeam"][];
        };
        PulseCommentsPage: {
            migrationId: string;
            total: number;
            offset: number;
            items: {
                score: number;
                comment: string;
                /** null when fewer than pulse.minGroupSize people of the team answered. */
                team: string | null;
                /** YYYY-MM of the answer. */
                month: string;
            }[];
        };
        EntityPulse: {
            question: string;
            status: "not-live" | "not-yet" | "open";
            /** Format: date-time */
            opensAt: string | null;
            /** The caller owns the service and may answer. */
            canAnswer: boolean;
            /** The caller's own answer. */
            answer: {
                score: number;
                comment: string | null;
                /** Format: date-time */
                answeredAt: string;
                /** Format: date-time */
                updatedAt: string;
            } | null;
        };
        EntityOutcomes: {
            migrationId: string;
            entityRef: string;
            /** Format: date-time */
            goLiveAt: string | null;
            comparisonDays: number;
            rateDays: number;
            metrics: components["schemas"]["OutcomeMetric"][];
            values: {
                metric: string;
                before: number | null;
                after: number | null;
                changePercent: number | null;
                /** Whether after is better than before; null without both. */
                better: boolean | null;
            }[];
            pulse: components["schemas"]["EntityPulse"];
        };
    };
    responses: {
        /** An error, with a message that says what to fix. */
        ErrorResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** The id of a configured migration. */
        migrationId: string;
        kind: string;
        namespace: string;
        name: string;
        waiverId: string;
        /** The id of a wave of the migration's plan. */
        waveId: string;
        /** The id of a waiver request. */
        requestId: string;
        /** json (the default) or csv, a spreadsheet-ready export with a header row. */
        format: "json" | "csv";
        /** all (the default) ranks the whole window; month ranks the current calendar month. */
        period: "all" | "month";
        limit: string;
        offset: string;
        /** Keeps teams whose title or ref contains this text, ignoring case. */
        q: string;
        /** Only services of this business criticality. */
        criticality: components["schemas"]["Level"];
        /** Only services of this migration complexity. */
        complexity: components["schemas"]["Level"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
/**
 * The Solo Trek API's operations, from openapi.yaml; exported as SoloTrekWireOperations.
 * @public
 */
export interface operations {
    GetHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The plugin is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: "ok";
                    };
                };
            };
        };
    };
    ListMigrations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The migrations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Migration"][];
                    };
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetMigration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** One migration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Migration"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetEntityCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The card. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityCard"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    UpdateStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    stage: components["schemas"]["Stage"];
                    note?: string;
                    /** For a rollback (migrated or decommissioned to an earlier stage), a link to its blameless post-mortem (http or https). */
                    postMortemUrl?: string;
                };
            };
        };
        responses: {
            /** The card after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityCard"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    CreateWaiver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    creedId: string;
                    reason: string;
                    /** A date (YYYY-MM-DD, end of that day UTC) or a date-time. */
                    expiresAt: string;
                };
            };
        };
        responses: {
            /** The waiver. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Waiver"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    DeleteWaiver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
                waiverId: components["parameters"]["waiverId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListEntityWaiverRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaiverRequestPage"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    RequestWaiver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    creedId: string;
                    reason: string;
                    /** The expiry wanted, a date (YYYY-MM-DD, end of that day UTC) or a date-time. */
                    expiresAt: string;
                };
            };
        };
        responses: {
            /** The pending request. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaiverRequest"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    SetWave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    wave: string | null;
                };
            };
        };
        responses: {
            /** The card after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityCard"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    SetTrack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    track: components["schemas"]["Track"];
                    note: string;
                };
            };
        };
        responses: {
            /** The card after the decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityCard"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    RefreshEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The card after re-evaluation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityCard"];
                };
            };
            /** Refreshed too recently, or too many refreshes waiting; retry after Retry-After seconds. */
            429: {
                headers: {
                    /** Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetAdoption: {
        parameters: {
            query?: {
                /** json (the default) or csv, a spreadsheet-ready export with a header row. */
                format?: components["parameters"]["format"];
            };
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The adoption report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdoptionReport"];
                    "text/csv": string;
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetTeamAdoption: {
        parameters: {
            query?: {
                limit?: components["parameters"]["limit"];
                offset?: components["parameters"]["offset"];
                /** Keeps teams whose title or ref contains this text, ignoring case. */
                q?: components["parameters"]["q"];
                /** adoption (the default), compliantAdoption, total (services) or title. */
                sort?: "adoption" | "compliantAdoption" | "total" | "title";
                /** desc (the default) or asc. */
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamAdoptionPage"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetAdoptionHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The series. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdoptionHistory"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetLongTail: {
        parameters: {
            query?: {
                /** json (the default) or csv, a spreadsheet-ready export with a header row. */
                format?: components["parameters"]["format"];
                limit?: components["parameters"]["limit"];
                offset?: components["parameters"]["offset"];
                /** Only services of this business criticality. */
                criticality?: components["parameters"]["criticality"];
                /** Only services of this migration complexity. */
                complexity?: components["parameters"]["complexity"];
            };
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The long tail. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LongTailReport"];
                    "text/csv": string;
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetLeaderboard: {
        parameters: {
            query?: {
                /** all (the default) ranks the whole window; month ranks the current calendar month. */
                period?: components["parameters"]["period"];
                limit?: components["parameters"]["limit"];
                offset?: components["parameters"]["offset"];
                /** Keeps teams whose title or ref contains this text, ignoring case. */
                q?: components["parameters"]["q"];
                /** A group ref (group:default/payments) whose entry comes back in pinned; repeat for more, at most 20. */
                team?: string[];
            };
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The leaderboard. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Leaderboard"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    ExplainTeamScore: {
        parameters: {
            query?: {
                /** all (the default) ranks the whole window; month ranks the current calendar month. */
                period?: components["parameters"]["period"];
            };
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The breakdown. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamScoreExplanation"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetHeroes: {
        parameters: {
            query?: {
                /** Only this month (YYYY-MM) in past; a month after the running one is refused. */
                month?: string;
            };
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The heroes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Heroes"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    NominateHero: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** A group or user entity ref. */
                    nominee: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** The nomination. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeroNomination"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetTeamServices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The services. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamServices"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetWavePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WavePlanReport"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    CreateWave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Lowercase letters, digits and dashes. */
                    id: string;
                    title: string;
                    order?: number;
                    plannedStart: string;
                    plannedEnd: string;
                    status?: components["schemas"]["WaveStatus"];
                };
            };
        };
        responses: {
            /** The wave. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wave"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    UpdateWave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                /** The id of a wave of the migration's plan. */
                waveId: components["parameters"]["waveId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WaveRequest"];
            };
        };
        responses: {
            /** The wave. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wave"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    DeleteWave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                /** The id of a wave of the migration's plan. */
                waveId: components["parameters"]["waveId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetTrackProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The progress of each track. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackProgress"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetDecommissionTail: {
        parameters: {
            query?: {
                /** json (the default) or csv, a spreadsheet-ready export with a header row. */
                format?: components["parameters"]["format"];
                limit?: components["parameters"]["limit"];
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The decommission tail. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecommissionTailReport"];
                    "text/csv": string;
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetRollbacks: {
        parameters: {
            query?: {
                limit?: components["parameters"]["limit"];
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The rollbacks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RollbackReport"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetTrackDrift: {
        parameters: {
            query?: {
                limit?: components["parameters"]["limit"];
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The drift list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackDriftReport"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetNudgePreview: {
        parameters: {
            query?: {
                limit?: components["parameters"]["limit"];
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The notifications of the next sweep. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NudgePreview"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    ReportOutcomes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    points: unknown[];
                };
            };
        };
        responses: {
            /** Every point was stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportOutcomesResponse"];
                };
            };
            /** Some points were refused (listed by index); the others were stored. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportOutcomesError"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetOutcomes: {
        parameters: {
            query?: {
                /** json (the default) or csv, a spreadsheet-ready export with a header row. */
                format?: components["parameters"]["format"];
            };
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The scorecard. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomesReport"];
                    "text/csv": string;
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetOutcomeTeams: {
        parameters: {
            query?: {
                limit?: components["parameters"]["limit"];
                offset?: components["parameters"]["offset"];
                /** Keeps teams whose title or ref contains this text, ignoring case. */
                q?: components["parameters"]["q"];
            };
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeTeamsPage"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetPulseComments: {
        parameters: {
            query?: {
                limit?: components["parameters"]["limit"];
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of comments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PulseCommentsPage"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetEntityOutcomes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The service's outcomes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityOutcomes"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    AnswerPulse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    score: number;
                    comment?: string;
                };
            };
        };
        responses: {
            /** The pulse with the answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityPulse"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListWaiverRequests: {
        parameters: {
            query?: {
                /** pending (the default), approved, denied, withdrawn, or all. */
                status?: "pending" | "approved" | "denied" | "withdrawn" | "all";
                limit?: components["parameters"]["limit"];
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** One page of requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaiverRequestPage"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    ApproveWaiverRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                /** The id of a waiver request. */
                requestId: components["parameters"]["requestId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** An earlier expiry than the one asked for (YYYY-MM-DD or a date-time). */
                    expiresAt?: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** The approved request, with its waiver. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaiverRequest"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    DenyWaiverRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                /** The id of a waiver request. */
                requestId: components["parameters"]["requestId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Why, for the requester. */
                    reason: string;
                };
            };
        };
        responses: {
            /** The denied request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaiverRequest"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    WithdrawWaiverRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                /** The id of a waiver request. */
                requestId: components["parameters"]["requestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The withdrawn request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaiverRequest"];
                };
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
}
