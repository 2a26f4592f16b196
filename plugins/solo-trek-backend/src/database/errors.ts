import { isError } from '@backstage/errors';

/**
 * A database error as an Error of the realm the store runs in.
 *
 * better-sqlite3 hands its native addon one SqliteError constructor per
 * process: the one of the first realm that opened a database. Where modules
 * are evaluated in more than one realm, the errors of every other realm's
 * databases are made by a foreign Error: not `instanceof Error` there, and
 * `[object Object]` to `Object.prototype.toString` (SqliteError is an ES5
 * subclass). Jest is such a place: each test file has its own realm and the
 * addon is shared by the files a worker runs, so a store's error looked like
 * no error at all to `toThrow` and to the scanner's `instanceof Error`, and
 * only when another SQLite test file had run first in the same worker.
 *
 * Such an error is made again here with its name, message, stack and own
 * fields (the driver's `code` among them), the original as its cause. Any
 * other value is returned as it is; in one realm nothing changes.
 */
export function localError(error: unknown): unknown {
  if (error instanceof Error || !isError(error)) return error;
  const local = new Error(error.message);
  Object.assign(local, error);
  for (const [key, value] of Object.entries({
    name: error.name,
    stack: error.stack ?? local.stack,
    cause: error,
  })) {
    Object.defineProperty(local, key, {
      value,
      writable: true,
      enumerable: false,
      configurable: true,
    });
  }
  return local;
}
