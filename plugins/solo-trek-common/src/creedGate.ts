import { CheckInfo, CreedSeverity } from './api';

/**
 * The lowest severity that stops a Creed gate (a template step, an
 * assistant's check): `must` stops on must items only, `should` on every
 * item, `none` never stops.
 * @public
 */
export type CreedFailOn = CreedSeverity | 'none';

/** @public */
export const CREED_FAIL_ON: ReadonlyArray<CreedFailOn> = [
  'must',
  'should',
  'none',
];

/**
 * Whether a check stands in the way: it neither passes nor is waived. An
 * `unknown` outcome (no evidence yet, e.g. a probe that has not answered)
 * counts, as it does for compliant adoption, where a must item has to pass.
 * @public
 */
export function isOpenCheck(check: Pick<CheckInfo, 'status'>): boolean {
  return check.status !== 'pass' && check.status !== 'waived';
}

/** The open checks at or above `failOn`, in the order given. @public */
export function blockingChecks<
  T extends Pick<CheckInfo, 'status' | 'severity'>,
>(checks: readonly T[], failOn: CreedFailOn): T[] {
  if (failOn === 'none') return [];
  return checks.filter(
    c => isOpenCheck(c) && (failOn === 'should' || c.severity === 'must'),
  );
}
