/**
 * "Did you mean …?" suggestions for misspelt ids, field names and enum values.
 */
import { distance } from 'fastest-levenshtein';
import { generateId, isValidId } from './ids.ts';
import { looseKey, nameWords, sharedWords, vocabulary } from './names/name-words.ts';

/**
 * The candidate closest to `value`, if it is close enough to be a likely typo: at most a third of
 * the length away (and at least 2 edits allowed), or equal once case, accents and punctuation are
 * folded away ("David Cameron" → "david-cameron").
 */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  const folded = generateId(value);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === value) return candidate;
    if (folded !== '' && generateId(candidate) === folded) return candidate;
    const d = distance(value.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(2, Math.floor(value.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** ` Did you mean "x"?` or the empty string. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const match = closestMatch(value, candidates);
  return match === undefined ? '' : ` Did you mean "${match}"?`;
}

/** An entry a reference could have meant: its id and the names it answers to. */
export interface NamedCandidate {
  readonly id: string;
  readonly names: readonly string[];
}

/** A suggested entry, with the name that matched when it was found by name rather than by id. */
export interface EntrySuggestion {
  readonly id: string;
  readonly name?: string;
}

/** At most this many suggestions are offered when several entries match equally well. */
const MAX_SUGGESTIONS = 3;

interface Prepared {
  readonly candidate: NamedCandidate;
  /** Position in the candidate list, so results keep its order. */
  readonly order: number;
  readonly words: ReadonlySet<string>;
}

interface Lookup {
  readonly entries: readonly Prepared[];
  /** Folded name or id → the entries answering to it, with the name (absent for an id). */
  readonly byKey: ReadonlyMap<string, readonly { entry: Prepared; name?: string }[]>;
  /** A word of the names → the entries whose names hold it. */
  readonly byWord: ReadonlyMap<string, readonly Prepared[]>;
  readonly ids: readonly string[];
  /** Every name → its entry. */
  readonly byName: ReadonlyMap<string, NamedCandidate>;
}

/**
 * Finds the entries a reference with an unknown id may have meant, by id and by name (issue 9):
 * `:actor[Dowden]` means oliver-dowden, whose name is "Oliver Dowden".
 *
 * In order, the first step that finds anything wins: a name, alias or id equal to the label or the
 * id once folded (`looseKey`, `foldName`'s rule); an id a typo away (as `closestMatch`); the most words in common with a
 * name; a name a typo away from the label. Candidates whose id is not valid are never offered,
 * so a suggestion can always be pasted in. The candidates' folded names are worked out once, on
 * the first look-up, so a clean check pays nothing.
 */
export class EntryFinder {
  readonly #candidates: readonly NamedCandidate[];
  #lookup: Lookup | undefined;

  constructor(candidates: Iterable<NamedCandidate>) {
    this.#candidates = [...candidates].filter((candidate) => isValidId(candidate.id));
  }

  #prepare(): Lookup {
    if (this.#lookup) return this.#lookup;
    const byKey = new Map<string, { entry: Prepared; name?: string }[]>();
    const byWord = new Map<string, Prepared[]>();
    const add = <V>(map: Map<string, V[]>, key: string, value: V) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    const entries = this.#candidates.map((candidate, order) => {
      const entry: Prepared = {
        candidate,
        order,
        words: vocabulary([...candidate.names, candidate.id.replaceAll('-', ' ')]),
      };
      const keys = new Set<string>();
      for (const name of candidate.names) {
        const key = looseKey(name);
        if (key !== '' && !keys.has(key)) add(byKey, key, { entry, name });
        keys.add(key);
      }
      const idKey = looseKey(candidate.id);
      if (!keys.has(idKey)) add(byKey, idKey, { entry });
      for (const word of entry.words) add(byWord, word, entry);
      return entry;
    });
    const ids = this.#candidates.map((candidate) => candidate.id);
    const byName = new Map(
      this.#candidates.flatMap((candidate) => candidate.names.map((name) => [name, candidate] as const)),
    );
    this.#lookup = { entries, byKey, byWord, ids, byName };
    return this.#lookup;
  }

  suggest(id: string, label?: string): EntrySuggestion[] {
    if (this.#candidates.length === 0) return [];
    const { entries, byKey, byWord, ids, byName } = this.#prepare();
    const queries = [
      ...new Set([label, id.replaceAll('-', ' ')].filter((text): text is string => text !== undefined && text !== '')),
    ];

    const folded = queries.map((text) => looseKey(text)).filter((key) => key !== '');
    // Per entry, the first query that names it, entries in candidate order.
    const found = new Map<Prepared, string | undefined>();
    for (const key of folded) {
      for (const { entry, name } of byKey.get(key) ?? []) if (!found.has(entry)) found.set(entry, name);
    }
    const byFold = [...found]
      .sort(([a], [b]) => a.order - b.order)
      .map(([{ candidate }, name]): EntrySuggestion =>
        name === undefined || generateId(name) === candidate.id ? { id: candidate.id } : { id: candidate.id, name },
      );
    if (byFold.length > 0) return byFold.slice(0, MAX_SUGGESTIONS);

    // Candidates are valid ids, which the id rule leaves as they are: equal once folded is equal.
    const slug = generateId(id);
    const byId = nearest(id, ids, (candidate) => candidate === slug);
    if (byId !== undefined) return [{ id: byId }];

    const words = [...new Set(queries.flatMap((text) => nameWords(text)))];
    if (words.length > 0) {
      // Entries holding one of the words as it is; only when none does, every entry, for stems.
      const holding = new Set(words.flatMap((word) => byWord.get(word) ?? []));
      const pool = holding.size > 0 ? [...holding].sort((a, b) => a.order - b.order) : entries;
      let best = 0;
      let matches: Prepared[] = [];
      for (const entry of pool) {
        const shared = sharedWords(words, entry.words);
        if (shared > best) [best, matches] = [shared, [entry]];
        else if (shared === best && shared > 0) matches.push(entry);
      }
      if (matches.length > 0) {
        // Show the name that shares the words: "Violet Typhoon" for `:actor[Typhoon]`, not "APT31".
        // Entries without names (quotes) matched on their id's words, which the id shows.
        return matches.slice(0, MAX_SUGGESTIONS).map(({ candidate }): EntrySuggestion => {
          const name =
            candidate.names.find((text) => sharedWords(words, vocabulary([text])) === best) ?? candidate.names[0];
          return name === undefined ? { id: candidate.id } : { id: candidate.id, name };
        });
      }
    }

    if (label === undefined) return [];
    const close = nearest(label, byName.keys(), () => false);
    return close === undefined ? [] : [{ id: byName.get(close)!.id, name: close }];
  }
}

/**
 * `closestMatch` for thousands of candidates: the same rule and the same tie-break, without
 * folding each candidate, and skipping those whose length alone puts them out of reach.
 */
function nearest(
  value: string,
  candidates: Iterable<string>,
  same: (candidate: string) => boolean,
): string | undefined {
  const lower = value.toLowerCase();
  const allowed = Math.max(2, Math.floor(value.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === value || same(candidate)) return candidate;
    if (Math.abs(candidate.length - value.length) > allowed) continue;
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}

/** ` Did you mean "oliver-dowden" (Oliver Dowden) or "dowden-campaigns"?`, or the empty string. */
export function didYouMeanEntry(suggestions: readonly EntrySuggestion[]): string {
  if (suggestions.length === 0) return '';
  const each = suggestions.map(({ id, name }) => (name === undefined ? `"${id}"` : `"${id}" (${name})`));
  const listed = each.length === 1 ? each[0]! : `${each.slice(0, -1).join(', ')} or ${each.at(-1)!}`;
  return ` Did you mean ${listed}?`;
}
