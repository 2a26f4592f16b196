import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { DateTime } from 'luxon';
import { z } from 'zod';
import {
  TrackContract,
  TrackContracts,
  WaveStatus,
} from '@internal/plugin-solo-trek-common';
import { RuleConfigError } from '../rules/RuleConfigError';

/*
 * The Staggered Caravan's config (issue 16): the wave plan a migration
 * starts with. Parts of soloTrekConfigSchema, read with the key path.
 */

const ID = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const WAVE_STATUSES = ['planned', 'active', 'done', 'rolled-back'] as const;

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
