/**
 * /data/ as built and served: every generated file is at its path with the generator's exact bytes
 * (so the endpoints are wired to the files the tests in tests/exports/ check), and the page lists
 * each download with its true size, passes axe in both themes and never scrolls sideways.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import type { DataExports } from '../../src/lib/exports/files.ts';
import { buildPublishedFiles } from '../../src/lib/exports/published-files.ts';
import { siteUrl } from '../../src/lib/seo/site-url.ts';
import { launchChromium, newContext, recordPageErrors } from '../helpers/browser.ts';
import { BUILT_SITE } from '../helpers/built-site.ts';
import { PROJECT_ROOT } from '../helpers/fixture-content.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let server: StaticServer;
let exports: DataExports;

beforeAll(async () => {
  server = await serveStatic(BUILT_SITE);
  browser = await launchChromium();
  const { index } = await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content'), projectRoot: PROJECT_ROOT });
  exports = buildPublishedFiles(index, {
    siteName: index.byCollection.story[0]!.data.shortTitle,
    base: '/',
    site: siteUrl(),
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const AXE = readFileSync(path.join(PROJECT_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

describe('/data/ as built', () => {
  it('serves every generated file at its path, byte for byte', async () => {
    for (const file of exports.files) {
      const response = await fetch(`${server.origin}/${file.path}`);
      expect(response.status, file.path).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.equals(Buffer.from(file.body, 'utf8')), file.path).toBe(true);
    }
  });

  it('lists each download with the size of the file served', async () => {
    const context = await newContext(browser, { width: 1280 });
    const page = await context.newPage();
    await page.goto(`${server.origin}/data/`);
    const rows = await page.$$eval('.data-table tbody tr:not(.data-group)', (trs) =>
      trs.map((tr) => ({
        href: tr.querySelector('th a')?.getAttribute('href') ?? '',
        bytes: Number(tr.querySelector('data')?.getAttribute('value')),
      })),
    );
    const listed = rows.filter((row) => !row.href.match(/\/data\/[a-z]+\/[^/]+\.json$/));
    expect(listed.map((row) => row.href)).toEqual(
      exports.files
        .filter((file) => ['index', 'collection', 'table', 'bibliography', 'other'].includes(file.group))
        .map((file) => `/${file.path}`),
    );
    for (const row of listed) expect(row.bytes, row.href).toBe(exports.byPath.get(row.href.slice(1))!.bytes);
    await expect(page.locator('.data-citation').textContent()).resolves.toContain(exports.contentVersion);
    await context.close();
  });

  it.each([
    [320, 'light'],
    [320, 'dark'],
    [1280, 'light'],
    [1280, 'dark'],
  ] as const)('has no axe violation and no sideways scroll at %i px, %s', async (width, theme) => {
    const context = await newContext(browser, { width, theme });
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    await page.goto(`${server.origin}/data/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run()).violations.map((violation) => violation.id);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
