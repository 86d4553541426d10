/**
 * The refusals of `npm run new`: an id that is taken, and a name that folds to the name, alias or
 * native name of an entry that exists (`foldName`: case, accents, punctuation, Sir/Lord/Dr), so
 * that "Zirconium", "APT 31" or "Sir Oliver Dowden" are added to the entry that exists instead of
 * becoming a second one. The checker's `possible-duplicate` rule uses the same folding.
 */
import { idCollisionKey } from '../ids.ts';
import { foldName } from '../names/fold-name.ts';
import type { ExistingEntry } from './existing-entries.ts';

/** Why the new entry may not be written, in a sentence an editor can act on, or undefined. */
export function duplicateProblem(
  collection: ExistingEntry['collection'],
  id: string,
  name: string,
  existing: readonly ExistingEntry[],
): string | undefined {
  const sameFile = existing.find((entry) => entry.id === id && entry.collection === collection);
  if (sameFile) return `${sameFile.file} already exists; edit it, or give the new entry a name that tells them apart`;
  const key = foldName(name);
  if (key === '') return undefined;
  for (const entry of existing) {
    if (entry.collection !== collection) continue;
    const match = entry.names.find((named) => foldName(named.text) === key);
    if (match) {
      const aliases = collection === 'actors' ? ' (another name for it goes under aliases)' : '';
      return `"${name}" looks like a duplicate of ${entry.file}, whose ${match.as} is "${match.text}"; add what you know to that entry instead${aliases}`;
    }
  }
  // Ids are unique across all folders, ignoring case, accents and look-alike letters.
  const idKey = idCollisionKey(id);
  const sameId = existing.find((entry) => idCollisionKey(entry.id) === idKey);
  if (sameId) {
    return `the id "${id}" is taken by ${sameId.file} (ids are unique across all folders); give the new entry a name that tells them apart`;
  }
  return undefined;
}
