/** The shell's navigation: which pages it links, which link is current, and search types. */
import { describe, expect, it } from 'vitest';
import { builtTopLevelPages, currentOf, navItems, pageTypeOf, topLevelPagePaths } from '../../src/site/shell-nav.ts';

describe('topLevelPagePaths', () => {
  it('turns page files into their top-level site paths, ignoring dynamic routes', () => {
    const paths = topLevelPagePaths([
      '../pages/about.astro',
      '../pages/graph/index.astro',
      '../pages/data/index.ts',
      '../pages/[slug].astro',
      '../pages/actors/[id].astro',
    ]);
    expect([...paths].sort()).toEqual(['about/', 'data/', 'graph/']);
  });

  it('finds the pages this project has', () => {
    const built = builtTopLevelPages();
    expect(built.has('about/')).toBe(true);
    expect(built.has('timeline/')).toBe(true);
    expect(built.has('no-such-page/')).toBe(false);
  });
});

describe('navItems', () => {
  it('lists the collections, then only the other pages that exist, under the base', () => {
    const items = navItems('/casefile/', new Set(['about/']));
    expect(items.map((item) => item.href)).toEqual([
      '/casefile/timeline/',
      '/casefile/actors/',
      '/casefile/sanctions/',
      '/casefile/quotes/',
      '/casefile/sources/',
      '/casefile/about/',
    ]);
    expect(navItems('/', new Set(['about/', 'graph/', 'data/'])).map((item) => item.label)).toEqual([
      'Timeline',
      'Actors',
      'Sanctions and measures',
      'Quotes',
      'Sources',
      'Graph',
      'Data',
      'About',
    ]);
  });
});

describe('currentOf', () => {
  const [timeline, actors] = navItems('/', new Set());
  const about = navItems('/', new Set(['about/'])).at(-1)!;

  it('marks the page itself as "page" and the rest of its section as "true"', () => {
    expect(currentOf(actors!, '/actors/', 'actors')).toBe('page');
    expect(currentOf(actors!, '/actors/apt31/', 'actors')).toBe('true');
    expect(currentOf(timeline!, '/timeline/actor/apt31/', undefined)).toBe('true');
    expect(currentOf(about, '/about/', undefined)).toBe('page');
  });

  it('marks nothing on other sections or on the home page', () => {
    expect(currentOf(actors!, '/timeline/', 'timeline')).toBeUndefined();
    expect(currentOf(about, '/', 'story')).toBeUndefined();
  });
});

describe('pageTypeOf', () => {
  it('uses the collection name, which the search page labels, and "page" otherwise', () => {
    expect(pageTypeOf('actors')).toBe('actors');
    expect(pageTypeOf('story')).toBe('story');
    expect(pageTypeOf(undefined)).toBe('page');
  });
});
