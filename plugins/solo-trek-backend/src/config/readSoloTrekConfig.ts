import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import { compileRule, CompiledRule } from '../rules/compileRule';
import {
  OutcomesConfig,
  outcomesConfigSchema,
  readOutcomesConfig,
} from './outcomesConfig';
import {
  NudgeSettings,
  nudgesConfigSchema,
  readNudgeSettings,
} from './nudgesConfig';
import {
  decommissionConfigSchema,
  DEFAULT_DECOMMISSION_GRACE_DAYS,
  DEFAULT_SEGMENTATION_SIGNALS,
  readSegmentationSignals,
  readTrackContracts,
  readWaveSeeds,
  SegmentationSignals,
  segmentationSignalsShape,
  trackContractsSchema,
  WaveSeed,
  wavesConfigSchema,
} from './caravanConfig';
import { childKeyPath, RuleConfigError } from '../rules/RuleConfigError';
import {
  readScanSchedule,
  ScanSchedule,
  scanScheduleSchema,
} from './scanSchedule';

import {
  Level,
  Track,
  TrackContracts,
} from '@internal/plugin-solo-trek-common';

export type { Level, Track };

export interface CreedItem {
  id: string;
  title: string;
  description?: string;
  severity: 'must' | 'should';
  waivable: boolean;
  rule: CompiledRule;
  remediation?: {
    text: string;
    url?: string;
    /** A full template ref, e.g. template:default/add-prometheus-metrics. */
    template?: string;
  };
}

export interface SegmentationConfig {
  /** `spec.lifecycle` value to criticality. */
  lifecycle: Record<string, Level>;
  /** A label whose values map to criticality, e.g. tier: tier-0 → high. */
  tierLabel: string;
  tiers: Record<string, Level>;
  defaultCriticality: Level;
  /** Relations plus consumed APIs at or above this count make a service complex. */
  complexityThreshold: number;
  /** Tracks for the two mixed quadrants. */
  highCriticalityLowComplexity: Track;
  lowCriticalityHighComplexity: Track;
  /** Coupling, fan-in, data gravity, legacy code and regulatory scope. */
  signals: SegmentationSignals;
}

export interface MigrationDefinition {
  id: string;
  title: string;
  description?: string;
  from: string;
  to: string;
  window: { start: DateTime; sunset: DateTime };
  /** A catalog entity filter, as `queryEntities` takes it. */
  scope: Record<string, string | string[]>;
  liveWhen: CompiledRule;
  creed: CreedItem[];
  segmentation: SegmentationConfig;
  /** The wave plan it starts with; each is created once, then the plan is the platform team's. */
  waves: WaveSeed[];
  /** What the platform team offers each track. */
  tracks: TrackContracts;
}

export interface HttpProbeConfig {
  allowedHosts: string[];
  allowPrivateAddresses: boolean;
  timeoutMs: number;
  maxBytes: number;
  ttlSeconds: number;
}

export interface SoloTrekConfig {
  migrations: MigrationDefinition[];
  schedule: ScanSchedule;
  waivers: { maxDays: number };
  /** Service principal subjects (external access tokens) that may report stages. */
  stageReporters: string[];
  platformTeam: string;
  refresh: {
    /** One refresh per entity in this many seconds. */
    cooldownSeconds: number;
    /** Refreshes (each may probe) that run at once. */
    concurrency: number;
    /** Refreshes waiting for a slot; beyond this a refresh is refused. */
    queueSize: number;
  };
  longTail: { idleDays: number };
  /** Migrated this many days without being decommissioned joins the decommission tail. */
  decommission: { graceDays: number };
  forecast: { weeks: number; minWeeks: number; atRiskMarginDays: number };
  leaderboard: {
    earlinessWeight: number;
    complianceWeight: number;
    /** The prior's strength, in services at the organisation's mean. */
    priorStrength: number;
  };
  snapshots: { dailyRetentionDays: number };
  /** How long what an entity or a migration leaves behind is kept. */
  retention: { removedEntityDays: number };
  httpProbe: HttpProbeConfig;
  /** Service principal subjects that may report outcome points (POST /facts). */
  factReporters: string[];
  outcomes: OutcomesConfig;
  /** Notifications that move the long tail (`soloTrek.nudges`). */
  nudges: NudgeSettings;
  /**
   * The IANA zone whose calendar months count: the Migration Hero's month
   * and the leaderboard's month close at midnight there. UTC by default.
   */
  timeZone: string;
}

