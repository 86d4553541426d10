/**
 * Which pages get their own share image (Open Graph / Twitter card), and what it shows. The home
 * page, every collection index, and the entity pages readers share most (actors and measures)
 * get one each; every other page borrows its collection's card, and pages outside the
 * collections borrow the home card. Rendering is in share-image.ts.
 */
import { displayTitle, type ContentIndex, type IndexableEntity } from '../content-index.ts';
import { collectionHref, entityHref } from '../routes.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/entity-ref.ts';

/** Collections whose entries get a card each. */
export const CARD_COLLECTIONS: readonly CollectionName[] = ['actors', 'sanctions'];

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

export interface ShareCard {
  /** File name under /og/, without ".png": "home", "actors", "actors/apt31". */
  readonly slug: string;
  /** The page the card is for (base included). */
  readonly path: string;
  /** The big line: the page's title. */
  readonly title: string;
  /** The small line above it: what kind of page it is ("Actor", "Timeline"). */
  readonly kind: string;
  /** A sentence under the title, when the page has one (an actor's role). */
  readonly detail?: string | undefined;
  /** The site's short title, in the footer of the card. */
  readonly siteName: string;
}

/** Per-entity wording for cards: a more specific kind ("Threat group") and a detail line. */
export type DescribeCard = (entity: IndexableEntity) => {
  readonly kind?: string;
  readonly detail?: string | undefined;
};

export type CollectionLabels = Record<CollectionName, { readonly plural: string; readonly singular: string }>;

/** The URL of a card's PNG. */
export function shareImageHref(slug: string, base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}og/${slug}.png`;
}

/** Every card, home first, in a stable order. */
export function shareCards<E extends IndexableEntity>(
  index: ContentIndex<E>,
  labels: CollectionLabels,
  base: string,
  describe: DescribeCard = () => ({}),
): ShareCard[] {
  const story = index.byCollection.story[0] as IndexableEntity<'story'> | undefined;
  if (!story) throw new Error('share cards: the content has no story entry');
  const siteName = story.data.shortTitle;
  const cards: ShareCard[] = [
    {
      slug: 'home',
      path: collectionHref('story', base),
      title: story.data.headline,
      kind: 'Explainer',
      detail: story.data.standfirst,
      siteName,
    },
  ];
  for (const collection of COLLECTION_NAMES) {
    if (collection === 'story') continue;
    cards.push({
      slug: collection,
      path: collectionHref(collection, base),
      title: labels[collection].plural,
      kind: 'Explainer section',
      detail: `${index.byCollection[collection].length} entries, each linked to its sources.`,
      siteName,
    });
  }
  for (const collection of CARD_COLLECTIONS) {
    for (const entity of index.byCollection[collection]) {
      const described = describe(entity);
      cards.push({
        slug: `${collection}/${entity.id}`,
        path: entityHref(collection, entity.id, base),
        title: displayTitle(entity),
        kind: described.kind ?? labels[collection].singular,
        detail: described.detail,
        siteName,
      });
    }
  }
  return cards;
}
