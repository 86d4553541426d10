/**
 * Search on the real built site, in Chromium, under the site's Content-Security-Policy sent as a
 * header: the four names readers look for find the right page first, a page is not found for
 * the titles in its lists of other pages, the keyboard alone is enough, a type filter narrows the
 * results, and without JavaScript the page says so.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, recordPageErrors } from '../helpers/browser.ts';
import { BUILT_SITE } from '../helpers/built-site.ts';
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

async function openSearch(query?: string, width = 1280) {
  const context = await newContext(browser, { width });
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  const suffix = query === undefined ? '' : `?q=${encodeURIComponent(query)}`;
  await page.goto(`${server.origin}/search/${suffix}`);
  return { context, page, errors };
}

/** The hrefs of the results once the status line has reported them. */
async function resultHrefs(page: Page): Promise<string[]> {
  await page
    .locator('[data-search-status]')
    .filter({ hasText: /results? for|No results/ })
    .waitFor();
  return page.locator('.search-result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('search', () => {
  it.each([
    ['Violet Typhoon', ['/actors/apt31/']],
    ['ZIRCONIUM', ['/actors/apt31/']],
    ['Judgment Panda', ['/actors/apt31/']],
    ['CYB0046', ['/actors/ni-gaobin/', '/sanctions/uk-designation-ni-gaobin/']],
  ])('"%s" finds the right page first, with no console or CSP error', async (query, expected) => {
    const { context, page, errors } = await openSearch(query);
    const hrefs = await resultHrefs(page);
    expect(expected).toContain(hrefs[0]);
    await expect(page.locator('#search-query').inputValue()).resolves.toBe(query);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds a page for what it says, not for the titles in its lists of other pages', async () => {
    // The US Attorney's page cites the HNGN report, whose title it shows only in its numbered list
    // of cited sources; the source page itself, and pages that name HNGN elsewhere, are found.
    const { context, page } = await openSearch('HNGN');
    const hrefs = await resultHrefs(page);
    expect(hrefs[0]).toBe('/sources/hngn/');
    expect(hrefs).toContain('/actors/breon-peace/');
    expect(hrefs).not.toContain('/actors/usao-edny/');
    await context.close();
  });

  it('works with the keyboard alone: Tab to the field, type, Enter, Tab to a result, Enter opens it', async () => {
    const { context, page, errors } = await openSearch();
    await page.locator('[data-search-form]:not([hidden])').waitFor();
    let steps = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'search-query') {
      await page.keyboard.press('Tab');
      expect(++steps).toBeLessThan(25);
    }
    await page.keyboard.type('ZIRCONIUM');
    await page.keyboard.press('Enter');
    const hrefs = await resultHrefs(page);
    expect(hrefs[0]).toBe('/actors/apt31/');
    // The results are announced politely.
    const status = page.locator('[data-search-status]');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(status.textContent()).resolves.toMatch(/\d+ results? for “ZIRCONIUM”/);

    // Onward through the filters and the button to the first result, and back again: no trap.
    steps = 0;
    while ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) !== '/actors/apt31/') {
      await page.keyboard.press('Tab');
      expect(++steps).toBeLessThan(15);
    }
    await page.keyboard.press('Shift+Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.not.toBe('/actors/apt31/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.origin}/actors/apt31/`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('narrows the results to one type with its filter, and keeps the filter in the address', async () => {
    const { context, page } = await openSearch('APT31');
    const all = await resultHrefs(page);
    expect(new Set(all.map((href) => href.split('/')[1])).size).toBeGreaterThan(1);
    const before = await page.locator('[data-search-status]').textContent();

    await page.getByRole('checkbox', { name: /^Quotes/ }).check();
    await page.locator('[data-search-status]').filter({ hasText: 'in Quotes' }).waitFor();
    const quotes = await resultHrefs(page);
    expect(quotes.length).toBeGreaterThan(0);
    for (const href of quotes) expect(href).toMatch(/^\/quotes\//);
    const count = (text: string | null) => Number(/(\d+) results?/.exec(text ?? '')?.[1]);
    expect(count(await page.locator('[data-search-status]').textContent())).toBeLessThan(count(before));
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['quotes']);
    await expect(page.locator('.search-result-type').first().textContent()).resolves.toBe('Quote');
    await context.close();
  });

  it('shows page text in excerpts as text, with matches marked', async () => {
    const { context, page } = await openSearch('Violet Typhoon');
    await resultHrefs(page);
    const excerpt = page.locator('.search-result-excerpt').first();
    await expect(excerpt.locator('mark').count()).resolves.toBeGreaterThan(0);
    // Only text and <mark> inside: no element from the page's markup survives.
    const tags = await page
      .locator('.search-result-excerpt *')
      .evaluateAll((elements) => [...new Set(elements.map((el) => el.tagName))]);
    expect(tags).toEqual(['MARK']);
    await context.close();
  });

  it('does not scroll sideways at 320 px with results shown', async () => {
    const { context, page } = await openSearch('Wuhan Xiaoruizhi Science and Technology Company', 320);
    await resultHrefs(page);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await context.close();
  });

  it('without JavaScript, says that search needs it and offers the section indexes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/?q=APT31`);
    await expect(page.getByText('Search needs JavaScript').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-search-form]').isVisible()).resolves.toBe(false);
    await expect(page.locator('.search-fallback a[href="/actors/"]').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('is not itself in the index', async () => {
    const { context, page } = await openSearch('Search needs JavaScript');
    const hrefs = await resultHrefs(page);
    expect(hrefs).not.toContain('/search/');
    await context.close();
  });
});
