/**
 * Actor profiles and quotes in Chromium: APT31's page lists the six UK and US designations of its
 * members and front company with the relation that links each; captions give the speaker's role
 * on the day; the side filter works with plain links; nothing on these pages scrolls sideways at
 * 320 px.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, recordPageErrors, sitePaths } from '../helpers/browser.ts';
import { BUILT_SITE } from '../helpers/built-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(BUILT_SITE);
  browser = await launchChromium();
  context = await newContext(browser, { width: 1280 });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function open(sitePath: string): Promise<void> {
  const response = await page.goto(server.origin + sitePath);
  expect(response?.status(), sitePath).toBe(200);
}

describe("APT31's profile", () => {
  it('lists the six UK and US designations of its members and front company, each with its relation', async () => {
    await open('/actors/apt31/');
    const group = page.locator('section[aria-labelledby="backlinks-measures-affiliated"]');
    await expect(group.locator('h3').textContent()).resolves.toContain('linked to APT31');
    const designations = group.locator('li').filter({ hasText: 'Sanctions designation' });
    const rows = (await designations.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(rows).toHaveLength(6);
    for (const target of ['Ni Gaobin', 'Zhao Guangzong']) {
      expect(rows.filter((row) => row.includes(`against ${target} (member of APT31)`))).toHaveLength(2);
    }
    const company = rows.filter((row) => /against Wuhan Xiaoruizhi .* \(front company for APT31\)/.test(row));
    expect(company).toHaveLength(2);
    expect(rows.filter((row) => row.startsWith('UK designation'))).toHaveLength(3);
    expect(rows.filter((row) => row.startsWith('US Treasury'))).toHaveLength(3);
    for (const row of rows) expect(row).toContain('25 March 2024');
  });

  it('shows identifiers as labelled links inside the search-weighted names block', async () => {
    await open('/actors/apt31/');
    const names = page.locator('[data-pagefind-weight="10"]');
    await expect(names.getByText('Violet Typhoon', { exact: true }).count()).resolves.toBe(1);
    const mitre = names.getByRole('link', { name: 'MITRE ATT&CK G0128' });
    await expect(mitre.getAttribute('href')).resolves.toBe('https://attack.mitre.org/groups/G0128/');
  });

  it('never cuts a quote mid-word in its lists', async () => {
    await open('/actors/apt31/');
    const labels = await page.locator('.actor-backlinks a[href^="/quotes/"]').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      // A shortened label ends in a whole word followed by the ellipsis and the closing mark.
      if (label.includes('…')) expect(label).toMatch(/[\p{L}\p{N}’'")]…”$/u);
    }
  });
});

describe('quote captions', () => {
  it('give David Cameron his role on the day, derived from his titles', async () => {
    await open('/quotes/cameron-completely-unacceptable/');
    const caption = page.locator('figure figcaption .quote-by');
    await expect(caption.textContent()).resolves.toMatch(/^David Cameron, Foreign Secretary/);
    await expect(page.locator('figure blockquote').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('figure figcaption cite').count()).resolves.toBe(1);
  });

  it('on the quotes page, each carries a permalink to its own page', async () => {
    await open('/quotes/');
    const figures = page.locator('figure.quote-card');
    const count = await figures.count();
    expect(count).toBeGreaterThan(30);
    await expect(page.locator('figure.quote-card a', { hasText: 'Permalink' }).count()).resolves.toBe(count);
    const cameron = figures.filter({ hasText: 'completely unacceptable' });
    await expect(cameron.locator('.quote-by').textContent()).resolves.toContain('Foreign Secretary');
  });
});

describe('the side filter', () => {
  it('narrows the quotes with a plain link, marks the current side and clears', async () => {
    await open('/quotes/');
    const all = await page.locator('figure.quote-card').count();
    await page
      .locator('.side-filter')
      .getByRole('link', { name: /^United States/ })
      .click();
    await page.waitForURL(/\/quotes\/side\/united-states\/$/);
    const current = page.locator('.side-filter [aria-current="page"]');
    await expect(current.textContent()).resolves.toMatch(/^United States/);
    const speakers = await page.locator('figure.quote-card .quote-by a').allTextContents();
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.length).toBeLessThan(all);
    expect(speakers).toContain('Merrick B. Garland');
    expect(speakers).not.toContain('David Cameron');

    await page
      .locator('.side-filter')
      .getByRole('link', { name: /^All sides/ })
      .click();
    await page.waitForURL(/\/quotes\/$/);
    await expect(page.locator('figure.quote-card').count()).resolves.toBe(all);
    await expect(page.locator('.side-filter [aria-current="page"]').textContent()).resolves.toMatch(/^All sides/);
  });

  it('puts China’s spokespeople on China’s side', async () => {
    await open('/quotes/side/china/');
    const speakers = new Set(await page.locator('figure.quote-card .quote-by a').allTextContents());
    expect([...speakers].sort()).toEqual([
      "Embassy of the People's Republic of China in the United Kingdom",
      'Lin Jian',
    ]);
  });
});

describe('reflow at 320 px', () => {
  const paths = sitePaths(BUILT_SITE).filter((p) => p.startsWith('/actors/') || p.startsWith('/quotes/'));

  it('covers every actor and quote page', () => {
    expect(paths).toContain('/actors/apt31/');
    expect(paths).toContain('/quotes/side/united-kingdom/');
    expect(paths.length).toBeGreaterThan(100);
  });

  it('has no page that scrolls sideways, and no console error', async () => {
    const narrow = await newContext(browser, { width: 320 });
    const narrowPage = await narrow.newPage();
    const errors = recordPageErrors(narrowPage);
    const wide: string[] = [];
    for (const sitePath of paths) {
      await narrowPage.goto(server.origin + sitePath);
      const width = await narrowPage.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${sitePath} (${width} px)`);
    }
    await narrow.close();
    expect(wide).toEqual([]);
    expect(errors).toEqual([]);
  });
});
