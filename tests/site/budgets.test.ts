/**
 * The reader budgets that need no interaction: no page scrolls sideways at 320 or 375 px (measured
 * in Chromium), and every page stays within 40 KB of HTML + CSS, gzipped. `npm run audit` prints
 * the same figures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findReflowProblems } from '../../src/cli/audit/browser-audit.ts';
import { pageWeight, PAGE_WEIGHT_BUDGET } from '../../src/lib/site-audit/page-weight.ts';
import { launchChromium, sitePaths } from '../helpers/browser.ts';
import { BUILT_SITE } from '../helpers/built-site.ts';
import { sitePages } from '../helpers/site-files.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(BUILT_SITE);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('reader budgets on every page', () => {
  it('no page scrolls sideways at 320 px or 375 px', async () => {
    const paths = sitePaths(BUILT_SITE);
    expect(paths.length).toBeGreaterThan(250);
    const problems = await findReflowProblems(browser, server.origin, paths);
    expect(problems.map((p) => `${p.path} at ${p.width}px is ${p.scrollWidth}px: ${p.culprits.join(', ')}`)).toEqual(
      [],
    );
  }, 600_000);

  it('every page is at most 40 KB of HTML + CSS, gzipped', () => {
    const weights = [...sitePages(BUILT_SITE)].map(([page, html]) =>
      pageWeight(page, html, (href) => readFileSync(path.join(BUILT_SITE, href))),
    );
    expect(weights.length).toBeGreaterThan(250);
    expect(weights.every((weight) => weight.css > 0)).toBe(true);
    expect(weights.filter((weight) => weight.total > PAGE_WEIGHT_BUDGET).map((w) => `${w.path}: ${w.total} B`)).toEqual(
      [],
    );
  });
});
