/**
 * Invisible characters in content: which ones a name may not hold, which ones free text loses, and
 * how to name one in a message. A name that holds U+202E RIGHT-TO-LEFT OVERRIDE shows
 * "Ni Gaobin document.exe" for `Ni Gaobin \u202Eexe.tnemucod\u202C`, and a zero-width space makes
 * two names that look the same compare different (issue 14, item 5).
 * https://www.unicode.org/reports/tr9/ (bidi controls), https://www.unicode.org/reports/tr36/
 */

/**
 * Characters that draw nothing or change how the text around them draws: controls (Cc), format
 * characters (Cf: bidi controls, zero-width space and joiners, soft hyphen, BOM, …), the line and
 * paragraph separators, and the letters that render blank (Hangul fillers, braille blank).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029\u115F\u1160\u3164\uFFA0\u2800\u034F]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

/**
 * Joiners and marks that scripts need to be spelled right (ZWNJ in Persian, ZWJ in Indic scripts
 * and emoji, the directional marks in Arabic and Hebrew). None of them can reverse a run of text.
 */
const SPELLING_MARKS = new Set(['\u200C', '\u200D', '\u200E', '\u200F', '\u061C']);

/** Names of the code points editors meet; the rest are named by their number only. */
const NAMES: Record<number, string> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x09: 'CHARACTER TABULATION',
  0x0a: 'LINE FEED',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0x9b: 'CONTROL SEQUENCE INTRODUCER',
  0xad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x2800: 'BRAILLE PATTERN BLANK',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
};

/** `U+202E` for a code point. */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `U+202E RIGHT-TO-LEFT OVERRIDE`, or `U+E0001` when we do not carry its name. */
export function describeCodePoint(char: string): string {
  const name = NAMES[char.codePointAt(0)!];
  return name ? `${codePointLabel(char)} ${name}` : codePointLabel(char);
}

/** `text` with each invisible character replaced by what `replace` returns for it. */
export function replaceInvisible(text: string, replace: (char: string) => string): string {
  return text.replace(INVISIBLE_ALL, replace);
}

/** True when `char` (one code point) draws nothing or steers the text around it. */
export function isInvisible(char: string): boolean {
  return INVISIBLE.test(char);
}

/**
 * The first invisible character in `text`, or undefined. With `allowSpellingMarks`, the joiners
 * and directional marks a script needs are allowed (for names in their own script).
 */
export function firstInvisible(text: string, options: { allowSpellingMarks?: boolean } = {}): string | undefined {
  for (const match of text.matchAll(INVISIBLE_ALL)) {
    if (options.allowSpellingMarks && SPELLING_MARKS.has(match[0])) continue;
    return match[0];
  }
  return undefined;
}

/**
 * Free text without the characters that could hide or reorder what follows: every invisible
 * character but tab, line feed and the spelling marks is dropped, and the line and paragraph
 * separators become spaces. An unterminated U+202E in a role can then no longer reverse the rest
 * of the line it is shown on.
 */
export function stripInvisible(text: string): string {
  return replaceInvisible(text, (char) => {
    if (char === '\n' || char === '\t' || SPELLING_MARKS.has(char)) return char;
    return char === '\u2028' || char === '\u2029' ? ' ' : '';
  });
}
