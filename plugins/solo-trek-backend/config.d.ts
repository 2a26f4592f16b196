import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

/** A Solo Trek rule: a leaf (one value, one operator) or all / any / not. */
type SoloTrekRule = {
  path?: string;
  annotation?: string;
  label?: string;
  tag?: string;
  link?: string;
  relation?: string;
  fact?: string;
  exists?: boolean;
  equals?: string | number | boolean | null;
  notEquals?: string | number | boolean | null;
  in?: Array<string | number | boolean>;
  /**
   * A regular expression (ECMAScript syntax) the value must match. Each
   * pattern is checked at startup: one that can backtrack catastrophically
   * (exponential, or polynomial above quadratic) or cannot be shown safe
   * within 10 seconds stops the backend. A value longer than 1,024 characters
   * is not tested: the rule's outcome is then unknown, with evidence that
   * says why.
   */
  matches?: string;
  contains?: string | number | boolean;
  gte?: number;
  lte?: number;
  all?: SoloTrekRule[];
  any?: SoloTrekRule[];
  not?: SoloTrekRule;
};

export interface Config {
  /** Solo Trek: platform migrations, the Pilgrim's Creed and the leaderboard. */
  soloTrek?: {
    /**
     * How often the evaluation scan runs, read by the scheduler's own config
     * reader. A duration is an object such as `{ minutes: 10 }`, an ISO 8601
     * duration such as `PT10M` or a string such as `10m`; `frequency` may
     * also be `{ cron: '0 * * * *' }`, or `{ trigger: manual }` to scan only
     * when the task is triggered. Durations cannot be negative. Without a
     * schedule the scan runs every 10 minutes with a 5-minute timeout;
     * `initialDelay` defaults to 15 seconds. There is no `scope`: the scan
     * always runs once across all replicas.
     */
    schedule?: Omit<SchedulerServiceTaskScheduleDefinitionConfig, 'scope'>;
    /** Service principal subjects (external access tokens) that may report stages. */
    stageReporters?: string[];
    /**
     * Service principal subjects (external access tokens of CI/CD, incident
     * tools, cost exports) that may report outcome points through
     * POST /facts for any in-scope service. Owners report for their own.
     */
    factReporters?: string[];
    /** Outcomes: the balanced scorecard before and after each service's go-live. */
    outcomes?: {
      /**
       * Raw points older than this many days are rolled up to one row per
       * entity, metric and day (a sum or a median, as the metric says).
       * Default 30.
       */
      rawRetentionDays?: number;
      /** Days before and after go-live each service is compared over. Default 90. */
      comparisonDays?: number;
      /**
       * More metrics besides the built-in deployments, leadTimeHours,
       * incidents, latencyP95Ms and costPerMonth, by name (a letter, then
       * letters, digits and _).
       */
      metrics?: {
        [name: string]: {
          title?: string;
          /** Shown next to values, e.g. minutes or tickets. */
          unit: string;
          /** How one day's points become one value: their sum, or their median. */
          aggregation: 'sum' | 'median';
          higherIsBetter: boolean;
          /** The scorecard tile it shows on. Default technical. */
          perspective?: 'business' | 'technical' | 'financial' | 'human';
        };
      };
      /** The satisfaction pulse owners answer after go-live. */
      pulse?: {
        /** Days after go-live the pulse opens. Default 14. */
        delayDays?: number;
        /** Teams (and the whole) with fewer answers show no scores, so none can be traced to a person. Default 3. */
        minGroupSize?: number;
        /** Default "How is life on the new platform?". */
        question?: string;
      };
      /**
       * Demo only: a JSON file of outcome points and pulse answers (as
       * scripts/generate-demo-catalog.js writes examples/outcomes.json),
       * loaded at startup when no outcome point is stored yet. An empty
       * string turns it off (app-config.production.yaml does).
       */
      seedFile?: string;
      /**
       * The outcomes task's schedule (it rolls old raw points up, opens
       * pulses and computes the scorecard ahead of the first request), in
       * the form of `soloTrek.schedule`. Default every hour, a 30-minute
       * timeout, 1 minute after a start. Once across all replicas.
       */
      schedule?: Omit<SchedulerServiceTaskScheduleDefinitionConfig, 'scope'>;
    };
    /**
     * Nudges: Backstage notifications (through the notifications backend)
     * that remind owners of services not done before the sunset, escalate
     * the long tail and celebrate milestones. Off unless `enabled: true`;
     * `GET /migrations/:id/nudges/preview` shows what a sweep would send.
     */
    nudges?: {
      /** Send nudges. Default false. */
      enabled?: boolean;
      /**
       * The sweep's schedule (the sweep also runs after each scan), in the
       * form of `soloTrek.schedule`. Default every hour, a 10-minute
       * timeout, 2 minutes after a start. Once across all replicas.
       */
      schedule?: Omit<SchedulerServiceTaskScheduleDefinitionConfig, 'scope'>;
      /** Days before the sunset each service not done is reminded. Default [90, 30, 7, 0]. */
      daysBeforeSunset?: number[];
      /** After the sunset, a stranded service is reminded every this many days. Default 7. */
      strandedEveryDays?: number;
      /**
       * A team with more pending nudges than this gets one weekly digest
       * instead of a notification per service. Default 10.
       */
      digestThreshold?: number;
      /**
       * Who else hears of a critical service in the long tail at 30 days or
       * less, and of any stranded service: `parent` (the members of the
       * owner's nearest parent group that has members), `none`, or a group
       * ref (its members, as the notifications backend resolves a group).
       * Default parent.
       */
      escalateTo?: string;
      /** Owners and the platform team hear of a waiver this many days before it expires. Default 7. */
      daysBeforeWaiverExpiry?: number;
    };
    /** On-demand refreshes (POST …/refresh), which may run HTTP probes. */
    refresh?: {
      /** One refresh per entity in this many seconds (429 with Retry-After before). Default 60. */
      cooldownSeconds?: number;
      /** Refreshes that run at once. Default 4. */
      concurrency?: number;
      /** Refreshes waiting for a slot; beyond this a refresh gets 429. Default 32. */
      queueSize?: number;
    };
    /** The group whose members manage waivers and waves. Default group:default/platform-team. */
    platformTeam?: string;
    /**
     * The IANA time zone of the organisation's calendar, e.g. Europe/Berlin:
     * the Migration Hero's month and the leaderboard's month begin and close
     * at midnight there. Default UTC.
     */
    timeZone?: string;
    waivers?: {
      /** The furthest a waiver may expire, in days from its creation. Default 180. */
      maxDays: number;
    };
    longTail?: {
      /** Days without a stage change before a service joins the long tail. Default 60. */
      idleDays: number;
    };
    /**
     * The decommission tail: services live on the new platform whose old
     * deployment still runs (and costs) because nobody switched it off.
     */
    decommission?: {
      /** Days migrated without being decommissioned before a service joins the tail. Default 60. */
      graceDays: number;
    };
    forecast?: {
      /** Weeks of history the completion forecast fits. Default 8. */
      weeks?: number;
      /**
       * Weeks of history needed before the forecast projects anything;
       * before that its status is not-enough-data. At most `weeks`. Default 3.
       */
      minWeeks?: number;
      /**
       * A forecast whose latest plausible finish is this many days before
       * the sunset or less is at risk. Default 30.
       */
      atRiskMarginDays?: number;
    };
    /** The leaderboard's score; see the backend README for the formula. */
    leaderboard?: {
      /** Extra points for moving on day one over moving at the sunset. Default 1. */
      earlinessWeight?: number;
      /** Extra points for a fully compliant service. Default 0.5. */
      complianceWeight?: number;
      /**
       * The prior's strength, in services: each team's score is a Bayesian
       * average, as if it also had this many services at the organisation's
       * mean, so a team of one that finished does not outrank a team of 30
       * that finished 27. 0 turns it off. Default 5.
       */
      priorStrength?: number;
    };
    snapshots?: {
      /** Daily snapshots kept this many days, weekly ones after. Default 90. */
      dailyRetentionDays: number;
    };
    retention?: {
      /**
       * Days the stage history and waivers of an entity that left the
       * catalog or the scope are kept before they are pruned (its result
       * and API state go at once), and everything of a migration removed
       * from this config (its results go at once). Default 90.
       */
      removedEntityDays: number;
    };
    /** The http-probe fact provider. */
    httpProbe?: {
      /** Hosts it may fetch; nothing else is fetched. */
      allowedHosts?: string[];
      /** Allow loopback, private and link-local addresses. Default false. */
      allowPrivateAddresses?: boolean;
      timeoutMs?: number;
      maxBytes?: number;
      ttlSeconds?: number;
    };
    migrations: Array<{
      id: string;
      title: string;
      description?: string;
      from: string;
      to: string;
      window: { start: string; sunset: string };
      /** A catalog entity filter, e.g. { kind: Component, spec.type: service }. */
      scope: { [key: string]: string | string[] };
      liveWhen: SoloTrekRule;
      creed: Array<{
        id: string;
        title: string;
        description?: string;
        /** A must item is never waivable. */
        severity: 'must' | 'should';
        waivable?: boolean;
        rule: SoloTrekRule;
        remediation?: {
          text: string;
          url?: string;
          /**
           * A scaffolder template that fixes the item, e.g.
           * template:default/add-prometheus-metrics (kind and namespace may be
           * left out). The card then offers "Fix with a template", opening it
           * with the service filled in as its `entityRef` parameter.
           */
          template?: string;
        };
      }>;
      segmentation?: {
        lifecycle?: { [lifecycle: string]: 'low' | 'high' };
        tierLabel?: string;
        tiers?: { [tier: string]: 'low' | 'high' };
        defaultCriticality?: 'low' | 'high';
        complexityThreshold?: number;
        highCriticalityLowComplexity?: 'solo-trek' | 'caravan';
        lowCriticalityHighComplexity?: 'solo-trek' | 'caravan';
        /** Points per outgoing coupling (dependsOn not counted as data gravity, consumesApi). Default 1. */
        couplingWeight?: number;
        /** Fan-in: what depends on the service. */
        fanIn?: {
          /** Points per dependencyOf. Default 1. */
          weight?: number;
          /** Points per consumer of the APIs it provides (0 leaves them out). Default 0.25. */
          apiConsumerWeight?: number;
        };
        /** Data gravity: dependencies on Resources that hold data. */
        dataGravity?: {
          /** Resource spec.types that count. Default [database]. */
          resourceTypes?: string[];
          /** Points per such dependency. Default 1. */
          weight?: number;
        };
        /** Legacy code: points when the rule passes, e.g. { tag: legacy }. */
        legacyCode?: {
          when: SoloTrekRule;
          /** Default 2. */
          points?: number;
        };
        /**
         * Regulatory scope: high criticality when the rule passes, over the
         * tier and the lifecycle, e.g. { any: [{ tag: pci }, { label: data-classification, equals: restricted }] }.
         */
        regulatoryScope?: SoloTrekRule;
      };
      /**
       * The wave plan the migration starts with (Caravan services move in
       * waves). Each wave is created once, when the plan has no wave of its
       * id; from then on the platform team edits and deletes waves in the
       * dashboard or the API, and those changes stick across restarts.
       */
      waves?: Array<{
        /** Lowercase letters, digits and dashes. */
        id: string;
        title: string;
        /** Waves move in this order (equal orders together); the list's order by default. */
        order?: number;
        /** YYYY-MM-DD */
        plannedStart: string;
        /** YYYY-MM-DD, on or after plannedStart. */
        plannedEnd: string;
        /** planned (the default), active, done or rolled-back. */
        status?: 'planned' | 'active' | 'done' | 'rolled-back';
      }>;
      /**
       * What the platform team offers each track, shown on the card of
       * each service of that track (the article's two contracts).
       */
      tracks?: {
        /** Self-service: docs, a support channel and office hours. */
        soloTrek?: {
          /** The self-service docs (http or https). */
          docsUrl?: string;
          /** The support channel (http or https). */
          supportChannelUrl?: string;
          /** In words, e.g. "Thursdays 14:00–15:00 CET". */
          officeHours?: string;
          /** A user or group entity ref. */
          liaison?: string;
        };
        /** The central plan, with its liaison. */
        caravan?: {
          /** The migration plan (http or https). */
          docsUrl?: string;
          supportChannelUrl?: string;
          officeHours?: string;
          /** A user or group entity ref. */
          liaison?: string;
        };
      };
    }>;
  };
}
