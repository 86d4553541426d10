/**
 * What a reader downloads for one page: its HTML and the stylesheets it links, gzipped as a static
 * host serves them. Search (Pagefind's files, loaded only on the search page) is not counted:
 * the budget is "HTML + CSS, search excluded".
 */
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  readonly path: string;
  /** Gzipped bytes of the HTML. */
  readonly html: number;
  /** Gzipped bytes of every linked stylesheet, each counted once. */
  readonly css: number;
  readonly total: number;
}

/** The budget per page, HTML + CSS gzipped (issue 7). */
export const PAGE_WEIGHT_BUDGET = 40 * 1024;

/** The `href` of every `<link rel="stylesheet">` in a page. */
export function stylesheetsOf(html: string): string[] {
  const hrefs: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel=["']?stylesheet\b/i.test(tag)) continue;
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href && !hrefs.includes(href)) hrefs.push(href);
  }
  return hrefs;
}

/** Gzipped size of a page and its stylesheets; `readAsset` returns a stylesheet's bytes by href. */
export function pageWeight(path: string, html: string, readAsset: (href: string) => Uint8Array | string): PageWeight {
  const htmlBytes = gzipSync(html).length;
  let css = 0;
  for (const href of stylesheetsOf(html)) css += gzipSync(readAsset(href)).length;
  return { path, html: htmlBytes, css, total: htmlBytes + css };
}

/** The n heaviest pages, heaviest first (ties by path, so the list is stable). */
export function heaviest(weights: readonly PageWeight[], n: number): PageWeight[] {
  return [...weights].sort((a, b) => b.total - a.total || (a.path < b.path ? -1 : 1)).slice(0, n);
}
