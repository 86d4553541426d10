/**
 * "Did you mean …?" suggestions for misspelt ids, field names and enum values.
 */
import { distance } from 'fastest-levenshtein';
import { generateId } from './ids.ts';

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
