/** Invisible characters: which ones names may not hold, what free text loses, how they are named. */
import { describe, expect, it } from 'vitest';
import { describeCodePoint, firstInvisible, stripInvisible } from '../../src/schemas/invisible-characters.ts';

describe('firstInvisible', () => {
  it('finds bidi controls, zero-width characters, the soft hyphen, the BOM, separators and controls', () => {
    for (const char of [
      '\u202a',
      '\u202e',
      '\u2066',
      '\u2069',
      '\u200b',
      '\u200f',
      '\u2028',
      '\u2029',
      '\ufeff',
      '\u00ad',
      '\u061c',
      '\u2060',
      '\u3164',
      '\x1b',
      '\t',
      '\x9b',
    ]) {
      expect(firstInvisible(`ab${char}cd`), describeCodePoint(char)).toBe(char);
    }
    expect(firstInvisible('Ni Gaobin 倪高彬 «Ставка» café')).toBeUndefined();
  });

  it('allows the joiners and marks a script needs, when asked, but never a bidi override', () => {
    expect(firstInvisible('می\u200cخواهم', { allowSpellingMarks: true })).toBeUndefined();
    expect(firstInvisible('می\u200cخواهم')).toBe('\u200c');
    expect(firstInvisible('a\u202eb', { allowSpellingMarks: true })).toBe('\u202e');
  });
});

describe('stripInvisible', () => {
  it('drops what could hide or reorder text, keeps line feeds, tabs and spelling marks', () => {
    expect(stripInvisible('Speaks \u202ein the tests.')).toBe('Speaks in the tests.');
    expect(stripInvisible('a\u200b\u00ad\ufeff\x1b[31mb')).toBe('a[31mb');
    expect(stripInvisible('line\u2028next\nthird\tcol')).toBe('line next\nthird\tcol');
    expect(stripInvisible('می\u200cخواهم')).toBe('می\u200cخواهم');
  });
});

describe('describeCodePoint', () => {
  it('names the code point editors meet, and numbers the rest', () => {
    expect(describeCodePoint('\u202e')).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(describeCodePoint('\x1b')).toBe('U+001B ESCAPE');
    expect(describeCodePoint('\u{e0001}')).toBe('U+E0001');
  });
});
