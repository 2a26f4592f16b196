import { useMemo } from 'react';
import {
  CheckStatus,
  ForecastStatus,
  LeaderboardBadge,
  Level,
  MigrationStage,
  StageSource,
  Track,
  TrackDecisionInfo,
  WaveSchedule,
  WaveStatus,
} from '@internal/plugin-solo-trek-common';
import { SoloTrekT, useSoloTrekT } from '../translation';

/**
 * The names of the domain's values (stages, tracks, statuses, badges,
 * forecasts, levels, quadrants) and the sentences built from them, read from
 * `soloTrekTranslationRef`'s `labels` group. Helpers that build words outside
 * a component (table rows, chart series) take these functions as a parameter.
 */
export type SoloTrekLabels = ReturnType<typeof soloTrekLabels>;

/** The label functions bound to a translate function `t`. */
export function soloTrekLabels(t: SoloTrekT) {
  const level = (value: Level) => t(`labels.level.${value}`);
  const track = (value: Track) => t(`labels.track.${value}`);
  return {
    stage: (value: MigrationStage) => t(`labels.stage.${value}`),
    stageDescription: (value: MigrationStage) =>
      t(`labels.stageDescription.${value}`),
    stageSource: (value: StageSource) => t(`labels.stageSource.${value}`),
    track,
    trackDescription: (value: Track) => t(`labels.trackDescription.${value}`),
    checkStatus: (value: CheckStatus) => t(`labels.checkStatus.${value}`),
    forecast: (value: ForecastStatus) => t(`labels.forecast.${value}`),
    level,
    badge: (value: LeaderboardBadge) => t(`labels.badge.${value}`),
    badgeDescription: (value: LeaderboardBadge) =>
      t(`labels.badgeDescription.${value}`),
    waveStatus: (value: WaveStatus) => t(`labels.waveStatus.${value}`),
    waveSchedule: (value: WaveSchedule) => t(`labels.waveSchedule.${value}`),

    /** A name for each quadrant of the criticality × complexity grid. */
    quadrantName: (criticality: Level, complexity: Level): string => {
      if (criticality === 'high' && complexity === 'high') {
        return t('labels.quadrant.crownJewels');
      }
      if (criticality === 'low' && complexity === 'low') {
        return t('labels.quadrant.quickWins');
      }
      if (criticality === 'high') {
        return t('labels.quadrant.criticalButSimple');
      }
      return t('labels.quadrant.complexButLessCritical');
    },

    /** "High criticality × low complexity". */
    quadrantLabel: (criticality: Level, complexity: Level): string =>
      t('labels.quadrant.axes', {
        criticality: level(criticality),
        complexity: level(complexity).toLocaleLowerCase(),
      }),

    /** How a track decision was made, as the start of a sentence. */
    trackDecision: (decision: TrackDecisionInfo): string => {
      const name = track(decision.toTrack);
      const actor = decision.actor ?? t('labels.trackDecision.platformTeam');
      switch (decision.source) {
        case 'annotation':
          return t('labels.trackDecision.annotation', { track: name });
        case 'platform-team':
          return decision.fromTrack === decision.toTrack
            ? t('labels.trackDecision.confirmed', { track: name, actor })
            : t('labels.trackDecision.moved', { track: name, actor });
        case 'first-evaluation':
        default:
          return t('labels.trackDecision.firstEvaluation', { track: name });
      }
    },

    /** "12 days to sunset", "Sunset is today", "Sunset passed 3 days ago". */
    daysToSunset: (daysToSunset: number): string => {
      if (daysToSunset < 0) {
        return t('labels.daysToSunset.passed', { count: -daysToSunset });
      }
      if (daysToSunset === 0) {
        return t('labels.daysToSunset.today');
      }
      return t('labels.daysToSunset.left', { count: daysToSunset });
    },
  };
}

/** The label functions in the user's language. */
export function useSoloTrekLabels(): SoloTrekLabels {
  const t = useSoloTrekT();
  return useMemo(() => soloTrekLabels(t), [t]);
}
