/** The built-site link check itself, on small hand-made sites. */
import { describe, expect, it } from 'vitest';
import { checkLinks, parsePage } from '../../src/lib/site-audit/links.ts';

function site(pages: Record<string, string>, extraFiles: string[] = []) {
  const parsed = new Map(Object.entries(pages).map(([page, html]) => [page, parsePage(html)]));
  const files = new Set([
    ...Object.keys(pages).map((page) => (page.endsWith('/') ? `${page}index.html` : page)),
    ...extraFiles,
  ]);
  return checkLinks(parsed, files);
}

describe('checkLinks', () => {
  it('accepts links to pages, files, fragments and other origins', () => {
    expect(
      site(
        {
          '/': '<a href="/a/#part">a</a><a href="a/">rel</a><img src="/logo.svg" alt=""><a href="https://x.example/">x</a><a href="mailto:e@x.example">m</a><a href="#top">top</a><p id="top"></p>',
          '/a/': '<h2 id="part">Part</h2><a href="../">home</a>',
        },
        ['/logo.svg'],
      ),
    ).toEqual([]);
  });

  it('reports a missing page, a missing file and a missing fragment', () => {
    expect(
      site({
        '/': '<a href="/gone/">g</a><link rel="stylesheet" href="/_astro/x.css"><a href="/a/#nowhere">n</a>',
        '/a/': '<p id="somewhere"></p>',
      }),
    ).toEqual([
      { page: '/', href: '/gone/', problem: '/gone/ does not exist' },
      { page: '/', href: '/_astro/x.css', problem: '/_astro/x.css does not exist' },
      { page: '/', href: '/a/#nowhere', problem: 'no element on /a/ has the id "nowhere"' },
    ]);
  });

  it('checks fragments on the same page, and decodes them', () => {
    expect(site({ '/': '<a href="#caf%C3%A9">c</a><a href="#missing">m</a><p id="café"></p>' })).toEqual([
      { page: '/', href: '#missing', problem: 'no element on / has the id "missing"' },
    ]);
  });
});
