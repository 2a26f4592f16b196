/**
 * A mistake in the `soloTrek` config. The message starts with the exact key
 * path, so a backend that refuses to start says where to look.
 */
export class RuleConfigError extends Error {
  readonly keyPath: string;

  constructor(keyPath: string, problem: string) {
    super(`Invalid config at ${keyPath}: ${problem}`);
    this.name = 'RuleConfigError';
    this.keyPath = keyPath;
  }
}

/** Appends a key to a key path, bracketing keys that are not plain words. */
export function childKeyPath(keyPath: string, key: string | number): string {
  if (typeof key === 'number') return `${keyPath}[${key}]`;
  return /^[A-Za-z_$][\w$-]*$/.test(key)
    ? `${keyPath}.${key}`
    : `${keyPath}[${JSON.stringify(key)}]`;
}
