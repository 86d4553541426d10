/**
 * "Did you mean …?" suggestions for misspelt ids, field names and enum values.
 */
import { distance } from 'fastest-levenshtein';
import { generateId, isValidId } from './ids.ts';
import { foldName } from './names/fold-name.ts';
import { nameWords, sharedWords, vocabulary } from './names/name-words.ts';

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
  readonly idKey: string;
  readonly keys: ReadonlyMap<string, string>;
  readonly words: ReadonlySet<string>;
}

/**
 * Finds the entries a reference with an unknown id may have meant, by id and by name (issue 9):
 * `:actor[Dowden]` means oliver-dowden, whose name is "Oliver Dowden".
 *
 * In order, the first step that finds anything wins: a name, alias or id equal to the label or the
 * id once folded (`foldName`); an id a typo away (`closestMatch`); the most words in common with a
 * name; a name a typo away from the label. Candidates whose id is not valid are never offered,
 * so a suggestion can always be pasted in. The candidates' folded names are worked out once, on
 * the first look-up, so a clean check pays nothing.
 */
export class EntryFinder {
  readonly #candidates: readonly NamedCandidate[];
  #prepared: Prepared[] | undefined;

  constructor(candidates: Iterable<NamedCandidate>) {
    this.#candidates = [...candidates].filter((candidate) => isValidId(candidate.id));
  }

  #prepare(): Prepared[] {
    this.#prepared ??= this.#candidates.map((candidate) => {
      const keys = new Map<string, string>();
      for (const name of candidate.names) {
        const key = foldName(name);
        if (key !== '' && !keys.has(key)) keys.set(key, name);
      }
      return {
        candidate,
        idKey: foldName(candidate.id),
        keys,
        words: vocabulary([...candidate.names, candidate.id.replaceAll('-', ' ')]),
      };
    });
    return this.#prepared;
  }

  suggest(id: string, label?: string): EntrySuggestion[] {
    if (this.#candidates.length === 0) return [];
    const prepared = this.#prepare();
    const queries = [
      ...new Set([label, id.replaceAll('-', ' ')].filter((text): text is string => text !== undefined && text !== '')),
    ];

    const folded = queries.map((text) => foldName(text)).filter((key) => key !== '');
    const byFold = prepared.flatMap(({ candidate, idKey, keys }) => {
      const key = folded.find((query) => keys.has(query) || idKey === query);
      if (key === undefined) return [];
      const name = keys.get(key);
      return [
        name === undefined || generateId(name) === candidate.id ? { id: candidate.id } : { id: candidate.id, name },
      ];
    });
    if (byFold.length > 0) return byFold.slice(0, MAX_SUGGESTIONS);

    const byId = closestMatch(
      id,
      prepared.map(({ candidate }) => candidate.id),
    );
    if (byId !== undefined) return [{ id: byId }];

    const words = [...new Set(queries.flatMap((text) => nameWords(text)))];
    if (words.length > 0) {
      let best = 0;
      let matches: Prepared[] = [];
      for (const entry of prepared) {
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
    const names = new Map(
      prepared.flatMap(({ candidate }) => candidate.names.map((name) => [name, candidate] as const)),
    );
    const byName = closestMatch(label, names.keys());
    return byName === undefined ? [] : [{ id: names.get(byName)!.id, name: byName }];
  }
}

/** ` Did you mean "oliver-dowden" (Oliver Dowden) or "dowden-campaigns"?`, or the empty string. */
export function didYouMeanEntry(suggestions: readonly EntrySuggestion[]): string {
  if (suggestions.length === 0) return '';
  const each = suggestions.map(({ id, name }) => (name === undefined ? `"${id}"` : `"${id}" (${name})`));
  const listed = each.length === 1 ? each[0]! : `${each.slice(0, -1).join(', ')} or ${each.at(-1)!}`;
  return ` Did you mean ${listed}?`;
}
