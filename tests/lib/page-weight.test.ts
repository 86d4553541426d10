/** Page weight as `npm run audit` and the site-wide browser test measure it. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { heaviest, pageWeight, stylesheetsOf } from '../../src/lib/site-audit/page-weight.ts';

describe('page weight', () => {
  const html = `<!doctype html><link rel="stylesheet" href="/_astro/a.css"><link rel=stylesheet href="/_astro/b.css">
<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css"><p>Hello</p>`;

  it('finds each linked stylesheet once, and not other links', () => {
    expect(stylesheetsOf(html)).toEqual(['/_astro/a.css', '/_astro/b.css']);
  });

  it('adds the gzipped HTML and the gzipped stylesheets', () => {
    const css: Record<string, string> = { '/_astro/a.css': 'body{color:red}'.repeat(50), '/_astro/b.css': 'p{}' };
    const weight = pageWeight('/x/', html, (href) => css[href]!);
    const expectedCss = gzipSync(css['/_astro/a.css']!).length + gzipSync(css['/_astro/b.css']!).length;
    expect(weight).toEqual({
      path: '/x/',
      html: gzipSync(html).length,
      css: expectedCss,
      total: gzipSync(html).length + expectedCss,
    });
  });

  it('lists the heaviest pages first, ties by path', () => {
    const w = (path: string, total: number) => ({ path, html: total, css: 0, total });
    expect(heaviest([w('/b/', 5), w('/a/', 5), w('/c/', 9), w('/d/', 1)], 3).map((x) => x.path)).toEqual([
      '/c/',
      '/a/',
      '/b/',
    ]);
  });
});
