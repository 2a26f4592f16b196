import type { Diagnostics } from 'recheck';
// The pure JavaScript build, run in this thread: the package's main entry
// would start a worker thread, its native binary or a JVM to answer the same
// question, and config is read once, synchronously, at startup.
import { checkSync } from 'recheck/lib/browser';
import { RuleConfigError } from './RuleConfigError';

/**
 * The longest value, in UTF-16 code units, that a `matches` leaf tests. A
 * longer value makes the leaf unknown, with evidence that says why.
 * Backtracking that survives the startup check is at most quadratic, so this
 * bounds one test: `\s+$` on 1,024 characters took 1.1 ms here, where a cubic
 * pattern took 385 ms and `^([a-z0-9]+-?)+$` on a 27-character label 7.4 s.
 * Labels hold at most 63 characters and the annotations rules read (refs,
 * URLs, slugs) far less than 1,024.
 */
export const MATCHES_MAX_LENGTH = 1024;

// recheck's fuzzer needs about 3 s here for a pattern with lookaheads or
// back-references; a pattern it cannot decide in 10 s is refused, not trusted.
const CHECK_TIMEOUT_MS = 10_000;

// Tests and replicas read the same config many times in one process; the
// check of one pattern takes from 2 ms to seconds and its answer never changes.
const verdicts = new Map<string, string | undefined>();
const MAX_VERDICTS = 256;

function hotspotsOf(diagnostics: Diagnostics & { status: 'vulnerable' }) {
  const spots = diagnostics.hotspot
    .filter(h => h.temperature === 'heat')
    .map(h => JSON.stringify(diagnostics.source.slice(h.start, h.end)));
  return spots.length > 0 ? `, at ${[...new Set(spots)].join(' and ')}` : '';
}

/** Why the pattern may not run on catalog values, or undefined when it may. */
function backtrackingProblem(pattern: string): string | undefined {
  const shown = JSON.stringify(pattern);
  const diagnostics = checkSync(pattern, '', { timeout: CHECK_TIMEOUT_MS });
  switch (diagnostics.status) {
    case 'safe':
      return undefined;
    case 'vulnerable': {
      const { complexity } = diagnostics;
      // Quadratic is bounded by MATCHES_MAX_LENGTH, and refusing it would
      // refuse everyday patterns such as `.*-prod` and `\s+$`.
      if (complexity.type === 'polynomial' && complexity.degree <= 2) {
        return undefined;
      }
      return complexity.type === 'exponential'
        ? `the regular expression ${shown} can backtrack for exponential time ` +
            `(seconds on a value of a few dozen characters)${hotspotsOf(
              diagnostics,
            )}; ` +
            'rewrite it so that no text matches it in two ways: no repetition ' +
            'inside a repetition such as (a+)+ and no overlapping alternatives ' +
            'such as (a|aa)*, for example ^[a-z0-9]+(-[a-z0-9]+)*$ instead of ^([a-z0-9]+-?)+$'
        : `the regular expression ${shown} can backtrack for ${
            complexity.summary
          } time (seconds on a value of ${MATCHES_MAX_LENGTH} characters)${hotspotsOf(
            diagnostics,
          )}; rewrite it so that neighbouring repetitions cannot match the same ` +
            'characters, such as .*a.*a.* or \\d+\\.?\\d*';
    }
    default: {
      const { error } = diagnostics;
      return error.kind === 'timeout' || error.kind === 'cancel'
        ? `the regular expression ${shown} could not be shown safe from ` +
            `catastrophic backtracking within ${CHECK_TIMEOUT_MS / 1000} s; ` +
            'simplify it (lookarounds, back-references and large counted ' +
            'repetitions make it hard to check)'
        : `the regular expression ${shown} could not be checked for ` +
            `catastrophic backtracking (${error.message}); rewrite it in ` +
            'plain ECMAScript syntax, without legacy forms such as a lone { or \\u{...}';
    }
  }
}

/**
 * Compiles a `matches` pattern from config, refusing one that is not valid or
 * can backtrack catastrophically (exponential, or polynomial above quadratic,
 * per recheck's automaton and fuzzing analysis). Rules run on catalog values
 * on the event loop, so a bad pattern must stop the backend at startup.
 */
export function compileCheckedRegex(pattern: string, keyPath: string): RegExp {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern);
  } catch (e) {
    throw new RuleConfigError(
      keyPath,
      `bad regular expression ${JSON.stringify(pattern)}: ${
        (e as Error).message
      }`,
    );
  }
  if (!verdicts.has(pattern)) {
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(pattern, backtrackingProblem(pattern));
  }
  const problem = verdicts.get(pattern);
  if (problem !== undefined) throw new RuleConfigError(keyPath, problem);
  return regex;
}
