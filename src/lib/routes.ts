/**
 * Where each entry lives on the site. Pages, body links, feeds and exports all build URLs here,
 * so a route changes in one place.
 */
import type { CollectionName } from '../schemas/entity-ref.ts';

/** URL folder of each collection; the story is the home page. */
export const COLLECTION_PATHS: Record<CollectionName, string> = {
  story: '',
  actors: 'actors',
  sanctions: 'sanctions',
  quotes: 'quotes',
  timeline: 'timeline',
  sources: 'sources',
};

/** Join the site base ("/" or "/casefile/") and a path without doubling slashes. */
function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path}`;
}

/** The index page of a collection: "/actors/". */
export function collectionHref(collection: CollectionName, base = '/'): string {
  const folder = COLLECTION_PATHS[collection];
  return withBase(base, folder === '' ? '' : `${folder}/`);
}

/** The page of one entry: "/actors/apt31/". The story entry is the home page. */
export function entityHref(collection: CollectionName, id: string, base = '/'): string {
  if (collection === 'story') return withBase(base, '');
  return withBase(base, `${COLLECTION_PATHS[collection]}/${encodeURIComponent(id)}/`);
}
