/** Splitting long lists into numbered pages (src/lib/pagination/list-pages.ts). */
import { describe, expect, it } from 'vitest';
import {
  furtherPageParams,
  listPageHref,
  pagerView,
  splitGrouped,
  splitIntoPages,
} from '../../../src/lib/pagination/list-pages.ts';

describe('splitIntoPages', () => {
  it('cuts in order, the last page holding the rest, and gives one empty page for no items', () => {
    expect(splitIntoPages([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(splitIntoPages([1, 2], 2)).toEqual([[1, 2]]);
    expect(splitIntoPages([], 3)).toEqual([[]]);
  });

  it('refuses a page size that is not a whole number of at least 1', () => {
    expect(() => splitIntoPages([1], 0)).toThrow('a page size must be a whole number ≥ 1, got 0');
  });
});

describe('splitGrouped', () => {
  it('continues a group cut by a page break under the same group on the next page', () => {
    const groups = [
      { name: 'a', items: [1, 2, 3] },
      { name: 'b', items: [4] },
    ];
    const pages = splitGrouped(groups, (group) => group.items, 2);
    expect(pages.map((page) => page.map(({ group, items }) => [group.name, items]))).toEqual([
      [['a', [1, 2]]],
      [
        ['a', [3]],
        ['b', [4]],
      ],
    ]);
  });
});

describe('page addresses and navigation', () => {
  it('keeps the list address for page 1 and puts the others under page/', () => {
    expect(listPageHref('/casefile/sources/', 1)).toBe('/casefile/sources/');
    expect(listPageHref('/casefile/sources/', 3)).toBe('/casefile/sources/page/3/');
  });

  it('shows no navigation for a list on one page', () => {
    expect(pagerView('/sources/', 1, 1)).toBeUndefined();
  });

  it('marks the current page and links the previous and next ones', () => {
    const pager = pagerView('/sources/', 3, 2)!;
    expect(pager.label).toBe('Page 2 of 3');
    expect(pager.links.map((link) => [link.href, link.current])).toEqual([
      ['/sources/', false],
      ['/sources/page/2/', true],
      ['/sources/page/3/', false],
    ]);
    expect(pager.previous?.href).toBe('/sources/');
    expect(pager.next?.href).toBe('/sources/page/3/');
    expect(pagerView('/sources/', 3, 3)!.next).toBeUndefined();
  });

  it('builds routes for pages 2 to n, and refuses an entry whose id is the page folder', () => {
    expect(furtherPageParams(3, ['a'])).toEqual([{ params: { page: '2' } }, { params: { page: '3' } }]);
    expect(furtherPageParams(1, ['page'])).toEqual([]);
    expect(() => furtherPageParams(2, ['page'])).toThrow(
      'an entry has the id "page", which the list\'s further pages use; rename it',
    );
  });
});
