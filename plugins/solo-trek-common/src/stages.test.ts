import { isBackwardMove, isMigrationStage, stageRank } from './stages';

describe('stages', () => {
  it('recognises only the six stages', () => {
    expect(isMigrationStage('in-progress')).toBe(true);
    expect(isMigrationStage('done')).toBe(false);
    expect(isMigrationStage(3)).toBe(false);
  });

  it('orders stages along the forward path', () => {
    expect(stageRank('not-started')).toBeLessThan(stageRank('planning'));
    expect(stageRank('migrated')).toBeLessThan(stageRank('decommissioned'));
    expect(stageRank('retired')).toBe(stageRank('decommissioned'));
  });

  it('treats only moves to an earlier stage as backwards', () => {
    expect(isBackwardMove('migrated', 'in-progress')).toBe(true);
    expect(isBackwardMove('planning', 'migrated')).toBe(false);
    expect(isBackwardMove('not-started', 'retired')).toBe(false);
    expect(isBackwardMove('retired', 'decommissioned')).toBe(false);
  });
});
