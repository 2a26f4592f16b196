import { escalationDigestKey, teamDigestKey } from './digest';
import { Nudge } from './model';

/** What a sweep sends: notifications, some of them digests of several nudges. */
export interface NudgePlan {
  send: Nudge[];
  /** Per-service nudges carried by digests. */
  folded: number;
}

/**
 * Drops what was recorded (sent, folded, claimed or skipped) and folds
 * per-service nudges into weekly digests: a team with more than
 * `digestThreshold` pending gets its digest instead, and so does a team that
 * already got this week's (the digest is sent again with the same scope,
 * so it is updated, not repeated). Escalations fold the same way per
 * escalation group.
 */
export function planNudges(options: {
  candidates: readonly Nudge[];
  recorded: ReadonlySet<string>;
  digestThreshold: number;
  week: string;
  teamDigest: (team: string, items: Nudge[]) => Nudge;
  escalationDigest: (group: string, items: Nudge[]) => Nudge;
}): NudgePlan {
  const { recorded, digestThreshold, week } = options;
  const pending = options.candidates.filter(
    n =>
      !recorded.has(n.key) &&
      !(n.supersededBy ?? []).some(key => recorded.has(key)),
  );
  const send: Nudge[] = [];
  const groups = new Map<
    string,
    { kind: 'team' | 'escalation'; items: Nudge[] }
  >();
  for (const nudge of pending) {
    if (!nudge.fold) {
      send.push(nudge);
      continue;
    }
    const id = `${nudge.fold.kind}\n${nudge.fold.by}`;
    const group = groups.get(id) ?? { kind: nudge.fold.kind, items: [] };
    group.items.push(nudge);
    groups.set(id, group);
  }
  let folded = 0;
  for (const [id, { kind, items }] of groups) {
    const by = id.slice(id.indexOf('\n') + 1);
    const digestKey =
      kind === 'team' ? teamDigestKey(by, week) : escalationDigestKey(by, week);
    if (items.length > digestThreshold || recorded.has(digestKey)) {
      send.push(
        kind === 'team'
          ? options.teamDigest(by, items)
          : options.escalationDigest(by, items),
      );
      folded += items.length;
    } else {
      send.push(...items);
    }
  }
  return { send, folded };
}
