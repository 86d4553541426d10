/**
 * Every actor by the folded form of each of its names, aliases and native name: worked out once
 * per check (and remembered per index) for the `possible-duplicate` rule, which looks for keys
 * two actors share, and the `label-target-mismatch` rule, which asks whether a label is another
 * actor's name.
 */
import type { Entity } from '../content/load-entry.ts';
import type { ContentIndex } from '../content-index.ts';
import { foldName } from '../names/fold-name.ts';
import { entryNames, type EntryName } from './entry-names.ts';

/** One actor answering to a key, through one of its names. */
export interface NameClaim {
  readonly entity: Entity;
  readonly name: EntryName;
}

/**
 * The folded key of a name. A name in a script that folding empties (Chinese, say) is compared
 * as written, normalised and without spaces, and only ever with another such name.
 */
export function nameKey(text: string): string {
  const folded = foldName(text);
  if (folded !== '') return folded;
  const raw = text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
  return raw === '' ? '' : `=${raw}`;
}

const remembered = new WeakMap<object, ReadonlyMap<string, readonly NameClaim[]>>();

/** For each key, the first name of each actor that answers to it, actors in reading order. */
export function actorsByName(index: ContentIndex<Entity>): ReadonlyMap<string, readonly NameClaim[]> {
  const known = remembered.get(index);
  if (known) return known;
  const claims = new Map<string, NameClaim[]>();
  for (const entity of index.byCollection.actors) {
    const keys = new Set<string>();
    for (const name of entryNames(entity)) {
      const key = nameKey(name.text);
      if (key === '' || keys.has(key)) continue;
      keys.add(key);
      const list = claims.get(key);
      if (list) list.push({ entity, name });
      else claims.set(key, [{ entity, name }]);
    }
  }
  remembered.set(index, claims);
  return claims;
}
