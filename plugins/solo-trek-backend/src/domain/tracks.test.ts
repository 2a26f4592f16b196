import { ConfigReader } from '@backstage/config';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from '../config/readSoloTrekConfig';
import { evaluateEntity } from './evaluateEntity';
import { nextResult } from './nextResult';
import { trackDrift } from './tracks';

const [nimbus] = readSoloTrekConfig(
  new ConfigReader({ soloTrek: nimbusConfig }),
).migrations;
const day1 = new Date('2026-03-01T10:00:00Z');
const day2 = new Date('2026-03-02T10:00:00Z');

const jewel = (deps: number, annotations: Record<string, string> = {}) =>
  evaluateEntity(
    nimbus,
    service('jewel', {
      labels: { tier: 'tier-0' },
      annotations,
      dependsOn: ['a', 'b', 'c', 'd']
        .slice(0, deps)
        .map(n => `component:default/${n}`),
    }),
  );

describe('pinned tracks', () => {
  it('pins the quadrant at the first evaluation and keeps it when the quadrant changes', () => {
    const first = nextResult({
      migrationId: 'nimbus',
      evaluation: jewel(3),
      previous: undefined,
      state: undefined,
      now: day1,
    })!;
    expect(first.result.track).toBe('solo-trek');
    expect(first.trackDecision).toMatchObject({
      fromTrack: null,
      toTrack: 'solo-trek',
      source: 'first-evaluation',
      createdAt: day1,
    });
    expect(trackDrift(first.result)).toBeNull();

    const rescan = nextResult({
      migrationId: 'nimbus',
      evaluation: jewel(4),
      previous: first.result,
      state: undefined,
      now: day2,
    })!;
    expect(rescan.result.track).toBe('solo-trek');
    expect(rescan.result.computedTrack).toBe('caravan');
    // A rescan records no decision: only the platform team changes a track.
    expect(rescan.trackDecision).toBeUndefined();
    expect(rescan.keepTrack).toBeUndefined();
    expect(trackDrift(rescan.result)).toEqual({
      computedTrack: 'caravan',
      reason: expect.stringContaining('complexity high: score 4 ≥ 4'),
    });
  });

  it('pins solo-trek.io/track over the quadrant, and ignores anything else in it', () => {
    const upfront = nextResult({
      migrationId: 'nimbus',
      evaluation: jewel(0, { 'solo-trek.io/track': 'caravan' }),
      previous: undefined,
      state: undefined,
      now: day1,
    })!;
    expect(upfront.result.track).toBe('caravan');
    expect(upfront.trackDecision?.source).toBe('annotation');
    const typo = nextResult({
      migrationId: 'nimbus',
      evaluation: jewel(0, { 'solo-trek.io/track': 'convoy' }),
      previous: undefined,
      state: undefined,
      now: day1,
    })!;
    expect(typo.result.track).toBe('solo-trek');
    expect(typo.trackDecision?.source).toBe('first-evaluation');
  });

  it('gives a first evaluation the track an entity had pinned before it left', () => {
    const first = nextResult({
      migrationId: 'nimbus',
      evaluation: jewel(0),
      previous: undefined,
      state: undefined,
      now: day1,
    })!;
    const kept = first.keepTrack!('caravan');
    expect(kept.result.track).toBe('caravan');
    expect(kept.result.computedTrack).toBe('solo-trek');
    expect(kept.result.resultHash).not.toBe(first.result.resultHash);
  });
});
