/**
 * The timeline as a reader uses it, in Chromium against the built site: filters that are plain
 * links, the order of 25 March 2024, the visual timeline's accessible name, neighbours on event
 * pages, and no sideways scrolling at 320 px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext } from '../helpers/browser.ts';
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

async function open(path: string, width = 1280): Promise<Page> {
  const context = await newContext(browser, { width });
  const page = await context.newPage();
  const response = await page.goto(server.origin + path);
  expect(response?.status()).toBe(200);
  return page;
}

/** The number in a filter link's text, "Attributed (6)" → 6. */
const countIn = (text: string | null) => Number(/\((\d+)\)/.exec(text ?? '')?.[1]);

const eventHrefs = (page: Page) =>
  page.locator('.tl-event h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

describe('timeline filters without JavaScript', () => {
  it('a meaning filter shows only its events, is marked current, and "clear" returns to all', async () => {
    const page = await open('/timeline/');
    const filters = page.getByRole('navigation', { name: 'Filter the timeline' });
    const all = filters.getByRole('link', { name: /All events/ });
    await expect(all.getAttribute('aria-current')).resolves.toBe('page');
    const total = countIn(await all.textContent());
    await expect(page.locator('.tl-event').count()).resolves.toBe(total);

    const attributed = filters.getByRole('link', { name: /^Attributed \(\d+\)$/ });
    const expected = countIn(await attributed.textContent());
    await attributed.click();
    await page.waitForURL(/\/timeline\/meaning\/attributed\/$/);

    const meanings = await page
      .locator('.tl-event')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-meaning')));
    expect(meanings.length).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(total);
    expect(new Set(meanings)).toEqual(new Set(['attributed']));
    await expect(page.locator('.tl-event .tl-meaning').allTextContents()).resolves.toEqual(
      Array(expected).fill('Attributed'),
    );
    const current = page.locator('.tl-filters a[aria-current="page"]');
    await expect(current.count()).resolves.toBe(1);
    await expect(current.textContent()).resolves.toMatch(/^Attributed/);
    await expect(page.title()).resolves.toMatch(/Attributed/);

    await page.getByRole('link', { name: /^Clear the filter/ }).click();
    await page.waitForURL(/\/timeline\/$/);
    await expect(page.locator('.tl-event').count()).resolves.toBe(total);
    await page.context().close();
  });

  it('an actor filter lists only events involving that actor', async () => {
    const page = await open('/timeline/actor/apt31/');
    const current = page.locator('.tl-filters a[aria-current="page"]');
    await expect(current.textContent()).resolves.toMatch(/^APT31 \(\d+\)$/);
    const expected = countIn(await current.textContent());
    const involved = await page.locator('.tl-event .tl-actors').allTextContents();
    expect(involved).toHaveLength(expected);
    for (const text of involved) expect(text).toContain('APT31');
    await page.context().close();
  });
});

describe('timeline order', () => {
  it("on 25 March 2024 lists the attribution before the measures and China's rejection last", async () => {
    const page = await open('/timeline/');
    const hrefs = await eventHrefs(page);
    const at = (id: string) => hrefs.indexOf(`/timeline/${id}/`);
    expect(at('uk-attribution')).toBeGreaterThan(-1);
    expect(at('uk-attribution')).toBeLessThan(at('uk-designations-announced'));
    expect(at('uk-designations-announced')).toBeLessThan(at('us-indictment-unsealed'));
    expect(at('ec-responds-to-attribution')).toBeLessThan(at('chinese-embassy-denial'));
    expect(at('chinese-embassy-denial')).toBe(at('chinese-embassy-full-statement') - 1);
    expect(at('chinese-embassy-full-statement')).toBe(at('nz-attributes-apt40') - 1);
    await page.context().close();
  });

  it('groups events under year headings, with a <time datetime> on every date', async () => {
    const page = await open('/timeline/');
    const years = await page.locator('h2.tl-year-heading').allTextContents();
    expect(years.map((year) => Number(year.trim()))).toEqual([...years.map(Number)].sort((a, b) => a - b));
    expect(years[0]!.trim()).toBe('2010');
    const missing = await page
      .locator('.tl-event .tl-when')
      .evaluateAll((whens) => whens.filter((when) => !when.querySelector('time[datetime]')).length);
    expect(missing).toBe(0);
    await expect(
      page.locator('a[href="/timeline/nz-attributes-apt40/"]').locator('xpath=ancestor::li[1]//time').textContent(),
    ).resolves.toBe('26 March 2024, New Zealand time');
    await page.context().close();
  });
});

describe('the visual timeline', () => {
  it.each([1280, 320])('is an SVG image with an accessible name at %i px', async (width) => {
    const page = await open('/timeline/', width);
    const image = page.getByRole('img', { name: /Visual timeline, 2010 to 2025/ });
    await expect(image.count()).resolves.toBe(1);
    await expect(image.evaluate((node) => node.tagName.toLowerCase())).resolves.toBe('svg');
    await expect(image.isVisible()).resolves.toBe(true);
    const box = await image.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(width);
    await page.context().close();
  });
});

describe('event pages', () => {
  it('link to the previous and next events in timeline order', async () => {
    const page = await open('/timeline/uk-attribution/');
    await expect(page.locator('a[rel="prev"]').getAttribute('href')).resolves.toBe('/timeline/ipac-press-conference/');
    await expect(page.locator('a[rel="next"]').getAttribute('href')).resolves.toBe(
      '/timeline/uk-designations-announced/',
    );
    await expect(page.getByRole('heading', { name: 'Referenced by' }).count()).resolves.toBe(0);
    const connected = await page
      .locator('.tl-connected a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(connected).size).toBe(connected.length);
    await page.context().close();
  });
});

describe('no sideways scrolling at 320 px', () => {
  it.each(['/timeline/', '/timeline/meaning/attributed/', '/timeline/actor/apt31/', '/timeline/uk-attribution/'])(
    '%s',
    async (path) => {
      const page = await open(path, 320);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
      await page.context().close();
    },
  );
});
