/** `/feed.xml`: RSS 2.0 of the explainer's updates and corrections (src/lib/seo/feed-items.ts). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { rssOptions } from '../lib/seo/feed-formats.ts';
import { feedData } from '../site/feed-view.ts';

export const GET: APIRoute = async ({ site }) => {
  const { items, meta } = await feedData(site, 'feed.xml');
  return rss(rssOptions(items, meta, meta.homeUrl));
};
