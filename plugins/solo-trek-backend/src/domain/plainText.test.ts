import { InputError } from '@backstage/errors';
import { assertPlainText, controlCharacterIn } from './plainText';

describe('plain text', () => {
  it('allows ordinary text, tabs, line feeds, CRLF and astral characters', () => {
    for (const value of [
      '',
      'Moved behind the new ingress',
      'line one\nline two',
      'line one\r\nline two\r\n',
      'a\tb',
      'Übergang — 移行 🚀 (\u{1F680})',
      'right-to-left \u202Bمرحبا\u202C',
    ]) {
      expect(controlCharacterIn(value)).toBeUndefined();
      expect(() => assertPlainText('note', value)).not.toThrow();
    }
  });

  it('finds the first control character and its position', () => {
    expect(controlCharacterIn('abcd\u0000ef')).toEqual({
      codePoint: 0,
      position: 4,
      kind: 'control character',
    });
    expect(controlCharacterIn('\u001b[31mred')).toMatchObject({
      codePoint: 0x1b,
      position: 0,
    });
    // DEL and the C1 range are control characters too.
    expect(controlCharacterIn('x\u007f')).toMatchObject({ codePoint: 0x7f });
    expect(controlCharacterIn('x\u0085')).toMatchObject({ codePoint: 0x85 });
    // A carriage return counts only when it is not part of CRLF.
    expect(controlCharacterIn('a\r\nb\rc')).toMatchObject({
      codePoint: 0x0d,
      position: 4,
    });
    expect(controlCharacterIn('ends with CR\r')).toMatchObject({
      codePoint: 0x0d,
      position: 12,
    });
  });

  it('refuses lone surrogates but not valid pairs', () => {
    expect(controlCharacterIn('ab\uD800cd')).toEqual({
      codePoint: 0xd800,
      position: 2,
      kind: 'lone surrogate',
    });
    expect(controlCharacterIn('\uDE00 low first')).toMatchObject({
      codePoint: 0xde00,
      position: 0,
      kind: 'lone surrogate',
    });
    expect(controlCharacterIn('\uD83D\uDE80')).toBeUndefined();
    // A high surrogate followed by another high one: the first is lone.
    expect(controlCharacterIn('\uD83D\uD83D\uDE80')).toMatchObject({
      position: 0,
      kind: 'lone surrogate',
    });
  });

  it('throws an InputError that names the field, the character and where', () => {
    expect(() => assertPlainText('note', 'abcd\u0000')).toThrow(InputError);
    expect(() => assertPlainText('note', 'abcd\u0000')).toThrow(
      'note contains a control character (U+0000 at position 4); remove it. Tabs and line breaks are fine',
    );
    expect(() => assertPlainText('reason', 'ok\u001b')).toThrow(
      'reason contains a control character (U+001B at position 2)',
    );
    expect(() => assertPlainText('wave', 'w\uDBFF')).toThrow(
      'wave is not valid text (a lone UTF-16 surrogate, U+DBFF at position 1); send well-formed Unicode',
    );
  });

  it('lets absent optional fields through', () => {
    expect(() => assertPlainText('note', undefined)).not.toThrow();
    expect(() => assertPlainText('note', null)).not.toThrow();
  });

  it('checks 100 kB in linear time', () => {
    const long = 'a'.repeat(100_000);
    const started = Date.now();
    expect(controlCharacterIn(long)).toBeUndefined();
    expect(controlCharacterIn(`${long}\u0000`)).toMatchObject({
      position: 100_000,
    });
    expect(Date.now() - started).toBeLessThan(500);
  });
});
