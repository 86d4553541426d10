/**
 * The one module that queries Astro's content collections. It reads every collection once,
 * indexes it with the same `buildIndex` the checker uses, and hands pages a model to look things
 * up in. Pages and components never call `getCollection` themselves.
 */
import { getCollection } from 'astro:content';
import type { EntryMetadata } from '../loaders/casefile-loader.ts';
import { buildIndex, type ContentIndex, type IndexableEntity } from '../lib/content-index.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/entity-ref.ts';

/** An entry as pages see it: validated data, rendered body and references. */
type SiteEntityShape<C extends CollectionName> = IndexableEntity<C> & {
  /** The body, rendered and sanitized; empty when the entry has no body. */
  readonly html: string;
  /** Source ids in the order the body first cites them. */
  readonly citations: readonly string[];
};

/** A page-ready entry; without a type argument, the union over all collections. */
export type SiteEntity<C extends CollectionName = CollectionName> = { [K in C]: SiteEntityShape<K> }[C];

export interface SiteModel {
  readonly index: ContentIndex<SiteEntity>;
  readonly story: SiteEntity<'story'>;
}

async function loadSiteModel(): Promise<SiteModel> {
  const collections = await Promise.all(COLLECTION_NAMES.map((name) => getCollection(name)));
  const entities: SiteEntity[] = collections.flat().map((entry) => {
    const metadata = entry.rendered?.metadata as Partial<EntryMetadata> | undefined;
    return {
      collection: entry.collection,
      id: entry.id,
      data: entry.data,
      references: metadata?.references ?? [],
      citations: metadata?.citations ?? [],
      html: entry.rendered?.html ?? '',
    } as SiteEntity;
  });
  const index = buildIndex(entities);
  const story = index.byCollection.story[0];
  if (!story) throw new Error('content/story/ has no entry; run `npm run check`');
  return { index, story: story as SiteEntity<'story'> };
}

let cached: Promise<SiteModel> | undefined;

/** The model, built once per build. In dev it is rebuilt on each request so edits show at once. */
export function getSiteModel(): Promise<SiteModel> {
  if (import.meta.env.DEV) return loadSiteModel();
  return (cached ??= loadSiteModel());
}

/** The entity with this id in this collection; used by getStaticPaths, which already knows it exists. */
export function entityOf<C extends CollectionName>(model: SiteModel, collection: C, id: string): SiteEntity<C> {
  const entity = model.index.byId.get(id);
  if (!entity || entity.collection !== collection) throw new Error(`no ${collection} entry "${id}"`);
  return entity as SiteEntity<C>;
}

/** `getStaticPaths` for a collection's detail pages: one page per entry, keyed by id. */
export function staticPathsFor(collection: Exclude<CollectionName, 'story'>) {
  return async () => {
    const model = await getSiteModel();
    return model.index.byCollection[collection].map((entity) => ({ params: { id: entity.id } }));
  };
}
