import { RuleConfigError } from './RuleConfigError';

/**
 * Parses a dot path with bracketed keys, such as
 * `metadata.annotations["backstage.io/techdocs-ref"]` or `spec.dependsOn[0]`,
 * into its segments. Stricter than lodash's toPath on purpose: a typo in a
 * Creed rule must stop the backend, not silently read nothing.
 */
export function parseValuePath(path: string, keyPath: string): string[] {
  const segments: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new RuleConfigError(
      keyPath,
      `invalid path "${path}" at character ${i + 1}: ${why}. ` +
        'Use dots between keys and ["..."] for keys with dots or slashes, ' +
        'for example metadata.annotations["backstage.io/techdocs-ref"]',
    );
  };
  if (path.length === 0) fail('the path is empty');
  while (i < path.length) {
    if (path[i] === '[') {
      const quote = path[i + 1];
      if (quote === '"' || quote === "'") {
        const end = path.indexOf(quote, i + 2);
        if (end < 0 || path[end + 1] !== ']')
          fail('unterminated bracketed key');
        segments.push(path.slice(i + 2, end));
        i = end + 2;
      } else {
        const end = path.indexOf(']', i);
        const index = path.slice(i + 1, end);
        if (end < 0 || !/^\d+$/.test(index)) {
          fail('brackets hold a quoted key or an array index');
        }
        segments.push(index);
        i = end + 1;
      }
    } else {
      let end = i;
      while (end < path.length && path[end] !== '.' && path[end] !== '[') end++;
      if (end === i) fail('empty key');
      segments.push(path.slice(i, end));
      i = end;
    }
    if (i < path.length) {
      if (path[i] === '.') {
        i++;
        if (i >= path.length) fail('the path ends with a dot');
      } else if (path[i] !== '[') {
        fail('expected "." or "["');
      }
    }
  }
  return segments;
}

/** Reads pre-parsed segments; a missing step gives undefined. */
export function readPath(root: unknown, segments: readonly string[]): unknown {
  let current: any = root;
  for (let i = 0; i < segments.length; i++) {
    if (current === null || typeof current !== 'object') return undefined;
    current = current[segments[i]];
  }
  return current;
}
