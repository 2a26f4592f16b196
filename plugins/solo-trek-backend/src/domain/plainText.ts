import { InputError } from '@backstage/errors';

/** Where a free-text field stops being plain text. */
export interface TextProblem {
  /** The offending code unit (a control character or a lone surrogate). */
  codePoint: number;
  /** Its 0-based UTF-16 index, as String indices and JSON.parse count. */
  position: number;
  kind: 'control character' | 'lone surrogate';
}

// Cc is C0, DEL and C1. Tab and line feed are how people write notes, and a
// carriage return is kept only before a line feed (Windows line endings from
// a pasted text). A lone CR is refused: log viewers and spreadsheets treat it
// as a line break of their own, and it is a formula prefix in CSV. With the u
// flag a lone surrogate is its own code point in \p{Cs}, while a valid pair
// reads as one astral code point, so emoji pass.
const NOT_PLAIN = /(?!\t|\n|\r\n)\p{Cc}|\p{Cs}/u;

/**
 * The first character that makes `value` not plain text, or undefined.
 * Refused: control characters other than tab, line feed and CR before LF,
 * which a store, a log line or an export would pass on to a terminal or
 * spreadsheet; and lone UTF-16 surrogates, which are not text at all
 * (PostgreSQL refuses them, and they cannot be written as UTF-8).
 */
export function controlCharacterIn(value: string): TextProblem | undefined {
  const found = NOT_PLAIN.exec(value);
  if (!found) return undefined;
  const codePoint = found[0].charCodeAt(0);
  return {
    codePoint,
    position: found.index,
    kind:
      codePoint >= 0xd800 && codePoint <= 0xdfff
        ? 'lone surrogate'
        : 'control character',
  };
}

const hex = (codePoint: number) =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Throws an InputError naming the field, the character and where it is when
 * `value` is not plain text (see controlCharacterIn). Absent values pass, so
 * optional fields need no check of their own.
 */
export function assertPlainText(
  field: string,
  value: string | null | undefined,
): void {
  if (typeof value !== 'string') return;
  const problem = controlCharacterIn(value);
  if (!problem) return;
  const where = `${hex(problem.codePoint)} at position ${problem.position}`;
  throw new InputError(
    problem.kind === 'lone surrogate'
      ? `${field} is not valid text (a lone UTF-16 surrogate, ${where}); send well-formed Unicode`
      : `${field} contains a control character (${where}); remove it. Tabs and line breaks are fine`,
  );
}
