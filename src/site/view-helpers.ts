/**
 * Small lookups pages use to turn ids into links and lists, all reading the model built once in
 * site-model.ts. Pages call these and pass plain props down to components.
 */
import { displayTitle } from '../lib/content-index.ts';
import { collectionHref, entityHref } from '../lib/routes.ts';
import type { CollectionName } from '../schemas/entity-ref.ts';
import type { SiteEntity, SiteModel } from './site-model.ts';

/** A link ready to render. */
export interface LinkProps {
  readonly href: string;
  readonly label: string;
}

/** What readers call each collection. */
export const COLLECTION_LABELS: Record<CollectionName, { readonly plural: string; readonly singular: string }> = {
  story: { plural: 'Overview', singular: 'Overview' },
  actors: { plural: 'Actors', singular: 'Actor' },
  sanctions: { plural: 'Sanctions and measures', singular: 'Measure' },
  quotes: { plural: 'Quotes', singular: 'Quote' },
  timeline: { plural: 'Timeline', singular: 'Event' },
  sources: { plural: 'Sources', singular: 'Source' },
};

export const NAV_COLLECTIONS: readonly CollectionName[] = ['timeline', 'actors', 'sanctions', 'quotes', 'sources'];

export function linkToEntity(entity: SiteEntity, base: string): LinkProps {
  return { href: entityHref(entity.collection, entity.id, base), label: displayTitle(entity) };
}

/** A link to the entry with this id. The checker guarantees it exists before anything builds. */
export function linkTo(model: SiteModel, id: string, base: string): LinkProps {
  const entity = model.index.byId.get(id);
  if (!entity) throw new Error(`unknown id "${id}" reached a page; run npm run check`);
  return linkToEntity(entity, base);
}

export function linksTo(model: SiteModel, ids: readonly string[], base: string): LinkProps[] {
  return ids.map((id) => linkTo(model, id, base));
}

export function sourcesFor(model: SiteModel, ids: readonly string[]): SiteEntity<'sources'>[] {
  return ids
    .map((id) => model.index.byId.get(id))
    .filter((entity): entity is SiteEntity<'sources'> => entity?.collection === 'sources');
}

/** Entries that reference this one, with the collection label to group them by. */
export function backlinksOf(model: SiteModel, id: string, base: string): { group: string; link: LinkProps }[] {
  return (model.index.backlinks.get(id) ?? []).map(({ from }) => ({
    group: COLLECTION_LABELS[from.collection].plural,
    link: linkToEntity(from, base),
  }));
}

export function collectionLink(collection: CollectionName, base: string): LinkProps {
  return { href: collectionHref(collection, base), label: COLLECTION_LABELS[collection].plural };
}

/** The numbered list for a body's `[n]` citation markers. */
export function citedSourcesOf(model: SiteModel, entity: SiteEntity, base: string) {
  return sourcesFor(model, entity.citations).map((source) => ({
    href: entityHref('sources', source.id, base),
    title: source.data.title,
    publisher: source.data.publisher,
    url: source.data.url,
  }));
}

/** Links to the sources listed in a `sources:` field. */
export function sourceLinksOf(model: SiteModel, ids: readonly string[], base: string): LinkProps[] {
  return sourcesFor(model, ids).map((source) => ({
    href: entityHref('sources', source.id, base),
    label: source.data.publisher,
  }));
}
