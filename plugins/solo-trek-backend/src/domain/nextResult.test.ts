import { ConfigReader } from '@backstage/config';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from '../config/readSoloTrekConfig';
import { evaluateEntity } from './evaluateEntity';
import { nextResult } from './nextResult';

const [nimbus] = readSoloTrekConfig(
  new ConfigReader({ soloTrek: nimbusConfig }),
).migrations;
const day1 = new Date('2026-03-01T10:00:00Z');
const day2 = new Date('2026-03-02T10:00:00Z');

function evaluate(entity = service('ledger')) {
  return evaluateEntity(nimbus, entity);
}

describe('nextResult', () => {
  it('stores a first evaluation with a history entry', () => {
    const write = nextResult({
      migrationId: 'nimbus',
      evaluation: evaluate(),
      previous: undefined,
      state: undefined,
      now: day1,
    })!;
    expect(write.result).toMatchObject({
      stage: 'not-started',
      stageSource: 'default',
    });
    expect(write.history).toMatchObject({
      fromStage: null,
      toStage: 'not-started',
    });
  });

  it('writes nothing when nothing changed', () => {
    const first = nextResult({
      migrationId: 'nimbus',
      evaluation: evaluate(),
      previous: undefined,
      state: undefined,
      now: day1,
    })!;
    expect(
      nextResult({
        migrationId: 'nimbus',
        evaluation: evaluate(),
        previous: first.result,
        state: undefined,
        now: day2,
      }),
    ).toBeUndefined();
  });

  it('records a stage change from the catalog and when it went live', () => {
    const first = nextResult({
      migrationId: 'nimbus',
      evaluation: evaluate(),
      previous: undefined,
      state: undefined,
      now: day1,
    })!;
    const live = service('ledger', {
      annotations: { 'nimbus.io/cluster': 'eu-1' },
    });
    const write = nextResult({
      migrationId: 'nimbus',
      evaluation: evaluate(live),
      previous: first.result,
      state: undefined,
      now: day2,
    })!;
    expect(write.result).toMatchObject({
      stage: 'migrated',
      stageSource: 'live',
      live: true,
    });
    expect(write.result.migratedAt).toEqual(day2);
    expect(write.result.stageChangedAt).toEqual(day2);
    expect(write.history).toMatchObject({
      fromStage: 'not-started',
      toStage: 'migrated',
      source: 'live',
    });
  });

  it('backfills the go-live date from solo-trek.io/migrated-at', () => {
    const live = service('ledger', {
      annotations: {
        'nimbus.io/cluster': 'eu-1',
        'solo-trek.io/migrated-at': '2026-02-03',
      },
    });
    const write = nextResult({
      migrationId: 'nimbus',
      evaluation: evaluate(live),
      previous: undefined,
      state: undefined,
      now: day2,
    })!;
    expect(write.result.migratedAt).toEqual(new Date('2026-02-03T00:00:00Z'));
    expect(write.history?.note).toBe('Live since 2026-02-03');
  });

  it('notes when a new annotation value was first seen', () => {
    const planning = service('ledger', {
      annotations: { 'solo-trek.io/stage': 'planning' },
    });
    const write = nextResult({
      migrationId: 'nimbus',
      evaluation: evaluate(planning),
      previous: undefined,
      state: undefined,
      now: day1,
    })!;
    expect(write.annotationStageAt).toEqual(day1);
    expect(write.result).toMatchObject({
      stage: 'planning',
      stageSource: 'annotation',
    });
  });
});
