import { CheckStatus, CreedSeverity } from './api';
import { blockingChecks, isOpenCheck } from './creedGate';

const check = (id: string, severity: CreedSeverity, status: CheckStatus) => ({
  id,
  severity,
  status,
});

const checks = [
  check('metrics', 'must', 'fail'),
  check('on-call', 'must', 'unknown'),
  check('cost', 'must', 'pass'),
  check('docs', 'should', 'fail'),
  check('runbook', 'should', 'waived'),
];

describe('the Creed gate', () => {
  it('counts failing and unknown checks as open, passing and waived ones not', () => {
    expect(checks.filter(isOpenCheck).map(c => c.id)).toEqual([
      'metrics',
      'on-call',
      'docs',
    ]);
  });

  it.each([
    ['must', ['metrics', 'on-call']],
    ['should', ['metrics', 'on-call', 'docs']],
    ['none', []],
  ] as const)('stops on failOn %s at %j', (failOn, ids) => {
    expect(blockingChecks(checks, failOn).map(c => c.id)).toEqual(ids);
  });
});
