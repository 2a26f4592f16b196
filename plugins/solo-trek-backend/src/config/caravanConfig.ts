import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { DateTime } from 'luxon';
import { z } from 'zod';
import {
  TrackContract,
  TrackContracts,
  WaveStatus,
} from '@internal/plugin-solo-trek-common';
import { compileRule, CompiledRule } from '../rules/compileRule';
import { RuleConfigError } from '../rules/RuleConfigError';

/*
 * The Staggered Caravan's config (issue 16): the wave plan a migration
 * starts with. Parts of soloTrekConfigSchema, read with the key path.
 */

const ID = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const WAVE_STATUSES = [
  'planned',
  'active',
  'done',
  'rolled-back',
] as const;

/** A wave the migration's plan starts with. */
export interface WaveSeed {
  id: string;
  title: string;
  order: number;
  plannedStart: string;
  plannedEnd: string;
  status: WaveStatus;
}

const wave = z
  .object({
    id: z.string().regex(ID, 'use lowercase letters, digits and dashes'),
    title: z.string().min(1).max(200),
    order: z.number().int().min(0).max(10_000).optional(),
    plannedStart: z.string().regex(DATE, 'expected a date as YYYY-MM-DD'),
    plannedEnd: z.string().regex(DATE, 'expected a date as YYYY-MM-DD'),
    status: z
      .enum(WAVE_STATUSES, {
        error: 'unknown status; use planned, active, done or rolled-back',
      })
      .optional(),
  })
  .strict();

/** `soloTrek.migrations[].waves` */
export const wavesConfigSchema = z.array(wave);

/** A calendar date, or the reason it is not one. */
export function calendarDate(value: string): DateTime | string {
  if (!DATE.test(value)) return 'expected a date as YYYY-MM-DD';
  const date = DateTime.fromISO(value, { zone: 'utc' });
  return date.isValid ? date : 'not a real calendar date';
}

/**
 * The seeds of the wave plan: real dates, the end not before the start,
 * unique ids. Waves without an order move in the order listed.
 */
export function readWaveSeeds(
  waves: z.infer<typeof wavesConfigSchema> | undefined,
  at: (...rest: Array<string | number>) => string,
): WaveSeed[] {
  const ids = new Set<string>();
  return (waves ?? []).map((w, i) => {
    if (ids.has(w.id)) {
      throw new RuleConfigError(at(i, 'id'), `duplicate wave id "${w.id}"`);
    }
    ids.add(w.id);
    const start = calendarDate(w.plannedStart);
    if (typeof start === 'string')
      throw new RuleConfigError(at(i, 'plannedStart'), start);
    const end = calendarDate(w.plannedEnd);
    if (typeof end === 'string')
      throw new RuleConfigError(at(i, 'plannedEnd'), end);
    if (end < start) {
      throw new RuleConfigError(
        at(i, 'plannedEnd'),
        `the planned end ${w.plannedEnd} comes before the planned start ${w.plannedStart}`,
      );
    }
    return {
      id: w.id,
      title: w.title,
      order: w.order ?? i + 1,
      plannedStart: w.plannedStart,
      plannedEnd: w.plannedEnd,
      status: w.status ?? 'planned',
    };
  });
}

/** `soloTrek.decommission` */
export const decommissionConfigSchema = z
  .object({ graceDays: z.number().int().min(1).max(3650) })
  .strict();

/**
 * Days a service may stay migrated with the old deployment running before
 * it joins the decommission tail: 60 by default, two sprints' worth of a
 * rollback window after go-live.
 */
export const DEFAULT_DECOMMISSION_GRACE_DAYS = 60;

