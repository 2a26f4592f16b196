import { ConfigReader } from '@backstage/config';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from '../config/readSoloTrekConfig';
import { evaluateEntity } from './evaluateEntity';
import { nextResult } from './nextResult';
import { isRollback, rollbacksByMonth } from './rollback';

const [nimbus] = readSoloTrekConfig(
  new ConfigReader({ soloTrek: nimbusConfig }),
).migrations;
const day1 = new Date('2026-03-01T10:00:00Z');
const day2 = new Date('2026-04-02T10:00:00Z');

describe('rollbacks', () => {
  it('is a move from a stage live on the new platform to one before it', () => {
    expect(isRollback('migrated', 'in-progress')).toBe(true);
    expect(isRollback('decommissioned', 'not-started')).toBe(true);
    // Still on the new platform: a backward move, not a rollback.
    expect(isRollback('decommissioned', 'migrated')).toBe(false);
    expect(isRollback('retired', 'planning')).toBe(false);
    expect(isRollback('in-progress', 'planning')).toBe(false);
    expect(isRollback(null, 'not-started')).toBe(false);
  });

  it('records a lost live signal as a rollback by "live signal", keeping the go-live date in the history', () => {
    const live = nextResult({
      migrationId: 'nimbus',
      evaluation: evaluateEntity(
        nimbus,
        service('ledger', { annotations: { 'nimbus.io/cluster': 'eu-1' } }),
      ),
      previous: undefined,
      state: undefined,
      now: day1,
      liveWhen: nimbus.liveWhen.description,
    })!;
    expect(live.result).toMatchObject({ stage: 'migrated', migratedAt: day1 });
    const lost = nextResult({
      migrationId: 'nimbus',
      evaluation: evaluateEntity(nimbus, service('ledger')),
      previous: live.result,
      state: undefined,
      now: day2,
      liveWhen: nimbus.liveWhen.description,
    })!;
    expect(lost.result).toMatchObject({
      stage: 'not-started',
      migratedAt: null,
      rolledBackAt: day2,
      stageChangedAt: day2,
    });
    expect(lost.history).toEqual({
      fromStage: 'migrated',
      toStage: 'not-started',
      source: 'default',
      actor: 'live signal',
      note: 'The catalog no longer shows it live (annotation nimbus.io/cluster exists)',
      createdAt: day2,
      rollback: { wentLiveAt: day1, postMortemUrl: null },
    });
  });

  it('records a stage annotation moved back as a rollback, with the post-mortem link of the catalog', () => {
    const links = [
      { url: 'https://wiki.example.com/pm/42', type: 'post-mortem' },
    ];
    const migrated = nextResult({
      migrationId: 'nimbus',
      evaluation: evaluateEntity(
        nimbus,
        service('ledger', {
          annotations: { 'solo-trek.io/stage': 'migrated' },
        }),
      ),
      previous: undefined,
      state: undefined,
      now: day1,
    })!;
    const entity = service('ledger', {
      annotations: { 'solo-trek.io/stage': 'in-progress' },
    });
    entity.metadata.links = links;
    const back = nextResult({
      migrationId: 'nimbus',
      evaluation: evaluateEntity(nimbus, entity),
      previous: migrated.result,
      state: { annotationStageAt: day1 } as any,
      now: day2,
    })!;
    expect(back.history).toMatchObject({
      actor: 'catalog annotation',
      note: 'solo-trek.io/stage moved back to in-progress',
      rollback: {
        wentLiveAt: day1,
        postMortemUrl: 'https://wiki.example.com/pm/42',
      },
    });
  });

  it('backfills a rollback from before Solo Trek watched from solo-trek.io/rolled-back-at', () => {
    const first = nextResult({
      migrationId: 'nimbus',
      evaluation: evaluateEntity(
        nimbus,
        service('ledger', {
          annotations: {
            'solo-trek.io/stage': 'in-progress',
            'solo-trek.io/migrated-at': '2026-02-01',
            'solo-trek.io/rolled-back-at': '2026-02-20',
          },
        }),
      ),
      previous: undefined,
      state: undefined,
      now: day2,
    })!;
    const at = new Date('2026-02-20T00:00:00Z');
    expect(first.result).toMatchObject({
      stage: 'in-progress',
      rolledBackAt: at,
      stageChangedAt: at,
      migratedAt: null,
    });
    expect(first.history).toMatchObject({
      fromStage: 'migrated',
      toStage: 'in-progress',
      actor: 'catalog annotation',
      createdAt: at,
      rollback: { wentLiveAt: new Date('2026-02-01T00:00:00Z') },
    });
  });

  it('counts rollbacks per month with every month from the start, empty ones too', () => {
    expect(
      rollbacksByMonth(
        [
          new Date('2026-02-03T00:00:00Z'),
          new Date('2026-02-27T00:00:00Z'),
          new Date('2026-04-01T00:00:00Z'),
        ],
        new Date('2026-01-01T00:00:00Z'),
        new Date('2026-04-15T00:00:00Z'),
      ),
    ).toEqual([
      { month: '2026-01', count: 0 },
      { month: '2026-02', count: 2 },
      { month: '2026-03', count: 0 },
      { month: '2026-04', count: 1 },
    ]);
  });
});
