/**
 * The words of a name or label, for comparing what an editor wrote with the names an entry
 * answers to: "the Commission's" and "The Electoral Commission" share "commission", and "FCDO"
 * shares the initials of "Foreign, Commonwealth & Development Office".
 *
 * Used by the checker's suggestions (src/lib/suggest.ts) and its `label-target-mismatch` rule.
 */
import { HONORIFICS } from './fold-name.ts';

/**
 * Words that do not tell one entity from another: articles, pronouns, prepositions, and the
 * honorifics editors add or leave out. A label made only of these ("he", "the") names nothing.
 */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'he',
  'her',
  'hers',
  'him',
  'his',
  'in',
  'it',
  'its',
  'of',
  'on',
  'or',
  'she',
  'that',
  'the',
  'their',
  'them',
  'there',
  'these',
  'they',
  'this',
  'those',
  'to',
  'who',
  'whose',
  'with',
  // Honorifics too: "Sir Iain" is no more Iain than "Iain" is.
  ...HONORIFICS,
]);

/** Possessive endings: "Dowden's" is Dowden. */
const POSSESSIVE = /['\u2019\u02bc]s\b/giu;

const APOSTROPHES = /['\u2019\u02bc]/gu;

/**
 * The words of a text, lowercase, without accents, apostrophes or possessives, "&" read as
 * "and". Deliberately cheaper than `generateId` (no transliteration): labels and names are
 * compared by the thousand, and a word of another script stays a word of its own.
 */
function tokens(text: string): string[] {
  return text
    .replace(POSSESSIVE, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replaceAll('&', ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * A name folded for look-ups: `foldName`'s rule (case, accents, punctuation, honorifics) on the
 * cheap tokens above, for matching labels against thousands of names.
 */
export function looseKey(text: string): string {
  const words = tokens(text);
  const kept = words.filter((word) => !HONORIFICS.has(word));
  return (kept.length > 0 ? kept : words).join('');
}

/** The folded words of a text that can tell entities apart: no stop words, no single letters. */
export function nameWords(text: string): string[] {
  return distinctive(tokens(text));
}

function distinctive(words: readonly string[]): string[] {
  return words.filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}

/**
 * Initials of a name, with and without its stop words ("Ministry of State Security" → "moss" and
 * "mss"), so an acronym written as a label matches the name it abbreviates.
 */
function initials(words: readonly string[]): string[] {
  const all = words.filter((word) => !/^\d+$/.test(word));
  if (all.length < 2) return [];
  const kept = all.filter((word) => !STOP_WORDS.has(word));
  return [...new Set([all, kept].map((words) => words.map((word) => word[0]).join('')))];
}

/**
 * Every word an entry's names answer to, with their initials: the vocabulary a label is compared
 * against.
 */
export function vocabulary(names: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const name of names) {
    // One tokenising per name for both: it is most of the cost, once per mentioned entry.
    const all = tokens(name);
    for (const word of distinctive(all)) words.add(word);
    for (const acronym of initials(all)) words.add(acronym);
  }
  return words;
}

/**
 * How many of the label's words the vocabulary holds. Two words count as one when one begins
 * with the other and they share at least four letters, so "Chinese" meets "China" and
 * "Australian" meets "Australia", but "Commons" never meets "Commission".
 */
export function sharedWords(labelWords: readonly string[], names: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of labelWords) {
    if (names.has(word)) {
      shared += 1;
      continue;
    }
    for (const name of names) {
      if (sameStem(word, name)) {
        shared += 1;
        break;
      }
    }
  }
  return shared;
}

function sameStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return false;
  // "china"/"chinese": the shorter word minus its last letter begins the longer one.
  return long.startsWith(short) || (short.length >= 5 && long.startsWith(short.slice(0, -1)));
}
