/**
 * Long list pages split into numbered pages, so every page stays within the reader budget of
 * 40 KB gzipped (issue 12) however large the case file grows. The first page keeps the list's
 * own address (/sources/); the others are /sources/page/2/, /sources/page/3/ …
 *
 * The sizes are above what the real story has (82 actors, 111 sources, 43 events, 39 quotes,
 * 13 measures), so its pages never split and look exactly as before. They are set from the real
 * pages' weight per entry (its /sources/ is 33 KB for 111 sources), so that a full page of
 * entries as heavy as the real ones stays under the budget; the bench's synthetic entries are
 * lighter.
 */

/** Entries per page of each list, before it splits. */
export const LIST_PAGE_SIZES = {
  actors: 500,
  sanctions: 60,
  quotes: 200,
  timeline: 250,
  sources: 120,
  /** Rows of the relations table on /graph/. */
  graph: 250,
} as const;

/** The folder under a list's address that holds its further pages. */
export const PAGE_FOLDER = 'page';

/** The items split into pages of at most `size`; always at least one page, maybe empty. */
export function splitIntoPages<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`a page size must be a whole number ≥ 1, got ${size}`);
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/** The address of page `number` (1-based) of the list at `listHref` ("/sources/"). */
export function listPageHref(listHref: string, number: number): string {
  return number === 1 ? listHref : `${listHref}${PAGE_FOLDER}/${number}/`;
}

/** One link of the page navigation. */
export interface PagerLink {
  readonly number: number;
  readonly href: string;
  readonly current: boolean;
}

/** What the page navigation shows; undefined when the list fits on one page (no navigation). */
export interface PagerView {
  readonly links: readonly PagerLink[];
  readonly previous?: PagerLink | undefined;
  readonly next?: PagerLink | undefined;
  /** "Page 2 of 5". */
  readonly label: string;
}

/** The navigation for page `current` of `count` pages of the list at `listHref`. */
export function pagerView(listHref: string, count: number, current: number): PagerView | undefined {
  if (count <= 1) return undefined;
  const links = Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    href: listPageHref(listHref, i + 1),
    current: i + 1 === current,
  }));
  return {
    links,
    previous: links[current - 2],
    next: links[current],
    label: `Page ${current} of ${count}`,
  };
}

/**
 * Route parameters for pages 2 … n of a list (page 1 is the list's own index route). An entry
 * whose id is the page folder would share its address, so that is refused with a clear error.
 */
export function furtherPageParams(pageCount: number, ids: Iterable<string>): { params: { page: string } }[] {
  for (const id of ids) {
    if (id === PAGE_FOLDER && pageCount > 1) {
      throw new Error(`an entry has the id "${PAGE_FOLDER}", which the list's further pages use; rename it`);
    }
  }
  return Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => ({ params: { page: String(i + 2) } }));
}

/**
 * Grouped items (actors by kind, measures by kind) split into pages of at most `size` items, in
 * order: each page holds, for every group it reaches, that group and its share of the items. A
 * group cut by a page break continues at the top of the next page under the same heading.
 */
export function splitGrouped<G, T>(
  groups: readonly G[],
  itemsOf: (group: G) => readonly T[],
  size: number,
): { group: G; items: T[] }[][] {
  const flat = groups.flatMap((group) => itemsOf(group).map((item) => ({ group, item })));
  return splitIntoPages(flat, size).map((slice) => {
    const parts: { group: G; items: T[] }[] = [];
    for (const { group, item } of slice) {
      const last = parts.at(-1);
      if (last && last.group === group) last.items.push(item);
      else parts.push({ group, items: [item] });
    }
    return parts;
  });
}
