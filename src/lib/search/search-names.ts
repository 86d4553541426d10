/**
 * The names a reader may search for, per page: an actor's name, native name, aliases and
 * identifiers in other registers; a measure's list references. The search integration attaches
 * them to each page's index record as the `names` metadata field, which Pagefind searches and
 * ranks with its own weight, so "Violet Typhoon" finds APT31's page before pages that only
 * mention the name. Derived from the content, so a new alias is searchable without a code change.
 */
import type { ContentIndex, IndexableEntity } from '../content-index.ts';
import { entityHref } from '../routes.ts';

/** The metadata field that holds them. */
export const NAMES_META = 'names';

/** Site path ("/actors/apt31/", without the base) → the names that page answers to. */
export function searchNamesByPath<E extends IndexableEntity>(index: ContentIndex<E>): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const add = (path: string, values: readonly (string | undefined)[]) => {
    const list = names.get(path) ?? [];
    for (const value of values) if (value && !list.includes(value)) list.push(value);
    if (list.length > 0) names.set(path, list);
  };
  for (const actor of index.byCollection.actors as readonly IndexableEntity<'actors'>[]) {
    add(entityHref('actors', actor.id), [
      actor.data.name,
      actor.data.nativeName?.text,
      ...actor.data.aliases.map((alias) => alias.name),
      ...actor.data.externalIds.map((external) => external.value),
    ]);
  }
  for (const measure of index.byCollection.sanctions as readonly IndexableEntity<'sanctions'>[]) {
    add(
      entityHref('sanctions', measure.id),
      measure.data.listReferences.map((ref) => ref.reference),
    );
  }
  return names;
}
