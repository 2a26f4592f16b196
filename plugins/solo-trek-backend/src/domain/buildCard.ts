import {
  CardWave,
  CheckInfo,
  Compliance,
  EntityMigrationCard,
  WaiverInfo,
} from '@internal/plugin-solo-trek-common';
import { DateTime } from 'luxon';
import { MigrationDefinition } from '../config/readSoloTrekConfig';
import { effectiveStatus } from './effectiveStatus';
import {
  EntityState,
  HistoryEntry,
  ScanStatus,
  StoredResult,
  TrackDecision,
  Waiver,
} from './model';
import { trackDecisionInfo, trackDrift } from './tracks';
import { rollbackInfo } from './rollback';
import { effectiveWave } from './waves';
import { NudgeSettings } from '../config/nudgesConfig';
import { nextNudgeFor } from './nudges/nextNudge';

const DAY_MS = 86_400_000;

export function daysToSunset(
  migration: MigrationDefinition,
  now: Date,
): number {
  const sunset = migration.window.sunset;
  // Config dates are UTC midnights: plain arithmetic gives what luxon's
  // diff gives, without its cost on every card.
  if (sunset.offset === 0 && sunset.zone.isUniversal) {
    const today = Date.UTC(
      now.getUTCFullYear(),
      now.getUTCMonth(),
      now.getUTCDate(),
    );
    return Math.round((sunset.toMillis() - today) / DAY_MS);
  }
  const today = DateTime.fromJSDate(now, { zone: 'utc' }).startOf('day');
  return Math.round(sunset.diff(today, 'days').days);
}

export function waiverInfo(w: Waiver): WaiverInfo {
  return {
    id: w.id,
    entityRef: w.entityRef,
    creedId: w.creedId,
    reason: w.reason,
    expiresAt: w.expiresAt.toISOString(),
    createdBy: w.createdBy,
    createdAt: w.createdAt.toISOString(),
  };
}

/**
 * The card payload. Waivers apply here, at read time, so an expired waiver
 * stops counting by itself without a rescan.
 */
export function buildCard(options: {
  migration: MigrationDefinition;
  result: StoredResult;
  state: EntityState | undefined;
  waivers: Waiver[];
  history: HistoryEntry[];
  /** Decisions about the track, newest first. */
  trackHistory: TrackDecision[];
  /** The service's wave of the plan, if it is in one. */
  waveDetail?: CardWave | null;
  scan: ScanStatus | undefined;
  now: Date;
  /** `soloTrek.nudges`: the card shows the next sunset reminder when they are on. */
  nudges?: Pick<
    NudgeSettings,
    'enabled' | 'daysBeforeSunset' | 'strandedEveryDays' | 'zone'
  >;
}): EntityMigrationCard {
  const { migration, result, state, waivers, history, scan, now } = options;
  const trackHistory = options.trackHistory.map(trackDecisionInfo);
  // Every in-scope entity is re-evaluated by each successful scan, or
  // confirmed unchanged by the digest of its inputs (inputDigest.ts).
  const evaluatedAt = new Date(
    Math.max(result.changedAt.getTime(), scan?.succeededAt?.getTime() ?? 0),
  ).toISOString();
  const activeWaivers = waivers.filter(w => w.expiresAt > now);
  const compliance: Compliance = {
    passed: 0,
    failed: 0,
    waived: 0,
    unknown: 0,
    total: 0,
  };
  const byId = new Map(result.checks.map(c => [c.id, c]));
  const checks: CheckInfo[] = migration.creed.map(item => {
    const stored = byId.get(item.id);
    const waiver = activeWaivers.find(w => w.creedId === item.id);
    const status = effectiveStatus(stored?.outcome, item, waiver, now);
    compliance.total++;
    if (status === 'pass') compliance.passed++;
    else if (status === 'fail') compliance.failed++;
    else if (status === 'waived') compliance.waived++;
    else compliance.unknown++;
    return {
      id: item.id,
      title: item.title,
      description: item.description,
      severity: item.severity,
      waivable: item.waivable,
      status,
      remediation: item.remediation,
      evaluatedAt,
      evidence: stored?.evidence ?? [],
      waiver: status === 'waived' && waiver ? waiverInfo(waiver) : undefined,
    };
  });

  return {
    migrationId: migration.id,
    entityRef: result.entityRef,
    title: result.title ?? undefined,
    owner: result.ownerRef,
    stage: result.stage,
    stageSource: result.stageSource,
    live: result.live,
    track: result.track,
    quadrant: {
      criticality: result.criticality,
      complexity: result.complexity,
    },
    // Waves are for the caravan; one set through the API wins over the annotation.
    wave: result.track === 'caravan' ? effectiveWave(state, result) : null,
    waveDetail: options.waveDetail ?? null,
    daysToSunset: daysToSunset(migration, now),
    sunset: migration.window.sunset.toISODate()!,
    checks,
    compliance,
    history: history.map(h => ({
      id: h.id,
      fromStage: h.fromStage,
      toStage: h.toStage,
      source: h.source,
      actor: h.actor,
      note: h.note,
      at: h.createdAt.toISOString(),
      ...(h.rollback && { rollback: rollbackInfo(h.rollback) }),
    })),
    waivers: activeWaivers.map(waiverInfo),
    evaluatedAt,
    stale: Boolean(scan?.error),
    trackDecision: trackHistory[0] ?? null,
    trackDrift: trackDrift(result),
    trackHistory,
    segmentation: result.segmentation ?? null,
    ...(options.nudges && {
      nextNudge: nextNudgeFor({
        migration,
        settings: options.nudges,
        stage: result.stage,
        now,
      }),
    }),
  };
}
