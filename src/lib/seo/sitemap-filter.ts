/**
 * Which built URLs go in the sitemap: pages only (our pages end in "/"; feeds, images and data
 * files do not), and not the ones that duplicate others or have no content of their own. The
 * patterns are agreed by URL with the helpers who build those pages.
 */

/** Path prefixes (after the base) kept out of the sitemap. */
export const SITEMAP_EXCLUDED_PREFIXES = [
  'search/',
  '404',
  'timeline/meaning/',
  'timeline/actor/',
  'quotes/side/',
] as const;

/**
 * @param url an absolute page URL, as @astrojs/sitemap passes it
 * @param base the site base path ("/" or "/casefile/")
 */
export function inSitemap(url: string, base = process.env['CASEFILE_BASE'] ?? '/'): boolean {
  const { pathname } = new URL(url);
  if (!pathname.endsWith('/')) return false;
  const head = base.endsWith('/') ? base : `${base}/`;
  const local = pathname.startsWith(head) ? pathname.slice(head.length) : pathname.replace(/^\//, '');
  return !SITEMAP_EXCLUDED_PREFIXES.some((prefix) => local.startsWith(prefix));
}
