/**
 * Typed lookups into the content index for the story panels. The checker has already resolved
 * every id the story names, so a miss here is a bug, not bad content: it throws.
 */
import type { ContentIndex, IndexableEntity } from '../content-index.ts';
import type { CollectionName } from '../../schemas/entity-ref.ts';

/** The entry in collection C of the index's own entry type E. */
export type EntryOf<E extends IndexableEntity, C extends CollectionName> = Extract<E, { readonly collection: C }>;

export function entryIn<E extends IndexableEntity, C extends CollectionName>(
  index: ContentIndex<E>,
  collection: C,
  id: string,
): EntryOf<E, C> {
  const entity = index.byId.get(id);
  if (!entity || entity.collection !== collection) {
    throw new Error(`the story names "${id}", which is not in ${collection}; run npm run check`);
  }
  return entity as EntryOf<E, C>;
}
