import { runInNewContext } from 'node:vm';

/**
 * An error as better-sqlite3 throws it in a realm other than the one whose
 * SqliteError its native addon was given: made in another realm, by an ES5
 * subclass of that realm's Error (as lib/sqlite-error.js defines it).
 */
export function foreignSqliteError(message: string, code: string): any {
  return runInNewContext(
    `function SqliteError(message, code) {
      Error.call(this, message);
      Object.defineProperty(this, 'message', {
        value: message, writable: true, enumerable: false, configurable: true,
      });
      Error.captureStackTrace(this, SqliteError);
      this.code = code;
    }
    Object.setPrototypeOf(SqliteError, Error);
    Object.setPrototypeOf(SqliteError.prototype, Error.prototype);
    Object.defineProperty(SqliteError.prototype, 'name', {
      value: 'SqliteError', writable: true, enumerable: false, configurable: true,
    });
    new SqliteError(message, code);`,
    { message, code },
  );
}
