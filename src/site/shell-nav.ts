/**
 * What the page shell links to: the header's sections, the footer's pages, and the Pagefind
 * type of each page. Collection links and labels come from view-helpers.ts; the pages that are
 * not collections (graph, data, about, search) are listed here once.
 */
import type { CollectionName } from '../schemas/entity-ref.ts';
import { collectionLink, NAV_COLLECTIONS } from './view-helpers.ts';

/** Site pages that are not a collection, by their folder under the base. */
export const SITE_PAGES = {
  graph: { path: 'graph/', label: 'Graph' },
  data: { path: 'data/', label: 'Data' },
  about: { path: 'about/', label: 'About' },
  search: { path: 'search/', label: 'Search' },
} as const;

export type SitePage = keyof typeof SITE_PAGES;

/** Join the base ("/" or "/casefile/") and a page path. */
export function sitePageHref(page: SitePage, base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${SITE_PAGES[page].path}`;
}

export interface NavItem {
  readonly href: string;
  readonly label: string;
  readonly collection?: CollectionName;
}

const NAV_PAGES: readonly SitePage[] = ['graph', 'data', 'about'];

/**
 * The header's navigation, in reading order. `existing` holds the site paths ("graph/") of the
 * pages this build has, so a section whose page is not built yet is left out rather than linked
 * to a 404.
 */
export function navItems(base: string, existing: ReadonlySet<string>): NavItem[] {
  return [
    ...NAV_COLLECTIONS.map((collection) => ({ collection, ...collectionLink(collection, base) })),
    ...NAV_PAGES.filter((page) => existing.has(SITE_PAGES[page].path)).map((page) => ({
      href: sitePageHref(page, base),
      label: SITE_PAGES[page].label,
    })),
  ];
}

/**
 * `aria-current` for a navigation link: "page" on the page it points to, "true" anywhere else in
 * its section (an entry page under /actors/), nothing elsewhere.
 */
export type NavCurrent = 'page' | 'true' | undefined;

export function currentOf(item: NavItem, pathname: string, section: CollectionName | undefined): NavCurrent {
  if (pathname === item.href) return 'page';
  if ((item.collection !== undefined && item.collection === section) || pathname.startsWith(item.href)) return 'true';
  return undefined;
}

/** The type of pages that belong to no collection (About, Graph, Data), in the search filter. */
export const OTHER_PAGE_TYPE = 'page';

/**
 * The Pagefind `type` filter value: the collection name, which the search page turns into
 * reader-facing words (COLLECTION_LABELS), or "page" for the rest.
 */
export function pageTypeOf(section: CollectionName | undefined): string {
  return section ?? OTHER_PAGE_TYPE;
}

/**
 * The top-level site paths ("graph/", "about/") of page modules, from their file names under
 * src/pages ("../pages/graph/index.astro", "../pages/about.astro").
 */
export function topLevelPagePaths(files: Iterable<string>): Set<string> {
  const paths = new Set<string>();
  for (const file of files) {
    const match = /\/pages\/([^/[\]]+?)(?:\/index)?\.(?:astro|md|ts)$/.exec(file);
    if (match) paths.add(`${match[1]}/`);
  }
  return paths;
}

/**
 * The top-level pages this build has. The glob is resolved by Vite at build time from the file
 * names; no page module is imported.
 */
export function builtTopLevelPages(): Set<string> {
  return topLevelPagePaths(Object.keys(import.meta.glob(['../pages/*.astro', '../pages/*/index.astro'])));
}