const entityNames = makeValidator();
const ID = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const level = z.enum(['low', 'high']);
const track = z.enum(['solo-trek', 'caravan']);
const isoDate = z.preprocess(
  v => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
    .refine(
      s => DateTime.fromISO(s, { zone: 'utc' }).isValid,
      'not a real calendar date',
    ),
);

/**
 * A scaffolder template as a full ref: `add-prometheus-metrics` and
 * `default/add-prometheus-metrics` mean template:default/add-prometheus-metrics,
 * so the card can link to /create/templates/<namespace>/<name>.
 */
const templateRef = z.string().transform((value, ctx) => {
  let ref;
  try {
    ref = parseEntityRef(value, {
      defaultKind: 'template',
      defaultNamespace: 'default',
    });
  } catch {
    ref = undefined;
  }
  if (
    !ref ||
    !entityNames.isValidNamespace(ref.namespace) ||
    !entityNames.isValidEntityName(ref.name)
  ) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a template ref; write template:default/add-prometheus-metrics`,
    });
    return z.NEVER;
  }
  if (ref.kind.toLocaleLowerCase('en-US') !== 'template') {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is a ${ref.kind}, not a scaffolder template; write template:<namespace>/<name>`,
    });
    return z.NEVER;
  }
  return stringifyEntityRef({ ...ref, kind: 'template' });
});