const httpUrl = z
  .string()
  .url()
  .refine(u => /^https?:\/\//i.test(u), 'use an http or https URL');

const contract = z
  .object({
    docsUrl: httpUrl.optional(),
    supportChannelUrl: httpUrl.optional(),
    officeHours: z.string().min(1).max(200).optional(),
    liaison: z.string().min(1).max(255).optional(),
  })
  .strict();

/** `soloTrek.migrations[].tracks` */
export const trackContractsSchema = z
  .object({ soloTrek: contract.optional(), caravan: contract.optional() })
  .strict();

/** A liaison as a full user or group ref; anything else stops the backend. */
function liaisonRef(value: string, at: string): string {
  let ref;
  try {
    ref = parseEntityRef(value, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
  } catch {
    throw new RuleConfigError(
      at,
      `"${value}" is not an entity ref; write user:default/jane or group:default/platform-team`,
    );
  }
  const kind = ref.kind.toLocaleLowerCase('en-US');
  if (kind !== 'user' && kind !== 'group') {
    throw new RuleConfigError(
      at,
      `the liaison must be a user or a group, not a ${ref.kind}`,
    );
  }
  return stringifyEntityRef({ ...ref, kind });
}

/** Each track's contract, liaisons as full refs. */
export function readTrackContracts(
  tracks: z.infer<typeof trackContractsSchema> | undefined,
  at: (...rest: Array<string | number>) => string,
): TrackContracts {
  const out: TrackContracts = {};
  for (const key of ['soloTrek', 'caravan'] as const) {
    const c = tracks?.[key];
    if (!c) continue;
    const read: TrackContract = { ...c };
    if (c.liaison) read.liaison = liaisonRef(c.liaison, at(key, 'liaison'));
    out[key] = read;
  }
  return out;
}

/**
 * The signals behind the quadrant, beyond the tier label and the lifecycle
 * (issue 16): the article's coupling, legacy code and data gravity for
 * complexity, regulatory scope for criticality. Points add up against
 * `complexityThreshold`.
 */
export interface SegmentationSignals {
  /** Points per outgoing coupling: dependsOn (not data gravity) and consumesApi. */
  couplingWeight: number;
  /** Fan-in: points per dependencyOf, and per consumer of the APIs it provides. */
  fanIn: { weight: number; apiConsumerWeight: number };
  /** Data gravity: points per dependsOn on a Resource of these spec.types. */
  dataGravity: { resourceTypes: string[]; weight: number };
  /** Legacy code: points when the rule passes. */
  legacyCode?: { rule: CompiledRule; points: number };
  /** Regulatory scope: high criticality when the rule passes. */
  regulatoryScope?: CompiledRule;
}

/**
 * The defaults keep the quadrant close to what it was (one point per
 * dependsOn, dependencyOf and consumesApi). The new points are the
 * consumers of the APIs a service provides: a consumer of an API couples
 * less tightly than a direct dependent, so four weigh as one. At one point
 * each, 9 of the demo catalog's 58 services changed complexity; at a
 * quarter, none does.
 */
export const DEFAULT_SEGMENTATION_SIGNALS: SegmentationSignals = {
  couplingWeight: 1,
  fanIn: { weight: 1, apiConsumerWeight: 0.25 },
  dataGravity: { resourceTypes: ['database'], weight: 1 },
};

const weight = z.number().min(0).max(100);

/** The keys `soloTrek.migrations[].segmentation` takes for its signals. */
export const segmentationSignalsShape = {
  couplingWeight: weight.optional(),
  fanIn: z
    .object({
      weight: weight.optional(),
      apiConsumerWeight: weight.optional(),
    })
    .strict()
    .optional(),
  dataGravity: z
    .object({
      resourceTypes: z.array(z.string().min(1)).optional(),
      weight: weight.optional(),
    })
    .strict()
    .optional(),
  legacyCode: z
    .object({ when: z.unknown(), points: weight.optional() })
    .strict()
    .optional(),
  regulatoryScope: z.unknown().optional(),
};

type SignalsInput = {
  couplingWeight?: number;
  fanIn?: { weight?: number; apiConsumerWeight?: number };
  dataGravity?: { resourceTypes?: string[]; weight?: number };
  legacyCode?: { when?: unknown; points?: number };
  regulatoryScope?: unknown;
};

/** The signals with their defaults, rules compiled (with the key path on a mistake). */
export function readSegmentationSignals(
  input: SignalsInput | undefined,
  at: (...rest: Array<string | number>) => string,
): SegmentationSignals {
  const d = DEFAULT_SEGMENTATION_SIGNALS;
  const signals: SegmentationSignals = {
    couplingWeight: input?.couplingWeight ?? d.couplingWeight,
    fanIn: {
      weight: input?.fanIn?.weight ?? d.fanIn.weight,
      apiConsumerWeight:
        input?.fanIn?.apiConsumerWeight ?? d.fanIn.apiConsumerWeight,
    },
    dataGravity: {
      resourceTypes:
        input?.dataGravity?.resourceTypes ?? d.dataGravity.resourceTypes,
      weight: input?.dataGravity?.weight ?? d.dataGravity.weight,
    },
  };
  if (input?.legacyCode) {
    if (input.legacyCode.when === undefined) {
      throw new RuleConfigError(at('legacyCode', 'when'), 'required');
    }
    signals.legacyCode = {
      rule: compileRule(input.legacyCode.when, at('legacyCode', 'when')),
      points: input.legacyCode.points ?? 2,
    };
  }
  if (input?.regulatoryScope !== undefined) {
    signals.regulatoryScope = compileRule(
      input.regulatoryScope,
      at('regulatoryScope'),
    );
  }
  return signals;
}
