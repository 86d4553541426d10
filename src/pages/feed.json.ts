/** `/feed.json`: JSON Feed 1.1 of the explainer's updates and corrections (src/lib/seo/feed-items.ts). */
import type { APIRoute } from 'astro';
import { jsonFeed } from '../lib/seo/feed-formats.ts';
import { feedData } from '../site/feed-view.ts';

export const GET: APIRoute = async ({ site }) => {
  const { items, meta } = await feedData(site, 'feed.json');
  return new Response(`${JSON.stringify(jsonFeed(items, meta), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/feed+json' },
  });
};