const creedItem = z
  .object({
    id: z.string().regex(ID, 'use lowercase letters, digits and dashes'),
    title: z.string().min(1).max(200),
    description: z.string().max(2000).optional(),
    severity: z.enum(['must', 'should'], {
      error: 'unknown severity; use must or should',
    }),
    waivable: z.boolean().optional(),
    rule: z.unknown(),
    remediation: z
      .object({
        text: z.string().min(1).max(2000),
        url: z.string().url().optional(),
        template: templateRef.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const segmentation = z
  .object({
    lifecycle: z.record(z.string(), level).optional(),
    tierLabel: z.string().min(1).optional(),
    tiers: z.record(z.string(), level).optional(),
    defaultCriticality: level.optional(),
    complexityThreshold: z.number().int().positive().optional(),
    highCriticalityLowComplexity: track.optional(),
    lowCriticalityHighComplexity: track.optional(),
    ...segmentationSignalsShape,
  })
  .strict();

const migration = z
  .object({
    id: z.string().regex(ID, 'use lowercase letters, digits and dashes'),
    title: z.string().min(1).max(200),
    description: z.string().max(5000).optional(),
    from: z.string().min(1),
    to: z.string().min(1),
    window: z.object({ start: isoDate, sunset: isoDate }).strict(),
    scope: z
      .record(
        z.string(),
        z.union([z.string().min(1), z.array(z.string().min(1)).nonempty()]),
      )
      .refine(
        s => Object.keys(s).length > 0,
        'the scope needs at least one filter key, such as kind: Component',
      ),
    liveWhen: z.unknown(),
    creed: z.array(creedItem),
    segmentation: segmentation.optional(),
    waves: wavesConfigSchema.optional(),
    tracks: trackContractsSchema.optional(),
  })
  .strict();

/**
 * The `soloTrek` block. Exported for the test that compares its keys with
 * config.d.ts; read it with readSoloTrekConfig.
 */
export const soloTrekConfigSchema = z
  .object({
    schedule: scanScheduleSchema.optional(),
    migrations: z.array(migration),
    waivers: z
      .object({ maxDays: z.number().int().positive().max(3650) })
      .strict()
      .optional(),
    stageReporters: z.array(z.string().min(1)).optional(),
    factReporters: z.array(z.string().min(1)).optional(),
    outcomes: outcomesConfigSchema.optional(),
    nudges: nudgesConfigSchema.optional(),
    refresh: z
      .object({
        cooldownSeconds: z.number().int().min(0).max(86_400).optional(),
        concurrency: z.number().int().min(1).max(64).optional(),
        queueSize: z.number().int().min(0).max(10_000).optional(),
      })
      .strict()
      .optional(),
    platformTeam: z.string().min(1).optional(),
    timeZone: z
      .string()
      .refine(
        zone => IANAZone.isValidZone(zone),
        'not an IANA time zone; use a name such as Europe/Berlin or UTC',
      )
      .optional(),
    longTail: z
      .object({ idleDays: z.number().int().positive() })
      .strict()
      .optional(),
    decommission: decommissionConfigSchema.optional(),
    forecast: z
      .object({
        weeks: z.number().int().min(1).max(104).optional(),
        minWeeks: z.number().int().min(1).max(104).optional(),
        atRiskMarginDays: z.number().int().nonnegative().optional(),
      })
      .strict()
      .refine(f => (f.minWeeks ?? 3) <= (f.weeks ?? 8), {
        message:
          'must not exceed forecast.weeks (default 8): the forecast fits at most that much history',
        path: ['minWeeks'],
      })
      .optional(),
    leaderboard: z
      .object({
        earlinessWeight: z.number().nonnegative().optional(),
        complianceWeight: z.number().nonnegative().optional(),
        priorStrength: z.number().nonnegative().max(1000).optional(),
      })
      .strict()
      .optional(),
    snapshots: z
      .object({ dailyRetentionDays: z.number().int().min(7) })
      .strict()
      .optional(),
    retention: z
      .object({ removedEntityDays: z.number().int().min(1).max(3650) })
      .strict()
      .optional(),
    httpProbe: z
      .object({
        allowedHosts: z.array(z.string().min(1)).optional(),
        allowPrivateAddresses: z.boolean().optional(),
        timeoutMs: z.number().int().positive().max(60000).optional(),
        maxBytes: z
          .number()
          .int()
          .positive()
          .max(10 * 1024 * 1024)
          .optional(),
        ttlSeconds: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** `['migrations', 0, 'window']` → `soloTrek.migrations[0].window`. */
function keyPathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, part) =>
      childKeyPath(acc, typeof part === 'number' ? part : String(part)),
    'soloTrek',
  );
}

/**
 * The key path and message of a zod issue. Of a union's forms the closest
 * speaks: of those of the value's kind (not refused at their root for their
 * type), the one with the fewest issues, when only one has that few.
 * Otherwise the union's own message, which lists the forms.
 */
function errorOf(
  issue: z.core.$ZodIssue,
  base: ReadonlyArray<PropertyKey>,
): RuleConfigError {
  const path = [...base, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    return new RuleConfigError(
      keyPathOf([...path, key]),
      `unknown key "${String(key)}"`,
    );
  }
  if (
    (issue.code === 'invalid_type' || issue.code === 'invalid_union') &&
    issue.input === undefined
  ) {
    return new RuleConfigError(keyPathOf(path), 'required');
  }
  if (issue.code === 'invalid_union') {
    const ofKind = issue.errors.filter(
      issues =>
        !issues.some(i => i.code === 'invalid_type' && i.path.length === 0),
    );
    const fewest = Math.min(...ofKind.map(issues => issues.length));
    const closest = ofKind.filter(issues => issues.length === fewest);
    if (closest.length === 1) return errorOf(closest[0][0], path);
  }
  return new RuleConfigError(keyPathOf(path), issue.message);
}

const DEFAULT_SEGMENTATION: SegmentationConfig = {
  lifecycle: { production: 'high', experimental: 'low', deprecated: 'low' },
  tierLabel: 'tier',
  tiers: {
    'tier-0': 'high',
    'tier-1': 'high',
    'tier-2': 'low',
    'tier-3': 'low',
  },
  defaultCriticality: 'low',
  complexityThreshold: 4,
  highCriticalityLowComplexity: 'solo-trek',
  lowCriticalityHighComplexity: 'solo-trek',
  signals: DEFAULT_SEGMENTATION_SIGNALS,
};

/** The segmentation with its defaults and its signals' rules compiled. */
function readSegmentation(
  input: z.infer<typeof segmentation> | undefined,
  at: (...rest: Array<string | number>) => string,
): SegmentationConfig {
  const {
    couplingWeight,
    fanIn,
    dataGravity,
    legacyCode,
    regulatoryScope,
    ...rest
  } = input ?? {};
  return {
    ...DEFAULT_SEGMENTATION,
    ...rest,
    signals: readSegmentationSignals(
      { couplingWeight, fanIn, dataGravity, legacyCode, regulatoryScope },
      at,
    ),
  };
}

/**
 * Reads and validates `soloTrek`. Any mistake throws with the exact key path,
 * so a broken config stops the backend at startup rather than at scan time.
 */
export function readSoloTrekConfig(config: Config): SoloTrekConfig {
  const raw = config.getOptional('soloTrek') ?? { migrations: [] };
  const parsed = soloTrekConfigSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw errorOf(parsed.error.issues[0], []);
  const data = parsed.data;
  const schedule = readScanSchedule(config);

  const migrationIds = new Set<string>();
  const migrations = data.migrations.map((m, mi): MigrationDefinition => {
    const at = (...rest: Array<string | number>) =>
      keyPathOf(['migrations', mi, ...rest]);
    if (migrationIds.has(m.id)) {
      throw new RuleConfigError(at('id'), `duplicate migration id "${m.id}"`);
    }
    migrationIds.add(m.id);
    const start = DateTime.fromISO(m.window.start, { zone: 'utc' });
    const sunset = DateTime.fromISO(m.window.sunset, { zone: 'utc' });
    if (sunset <= start) {
      throw new RuleConfigError(
        at('window', 'sunset'),
        `the sunset ${m.window.sunset} must come after the start ${m.window.start}`,
      );
    }
    if (m.liveWhen === undefined)
      throw new RuleConfigError(at('liveWhen'), 'required');
    const creedIds = new Set<string>();
    const creed = m.creed.map((item, ci): CreedItem => {
      if (creedIds.has(item.id)) {
        throw new RuleConfigError(
          at('creed', ci, 'id'),
          `duplicate Creed item id "${item.id}"`,
        );
      }
      creedIds.add(item.id);
      if (item.rule === undefined)
        throw new RuleConfigError(at('creed', ci, 'rule'), 'required');
      if (item.severity === 'must' && item.waivable) {
        throw new RuleConfigError(
          at('creed', ci, 'waivable'),
          'a must item is never waived; make it severity should or drop waivable',
        );
      }
      return {
        id: item.id,
        title: item.title,
        description: item.description,
        severity: item.severity,
        waivable: item.waivable ?? false,
        rule: compileRule(item.rule, at('creed', ci, 'rule')),
        remediation: item.remediation,
      };
    });
    return {
      id: m.id,
      title: m.title,
      description: m.description,
      from: m.from,
      to: m.to,
      window: { start, sunset },
      scope: m.scope,
      liveWhen: compileRule(m.liveWhen, at('liveWhen')),
      creed,
      segmentation: readSegmentation(m.segmentation, (...rest) =>
        at('segmentation', ...rest),
      ),
      waves: readWaveSeeds(m.waves, (...rest) => at('waves', ...rest)),
      tracks: readTrackContracts(m.tracks, (...rest) => at('tracks', ...rest)),
    };
  });

  return {
    migrations,
    schedule,
    waivers: { maxDays: data.waivers?.maxDays ?? 180 },
    stageReporters: data.stageReporters ?? [],
    factReporters: data.factReporters ?? [],
    outcomes: readOutcomesConfig(config, data.outcomes),
    nudges: readNudgeSettings(config, data.nudges, data.timeZone ?? 'UTC'),
    // A probe answers within timeoutMs (2 s by default): a minute between
    // refreshes of one service, 4 at once and 32 waiting keep a burst of
    // clicks to a few seconds of probing.
    refresh: {
      cooldownSeconds: data.refresh?.cooldownSeconds ?? 60,
      concurrency: data.refresh?.concurrency ?? 4,
      queueSize: data.refresh?.queueSize ?? 32,
    },
    platformTeam: data.platformTeam ?? 'group:default/platform-team',
    timeZone: data.timeZone ?? 'UTC',
    longTail: { idleDays: data.longTail?.idleDays ?? 60 },
    decommission: {
      graceDays:
        data.decommission?.graceDays ?? DEFAULT_DECOMMISSION_GRACE_DAYS,
    },
    forecast: {
      weeks: data.forecast?.weeks ?? 8,
      // A line through fewer than three weeks of days says more about one
      // busy day than about the pace.
      minWeeks: data.forecast?.minWeeks ?? 3,
      atRiskMarginDays: data.forecast?.atRiskMarginDays ?? 30,
    },
    leaderboard: {
      earlinessWeight: data.leaderboard?.earlinessWeight ?? 1,
      complianceWeight: data.leaderboard?.complianceWeight ?? 0.5,
      // Five services at the organisation's mean: a team of one is mostly
      // the mean (1/6 itself), a team of 30 mostly itself (30/35 = 86%).
      priorStrength: data.leaderboard?.priorStrength ?? 5,
    },
    snapshots: { dailyRetentionDays: data.snapshots?.dailyRetentionDays ?? 90 },
    retention: {
      removedEntityDays: data.retention?.removedEntityDays ?? 90,
    },
    httpProbe: {
      allowedHosts: data.httpProbe?.allowedHosts ?? [],
      allowPrivateAddresses: data.httpProbe?.allowPrivateAddresses ?? false,
      timeoutMs: data.httpProbe?.timeoutMs ?? 2000,
      maxBytes: data.httpProbe?.maxBytes ?? 512 * 1024,
      ttlSeconds: data.httpProbe?.ttlSeconds ?? 3600,
    },
  };
}
