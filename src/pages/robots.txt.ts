/** `/robots.txt`: everything may be crawled; the sitemap (from @astrojs/sitemap) says what exists. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/seo/site-url.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site` (CASEFILE_SITE) for robots.txt');
  const sitemap = absoluteUrl(`${import.meta.env.BASE_URL}sitemap-index.xml`, site.href);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
