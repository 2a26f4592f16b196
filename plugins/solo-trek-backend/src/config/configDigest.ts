import { createHash } from 'node:crypto';

/**
 * A short digest of a parsed config. Compiled rules contribute their
 * description (functions have no JSON form), regular expressions their
 * source, and luxon dates their ISO text, so any change of a key that
 * shapes a document changes the digest.
 */
export function configDigest(config: unknown): string {
  const text = JSON.stringify(config, (_key, value) => {
    if (value instanceof RegExp) return value.toString();
    if (typeof value === 'function') return undefined;
    return value;
  });
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
