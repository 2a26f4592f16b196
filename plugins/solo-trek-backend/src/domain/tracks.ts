import {
  TrackDecisionInfo,
  TrackDrift,
} from '@internal/plugin-solo-trek-common';
import { Track } from '../config/readSoloTrekConfig';
import { EntityEvaluation } from './evaluateEntity';
import { NewTrackDecision, StoredResult, TrackDecision } from './model';
import { quadrantReason } from './segmentation';

/*
 * Pinned tracks. The article: switching workflows mid-migration "is
 * incredibly disruptive … the decision must be intentional and upfront". So
 * a service's track is decided once, at its first evaluation (from the
 * solo-trek.io/track annotation, else the quadrant), and changes only by a
 * recorded decision of the platform team. A rescan only records what the
 * quadrant says now, and a disagreement shows as drift.
 */

export const TRACK_NAMES: Record<Track, string> = {
  caravan: 'Caravan',
  'solo-trek': 'Solo Trek',
};

/** The decision a first evaluation records. */
export function firstTrackDecision(
  e: Pick<EntityEvaluation, 'track' | 'annotationTrack' | 'segmentation'>,
  now: Date,
): NewTrackDecision {
  if (e.annotationTrack) {
    return {
      fromTrack: null,
      toTrack: e.annotationTrack,
      source: 'annotation',
      actor: null,
      note: `Decided upfront in solo-trek.io/track`,
      createdAt: now,
    };
  }
  return {
    fromTrack: null,
    toTrack: e.track,
    source: 'first-evaluation',
    actor: null,
    note: quadrantReason(e.track, e.segmentation).replace(
      'The quadrant now gives',
      'The quadrant gave',
    ),
    createdAt: now,
  };
}

/** Drift: the quadrant now gives another track than the pinned one. */
export function trackDrift(
  result: Pick<StoredResult, 'track' | 'computedTrack' | 'segmentation'>,
): TrackDrift | null {
  const computed = result.computedTrack;
  if (!computed || computed === result.track) return null;
  return {
    computedTrack: computed,
    reason: `${quadrantReason(
      computed,
      result.segmentation,
    )}. It stays on the ${
      TRACK_NAMES[result.track]
    } track until the platform team decides otherwise.`,
  };
}

export function trackDecisionInfo(d: TrackDecision): TrackDecisionInfo {
  return {
    id: d.id,
    fromTrack: d.fromTrack,
    toTrack: d.toTrack,
    source: d.source,
    actor: d.actor,
    note: d.note,
    at: d.createdAt.toISOString(),
  };
}
