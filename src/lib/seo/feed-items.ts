/**
 * The feeds' items: the explainer's publication, and every update and correction in every update
 * log (src/lib/update-log.ts), newest first. Order is fully determined by the content (date, then
 * corrections before updates, then collection and id, then position in the log), so two builds of
 * the same content give the same feed. Serialised by feed-formats.ts.
 */
import { displayTitle, type ContentIndex, type IndexableEntity } from '../content-index.ts';
import { comparePartialDates, parsePartialDate } from '../partial-date.ts';
import { entityHref } from '../routes.ts';
import { updatesOf } from '../update-log.ts';
import { COLLECTION_NAMES } from '../../schemas/entity-ref.ts';
import { absoluteUrl } from './site-url.ts';

export type FeedItemKind = 'published' | 'update' | 'correction';

export interface FeedItem {
  /** Stable and unique: the page URL plus a fragment naming the change. */
  readonly id: string;
  /** The page the change is on. */
  readonly url: string;
  readonly title: string;
  /** Plain text: what changed. */
  readonly text: string;
  /** A partial ISO date from the content (YYYY-MM-DD for updates). */
  readonly date: string;
  readonly kind: FeedItemKind;
}

const KIND_RANK: Record<FeedItemKind, number> = { correction: 0, update: 1, published: 2 };
const KIND_WORD: Record<FeedItemKind, string> = { correction: 'Correction', update: 'Update', published: 'Published' };

export function buildFeedItems<E extends IndexableEntity>(
  index: ContentIndex<E>,
  options: { readonly site: string; readonly base: string },
): FeedItem[] {
  const story = index.byCollection.story[0] as IndexableEntity<'story'> | undefined;
  if (!story) throw new Error('feeds: the content has no story entry');
  const sortable: { item: FeedItem; collection: number; entityId: string; position: number }[] = [];
  const homeUrl = absoluteUrl(entityHref('story', story.id, options.base), options.site);
  sortable.push({
    item: {
      id: `${homeUrl}#published-${story.data.published}`,
      url: homeUrl,
      title: `${KIND_WORD.published}: ${story.data.headline}`,
      text: story.data.standfirst,
      date: story.data.published,
      kind: 'published',
    },
    collection: -1,
    entityId: story.id,
    position: 0,
  });
  for (const entity of index.all) {
    const url = absoluteUrl(entityHref(entity.collection, entity.id, options.base), options.site);
    updatesOf(entity.data).forEach((update, position) => {
      sortable.push({
        item: {
          id: `${url}#${update.kind}-${update.date}-${position + 1}`,
          url,
          title: `${KIND_WORD[update.kind]}: ${displayTitle(entity)}`,
          text: update.summary,
          date: update.date,
          kind: update.kind,
        },
        collection: COLLECTION_NAMES.indexOf(entity.collection),
        entityId: entity.id,
        position,
      });
    });
  }
  sortable.sort(
    (a, b) =>
      comparePartialDates(parsePartialDate(b.item.date), parsePartialDate(a.item.date)) ||
      KIND_RANK[a.item.kind] - KIND_RANK[b.item.kind] ||
      a.collection - b.collection ||
      (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0) ||
      b.position - a.position,
  );
  return sortable.map(({ item }) => item);
}
