/**
 * One map from page path to what its <head> says about it (JSON-LD, share image, Open Graph
 * type), built once per build from the index. PageMeta looks its page up by `Astro.url.pathname`;
 * pages the map does not know (search, about, filtered views) get a plain WebPage and the card of
 * the collection they sit under, or the home card.
 */
import type { ContentIndex, IndexableEntity } from '../content-index.ts';
import { collectionHref, entityHref } from '../routes.ts';
import { COLLECTION_NAMES } from '../../schemas/entity-ref.ts';
import { collectionJsonLd, entityJsonLd, pageJsonLd, type JsonLd, type JsonLdContext } from './json-ld.ts';
import { shareCards, type CollectionLabels, type DescribeCard, type ShareCard } from './share-cards.ts';
import { absoluteUrl } from './site-url.ts';

export interface PageEntry {
  readonly jsonLd: JsonLd;
  readonly card: ShareCard;
  /** Open Graph type: "article" for the explainer and entries, "website" for lists. */
  readonly ogType: 'article' | 'website';
  /** ISO dates for article:published_time / article:modified_time, on the explainer. */
  readonly published?: string | undefined;
  readonly modified?: string | undefined;
}

export interface PageEntries {
  /** The entry for a path, or a plain page for paths the content does not define. */
  entryFor(path: string, title: string, description: string): PageEntry;
  readonly cards: readonly ShareCard[];
}

export interface PageEntriesOptions {
  readonly site: string;
  readonly base: string;
  readonly labels: CollectionLabels;
  readonly describe?: DescribeCard;
}

/** "/casefile/actors/apt31/" and "/casefile/actors/apt31" are the same page. */
function normalise(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

export function buildPageEntries<E extends IndexableEntity>(
  index: ContentIndex<E>,
  options: PageEntriesOptions,
): PageEntries {
  const { site, base, labels } = options;
  const story = index.byCollection.story[0] as IndexableEntity<'story'> | undefined;
  if (!story) throw new Error('page entries: the content has no story entry');
  const context: JsonLdContext = {
    site,
    base,
    siteName: story.data.shortTitle,
    sourceUrl: (id) => {
      const source = index.byId.get(id);
      return source?.collection === 'sources' ? (source as IndexableEntity<'sources'>).data.url : undefined;
    },
    lookup: (id) => index.byId.get(id),
  };

  const cards = shareCards(index, labels, base, options.describe);
  const cardBySlug = new Map(cards.map((card) => [card.slug, card]));
  const cardFor = (slug: string) => cardBySlug.get(slug) ?? cardBySlug.get('home')!;

  const entries = new Map<string, PageEntry>();
  const published = story.data.published;
  for (const entity of index.all) {
    const path = entityHref(entity.collection, entity.id, base);
    const isStory = entity.collection === 'story';
    const jsonLd = entityJsonLd(entity, published, context);
    const own = `${entity.collection}/${entity.id}`;
    entries.set(path, {
      jsonLd,
      card: cardFor(isStory ? 'home' : cardBySlug.has(own) ? own : entity.collection),
      ogType: 'article',
      ...(isStory ? { published, modified: jsonLd['dateModified'] as string } : {}),
    });
  }
  for (const collection of COLLECTION_NAMES) {
    if (collection === 'story') continue;
    const path = collectionHref(collection, base);
    entries.set(path, {
      jsonLd: collectionJsonLd(labels[collection].plural, path, index.byCollection[collection].length, context),
      card: cardFor(collection),
      ogType: 'website',
    });
  }

  return {
    cards,
    entryFor(path, title, description) {
      const known = entries.get(normalise(path));
      if (known) return known;
      // A page under a collection (e.g. /timeline/meaning/attributed/) shares that collection's card.
      const head = base.endsWith('/') ? base : `${base}/`;
      const first = normalise(path).slice(head.length).split('/')[0] ?? '';
      const collection = COLLECTION_NAMES.find((name) => name !== 'story' && name === first);
      return {
        jsonLd: pageJsonLd(title, description, absoluteUrl(normalise(path), site), context),
        card: cardFor(collection ?? 'home'),
        ogType: 'website',
      };
    },
  };
}
