/**
 * The key under which two names count as the same entity: shared by the `possible-duplicate`
 * rule and by `npm run new`, which refuses a likely duplicate before it writes a file.
 *
 * Case, accents, look-alike letters from other scripts, punctuation and spacing are folded away
 * (through `generateId`, the one id rule), and so are titles and honorifics that editors add or
 * leave out ("Sir Oliver Dowden" = "Oliver Dowden", "APT 31" = "APT31").
 */
import { generateId } from '../ids.ts';

/** Words that say how to address someone, not who they are. Compared after folding. */
const HONORIFICS = new Set([
  'sir',
  'dame',
  'lord',
  'lady',
  'baroness',
  'baron',
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'prof',
  'professor',
  'rt',
  'hon',
  'right',
  'honourable',
  'the',
  'mp',
  'kc',
  'qc',
]);

/**
 * The folded form of a name, or the empty string when nothing is left (a name made only of
 * honorifics or punctuation never matches anything).
 */
export function foldName(name: string): string {
  const words = generateId(name)
    .split('-')
    .filter((word) => word !== '');
  const kept = words.filter((word) => !HONORIFICS.has(word));
  // "The Electoral Commission" keeps its words if dropping them would leave nothing.
  return (kept.length > 0 ? kept : words).join('');
}

/** Every folded key an entry answers to: its name, aliases and native name, without blanks. */
export function foldedKeys(names: Iterable<string | undefined>): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    if (name === undefined) continue;
    const key = foldName(name);
    if (key !== '') keys.add(key);
  }
  return keys;
}
