/**
 * The site's public address, set in one place: the `CASEFILE_SITE` environment variable, or
 * the placeholder below. astro.config.mjs reads it for `site` (canonical URLs, the sitemap, feeds,
 * Open Graph); the exports and tests read it from here too, so they cannot disagree.
 */

/** Used when CASEFILE_SITE is not set. A reserved-looking name, so nobody mistakes it for real. */
export const DEFAULT_SITE = 'https://casefile.example.org/';

/** The origin (and optional path) the site is served from, always ending in "/". */
export function siteUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const raw = env['CASEFILE_SITE']?.trim() || DEFAULT_SITE;
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.hostname !== 'localhost') {
    throw new Error(`CASEFILE_SITE must be an https URL, got "${raw}"`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * An absolute URL for a site path. `path` is what routes.ts returns, base included
 * ("/casefile/actors/apt31/"), so only the origin of `site` is used.
 */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, new URL(site).origin).href;
}
