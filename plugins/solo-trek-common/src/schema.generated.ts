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
        /** @description Liveness probe; the only route open without a token. */
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
        /** @description The configured migrations, with their window and Creed. */
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
        /** @description The migration card of one catalog entity. 404 when it is outside the migration's scope. */
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
        /** @description Sets the stage. Owners of the entity may do it, and service principals listed in soloTrek.stageReporters. A move backwards needs a note. */
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
        /** @description Waives one waivable Creed item for this entity until a date. Platform team only. */
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
    "/migrations/{migrationId}/entities/{kind}/{namespace}/{name}/wave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Assigns a caravan service to a wave, or clears it with null. Platform team only. */
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
        /** @description The platform team's decision about the service's track, with a note saying why: the only way a pinned track changes. Restating the current track records a confirmation. Leaving the caravan leaves its wave. Platform team only. */
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
        /** @description Re-evaluates one entity now, facts (probes) included. For its owners, the platform team and the service principals listed in soloTrek.stageReporters; once per entity per soloTrek.refresh.cooldownSeconds (429 with Retry-After before that, or when the refresh queue is full). */
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
        /** @description Service adoption: totals, counts per stage, adoption and compliant adoption, breakdowns per team, track, wave and quadrant, Creed item statistics and the forecast (AdoptionReport). With format=csv, the per-team breakdown as CSV. */
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
        /** @description One page of the adoption breakdown per owning team (TeamAdoptionPage), sorted by sort and order, ties broken by team ref. */
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
        /** @description The daily adoption series with the forecast (AdoptionHistory). */
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
        /** @description Services not migrated that have not started or have not changed stage for soloTrek.longTail.idleDays, riskiest first (LongTailReport). After the sunset, every service not migrated, marked stranded. */
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
        /** @description Owning teams ranked by score, with badges and rank change (Leaderboard), a page at a time, with the entries of the teams named by team wherever they rank. */
        get: operations["GetLeaderboard"];
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
        /** @description The current and past Migration Heroes, and the caller's nomination (HeroesResponse). */
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
        /** @description Nominates a team or a person as this month's Migration Hero; one nomination per person per month. */
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
        /** @description A team's in-scope services with stage, track and compliance (TeamServices). */
        get: operations["GetTeamServices"];
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
        /** @description Services whose quadrant now gives the other track than their pinned one, with the reason and the decision that pinned them (TrackDriftReport), a page at a time. */
        get: operations["GetTrackDrift"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
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
            /** @description migrated + decommissioned + retired */
            done: number;
            /** @description Live and passing every must item, plus retired services. */
            compliantDone: number;
            adoption: number;
            compliantAdoption: number;
        };
        Forecast: {
            /** @enum {string} */
            status: "on-track" | "at-risk" | "late" | "complete";
            /** Format: date */
            projectedCompletion: string | null;
            /** Format: date */
            sunset: string;
            weeklyRate: number;
            requiredWeeklyRate: number;
            remaining: number;
            basedOnWeeks: number;
        };
        AdoptionReport: {
            migrationId: string;
            /** Format: date-time */
            generatedAt: string;
            /** Format: date */
            sunset: string;
            daysToSunset: number;
            totals: components["schemas"]["AdoptionFigures"];
            /** @description Teams owning services in scope; GET .../adoption/teams pages through them. */
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
                /** @enum {string} */
                severity: "must" | "should";
                pass: number;
                fail: number;
                waived: number;
                unknown: number;
            }[];
            forecast: components["schemas"]["Forecast"];
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
            /** @description Teams matching q, across all pages. */
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
                /** Format: date */
                day: string;
                total: number;
                done: number;
                compliantDone: number;
                adoption: number;
                compliantAdoption: number;
            }[];
            forecast: components["schemas"]["Forecast"];
        };
        LongTailReport: {
            migrationId: string;
            idleDays: number;
            afterSunset: boolean;
            /** @description Services matching the filters, across all pages. */
            total: number;
            offset: number;
            /** @description The whole long tail per quadrant, whatever the filters. */
            quadrants: {
                criticality: components["schemas"]["Level"];
                complexity: components["schemas"]["Level"];
                total: number;
            }[];
            items: {
                entityRef: string;
                title?: string;
                owner: string | null;
                ownerTitle?: string;
                stage: components["schemas"]["Stage"];
                daysIdle: number;
                /** Format: date-time */
                lastChange: string;
                criticality: components["schemas"]["Level"];
                complexity: components["schemas"]["Level"];
                track: components["schemas"]["Track"];
                stranded: boolean;
            }[];
        };
        Leaderboard: {
            migrationId: string;
            /** @enum {string} */
            period: "all" | "month";
            /** Format: date */
            periodStart: string;
            /** Format: date-time */
            generatedAt: string;
            /** @description Teams ranked (matching q), across all pages. */
            total: number;
            offset: number;
            /** @description One page of the ranking, best first. */
            entries: components["schemas"]["LeaderboardEntry"][];
            /** @description The entries of the teams asked for with team, wherever they rank. */
            pinned: components["schemas"]["LeaderboardEntry"][];
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
            month: string;
            nominee: string | null;
            title?: string;
            nominations: number;
            reasons: string[];
        };
        Heroes: {
            current: components["schemas"]["HeroOfMonth"];
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
        /** @enum {string} */
        Stage: "not-started" | "planning" | "in-progress" | "migrated" | "decommissioned" | "retired";
        /**
         * @description Where the stage came from: `live` (the catalog shows the service on the new platform), `annotation` (solo-trek.io/stage), `api` (set through this API) or `default`.
         * @enum {string}
         */
        StageSource: "live" | "annotation" | "api" | "default";
        /** @enum {string} */
        Level: "low" | "high";
        /** @enum {string} */
        Track: "solo-trek" | "caravan";
        /** @enum {string} */
        CheckStatus: "pass" | "fail" | "waived" | "unknown";
        Remediation: {
            text: string;
            url?: string;
            /** @description A scaffolder template that fixes the item, as a full ref (template:default/add-prometheus-metrics); it takes the service as its entityRef parameter. */
            template?: string;
        };
        CreedItem: {
            id: string;
            title: string;
            description?: string;
            /** @enum {string} */
            severity: "must" | "should";
            waivable: boolean;
            /** @description The rule in words. */
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
            /** @description The liveWhen rule in words. */
            liveWhen: string;
            creed: components["schemas"]["CreedItem"][];
            lastScan?: components["schemas"]["ScanStatus"];
        };
        ScanStatus: {
            /** Format: date-time */
            startedAt?: string;
            /** Format: date-time */
            finishedAt?: string;
            entities?: number;
            rowsWritten?: number;
            /** @description Why the last scan failed, for readers; the backend log has the detail under the log id it names. */
            error?: string;
            /** @description Entities the last scan could not evaluate or store; the rest were written. */
            failedEntities?: number;
            /** @description True when the last scan failed and results are from an earlier one. */
            stale: boolean;
        };
        Evidence: {
            rule: string;
            actual?: unknown;
            /** @enum {string} */
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
        Check: {
            id: string;
            title: string;
            description?: string;
            /** @enum {string} */
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
            /** @description The stage before; null for the first evaluation. */
            fromStage?: string | null;
            toStage: components["schemas"]["Stage"];
            source: components["schemas"]["StageSource"];
            actor?: string | null;
            note?: string | null;
            /** Format: date-time */
            at: string;
        };
        TrackDecision: {
            id: number;
            /** @description null for the first decision. */
            fromTrack: components["schemas"]["Track"] | null;
            toTrack: components["schemas"]["Track"];
            /**
             * @description first-evaluation (the quadrant at the first evaluation), annotation (solo-trek.io/track, read at the first evaluation) or platform-team (PUT …/track).
             * @enum {string}
             */
            source: "first-evaluation" | "annotation" | "platform-team";
            actor: string | null;
            note: string | null;
            /** Format: date-time */
            at: string;
        };
        TrackDrift: {
            computedTrack: components["schemas"]["Track"];
            reason: string;
        };
        SegmentationSignal: {
            name: string;
            value: string | number;
            /** @description A level for criticality, points (+3) for complexity. */
            effect: string;
            refs?: string[];
            decisive: boolean;
        };
        AxisExplanation: {
            level: components["schemas"]["Level"];
            /** @enum {string} */
            source: "annotation" | "signals" | "default";
            summary: string;
            signals: components["schemas"]["SegmentationSignal"][];
            score?: number;
            threshold?: number;
        };
        SegmentationExplanation: {
            criticality: components["schemas"]["AxisExplanation"];
            complexity: components["schemas"]["AxisExplanation"];
        };
        TrackDriftReport: {
            migrationId: string;
            /** @description Services drifting, across all pages. */
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
                /** Format: date-time */
                pinnedAt: string;
                pinnedBy: string | null;
            }[];
        };
        EntityCard: {
            migrationId: string;
            entityRef: string;
            title?: string;
            owner?: string | null;
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
            sunset?: string;
            checks: components["schemas"]["Check"][];
            compliance: components["schemas"]["Compliance"];
            history: components["schemas"]["HistoryEntry"][];
            waivers: components["schemas"]["Waiver"][];
            /** Format: date-time */
            evaluatedAt: string;
            stale?: boolean;
            /** @description How the pinned track was decided. */
            trackDecision: components["schemas"]["TrackDecision"] | null;
            /** @description Set when the quadrant now gives the other track; the track stays until the platform team decides. */
            trackDrift: components["schemas"]["TrackDrift"] | null;
            /** @description Every decision about the track, newest first. */
            trackHistory: components["schemas"]["TrackDecision"][];
            /** @description The signals behind criticality and complexity. */
            segmentation: components["schemas"]["SegmentationExplanation"] | null;
        };
    };
    responses: {
        /** @description An error, with a message that says what to fix. */
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
        /** @description The id of a configured migration. */
        migrationId: string;
        kind: string;
        namespace: string;
        name: string;
        waiverId: string;
        /** @description json (the default) or csv, a spreadsheet-ready export with a header row. */
        format: "json" | "csv";
        /** @description all (the default) ranks the whole window; month ranks the current calendar month. */
        period: "all" | "month";
        limit: string;
        offset: string;
        /** @description Keeps teams whose title or ref contains this text, ignoring case. */
        q: string;
        /** @description Only services of this business criticality. */
        criticality: components["schemas"]["Level"];
        /** @description Only services of this migration complexity. */
        complexity: components["schemas"]["Level"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
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
            /** @description The plugin is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
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
            /** @description The migrations. */
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
                /** @description The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One migration. */
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
                /** @description The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card. */
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
                /** @description The id of a configured migration. */
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
                };
            };
        };
        responses: {
            /** @description The card after the change. */
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
                /** @description The id of a configured migration. */
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
                    /** @description A date (YYYY-MM-DD, end of that day UTC) or a date-time. */
                    expiresAt: string;
                };
            };
        };
        responses: {
            /** @description The waiver. */
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
                /** @description The id of a configured migration. */
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
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["ErrorResponse"];
        };
    };
    SetWave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of a configured migration. */
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
            /** @description The card after the change. */
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
                /** @description The id of a configured migration. */
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
            /** @description The card after the decision. */
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
                /** @description The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card after re-evaluation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityCard"];
                };
            };
            /** @description Refreshed too recently, or too many refreshes waiting; retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
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
                /** @description json (the default) or csv, a spreadsheet-ready export with a header row. */
                format?: components["parameters"]["format"];
            };
            header?: never;
            path: {
                /** @description The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The adoption report. */
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
                /** @description Keeps teams whose title or ref contains this text, ignoring case. */
                q?: components["parameters"]["q"];
                /** @description adoption (the default), compliantAdoption, total (services) or title. */
                sort?: "adoption" | "compliantAdoption" | "total" | "title";
                /** @description desc (the default) or asc. */
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                /** @description The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of teams. */
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
                /** @description The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series. */
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
                /** @description json (the default) or csv, a spreadsheet-ready export with a header row. */
                format?: components["parameters"]["format"];
                limit?: components["parameters"]["limit"];
                offset?: components["parameters"]["offset"];
                /** @description Only services of this business criticality. */
                criticality?: components["parameters"]["criticality"];
                /** @description Only services of this migration complexity. */
                complexity?: components["parameters"]["complexity"];
            };
            header?: never;
            path: {
                /** @description The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The long tail. */
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
                /** @description all (the default) ranks the whole window; month ranks the current calendar month. */
                period?: components["parameters"]["period"];
                limit?: components["parameters"]["limit"];
                offset?: components["parameters"]["offset"];
                /** @description Keeps teams whose title or ref contains this text, ignoring case. */
                q?: components["parameters"]["q"];
                /** @description A group ref (group:default/payments) whose entry comes back in pinned; repeat for more, at most 20. */
                team?: string[];
            };
            header?: never;
            path: {
                /** @description The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The leaderboard. */
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
    GetHeroes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The heroes. */
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
                /** @description The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nominee: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The nomination. */
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
                /** @description The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The services. */
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
    GetTrackDrift: {
        parameters: {
            query?: {
                limit?: components["parameters"]["limit"];
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path: {
                /** @description The id of a configured migration. */
                migrationId: components["parameters"]["migrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The drift list. */
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
}
