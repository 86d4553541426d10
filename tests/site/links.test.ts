/** Every internal link and `#fragment` of the built site resolves. */
import { describe, expect, it } from 'vitest';
import { checkLinks, parsePage } from '../../src/lib/site-audit/links.ts';
import { BUILT_SITE } from '../helpers/built-site.ts';
import { siteFiles, sitePages } from '../helpers/site-files.ts';

describe('links in the built site', () => {
  it('resolve to a file, and a #fragment to an element on the target page', () => {
    const pages = new Map([...sitePages(BUILT_SITE)].map(([page, html]) => [page, parsePage(html)]));
    expect(pages.size).toBeGreaterThan(250);
    const problems = checkLinks(pages, siteFiles(BUILT_SITE));
    expect(problems.map((p) => `${p.page}: ${p.href}: ${p.problem}`)).toEqual([]);
  });
});
