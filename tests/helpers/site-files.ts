/** The files and pages of a built site, read once per test file. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sitePaths } from '../../src/lib/site-audit/site-pages.ts';

/** Every file as a site path: "/favicon.svg", "/about/index.html". */
export function siteFiles(siteDir: string): Set<string> {
  return new Set(
    readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(path.join(siteDir, name)).isFile())
      .map((name) => `/${name.split(path.sep).join('/')}`),
  );
}

/** Each page's site path and its HTML. */
export function sitePages(siteDir: string): Map<string, string> {
  return new Map(
    sitePaths(siteDir).map((page) => [
      page,
      readFileSync(page.endsWith('.html') ? path.join(siteDir, page) : path.join(siteDir, page, 'index.html'), 'utf8'),
    ]),
  );
}
