/**
 * What both feeds share: their items and their metadata, from the site model.
 */
import { buildFeedItems, type FeedItem } from '../lib/seo/feed-items.ts';
import type { FeedMeta } from '../lib/seo/feed-formats.ts';
import { absoluteUrl } from '../lib/seo/site-url.ts';
import { getSiteModel } from './site-model.ts';

export async function feedData(
  site: URL | undefined,
  feedPath: string,
): Promise<{ items: FeedItem[]; meta: FeedMeta }> {
  if (!site) throw new Error('astro.config.mjs must set `site` (CASEFILE_SITE) for the feeds');
  const model = await getSiteModel();
  const base = import.meta.env.BASE_URL;
  const story = model.story.data;
  return {
    items: buildFeedItems(model.index, { site: site.href, base }),
    meta: {
      title: `${story.shortTitle}: updates and corrections`,
      description: `Every update and correction to the explainer "${story.headline}", newest first.`,
      homeUrl: absoluteUrl(base, site.href),
      feedUrl: absoluteUrl(`${base}${feedPath}`, site.href),
      authors: story.authors,
    },
  };
}
