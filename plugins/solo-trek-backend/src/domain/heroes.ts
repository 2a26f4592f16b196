import { HeroOfMonth } from '@internal/plugin-solo-trek-common';
import { HeroNominationRow } from './model';

/**
 * The winner of each month's nominations: most nominations, then whoever was
 * nominated first, then the ref, so ties always break the same way.
 */
export function heroesByMonth(
  nominations: HeroNominationRow[],
  titles: ReadonlyMap<string, string> = new Map(),
): Map<string, HeroOfMonth> {
  const months = new Map<
    string,
    Map<string, { count: number; first: number; reasons: string[] }>
  >();
  for (const n of nominations) {
    let month = months.get(n.month);
    if (!month) {
      month = new Map();
      months.set(n.month, month);
    }
    const tally = month.get(n.nominee) ?? {
      count: 0,
      first: n.createdAt.getTime(),
      reasons: [],
    };
    tally.count++;
    tally.first = Math.min(tally.first, n.createdAt.getTime());
    tally.reasons.push(n.reason);
    month.set(n.nominee, tally);
  }
  const out = new Map<string, HeroOfMonth>();
  for (const [month, tallies] of months) {
    const [nominee, tally] = [...tallies.entries()].sort(
      ([a, x], [b, y]) =>
        y.count - x.count || x.first - y.first || a.localeCompare(b),
    )[0];
    out.set(month, {
      month,
      nominee,
      title: titles.get(nominee),
      nominations: tally.count,
      reasons: tally.reasons,
    });
  }
  return out;
}
