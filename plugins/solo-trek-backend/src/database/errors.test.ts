import { localError } from './errors';
import { foreignSqliteError } from './testUtils';

describe('localError', () => {
  it('makes an error of another realm an Error of this one, keeping what it says', () => {
    const foreign = foreignSqliteError(
      'NOT NULL constraint failed: entity_results.criticality',
      'SQLITE_CONSTRAINT_NOTNULL',
    );
    // What Jest's toThrow and the scanner's instanceof saw: no error.
    expect(foreign instanceof Error).toBe(false);
    expect(Object.prototype.toString.call(foreign)).toBe('[object Object]');

    const local = localError(foreign) as any;
    expect(local).toBeInstanceOf(Error);
    expect(() => {
      throw local;
    }).toThrow('NOT NULL constraint failed: entity_results.criticality');
    expect(local.name).toBe('SqliteError');
    expect(local.code).toBe('SQLITE_CONSTRAINT_NOTNULL');
    expect(local.stack).toBe(foreign.stack);
    expect(local.cause).toBe(foreign);
    expect(String(local)).toBe(
      'SqliteError: NOT NULL constraint failed: entity_results.criticality',
    );
  });

  it('returns an Error of this realm and anything not an error as they are', () => {
    const error = new TypeError('x');
    expect(localError(error)).toBe(error);
    expect(localError('text')).toBe('text');
    expect(localError(undefined)).toBeUndefined();
    const plain = { reason: 'no name or message' };
    expect(localError(plain)).toBe(plain);
  });
});
