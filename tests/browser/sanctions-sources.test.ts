/**
 * The sanctions grid and the bibliography in Chromium: the grid reads at 320 px (a card per
 * target, a section per jurisdiction, nothing scrolling sideways) and as a side-by-side table at
 * 1280 px; the bibliography shows every source's id and back-references that land on the citing
 * paragraph. axe runs on each page in both themes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, recordPageErrors, type Theme } from '../helpers/browser.ts';
import { BUILT_SITE } from '../helpers/built-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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

async function open(sitePath: string, width: number, theme: Theme = 'light') {
  const context = await newContext(browser, { width, theme });
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  const response = await page.goto(server.origin + sitePath);
  expect(response?.status(), sitePath).toBe(200);
  return { page, errors, close: () => context.close() };
}

function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const ids = await page.evaluate(async (tags) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE_TAGS);
  return ids;
}

describe('/sanctions/', () => {
  it('at 320 px shows each of the three targets as a card, UK section then US section, with no sideways scroll', async () => {
    const { page, errors, close } = await open('/sanctions/', 320);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const captions = await page.locator('.grid-table caption a').allTextContents();
    expect(captions).toEqual([
      'Wuhan Xiaoruizhi Science and Technology Company, Limited',
      'Ni Gaobin',
      'Zhao Guangzong',
    ]);
    const ni = page.locator('#grid-ni-gaobin');
    const ukHead = ni.locator('th[scope="col"]', { hasText: 'United Kingdom' });
    const usHead = ni.locator('th[scope="col"]', { hasText: 'United States' });
    const ukBox = (await ukHead.boundingBox())!;
    const usBox = (await usHead.boundingBox())!;
    // Stacked: the US section starts below the UK one, and every UK cell sits between the two.
    expect(usBox.y).toBeGreaterThan(ukBox.y + ukBox.height);
    for (const box of await Promise.all((await ni.locator('td.grid-c1').all()).map((cell) => cell.boundingBox()))) {
      expect(box!.y).toBeGreaterThan(ukBox.y);
      expect(box!.y).toBeLessThan(usBox.y);
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    }
    // The field names come back as labels when the row headers are hidden.
    await expect(ni.locator('th[scope="row"]').first().isVisible()).resolves.toBe(false);
    const label = await ni
      .locator('td.grid-references.grid-c1')
      .evaluate((cell) => getComputedStyle(cell, '::before').content);
    expect(label).toBe('"List references"');
    await expect(ni.locator('td.grid-references.grid-c1').textContent()).resolves.toContain('CYB0046');
    expect(errors).toEqual([]);
    await close();
  });

  it('at 1280 px is a table per target with the UK and US columns side by side, each cell sourced', async () => {
    const { page, close } = await open('/sanctions/', 1280);
    const table = page.locator('#grid-zhao-guangzong');
    await expect(table.locator('caption').textContent()).resolves.toContain('Zhao Guangzong');
    const [uk, us] = await Promise.all(
      ['United Kingdom', 'United States'].map((name) =>
        table.locator('th[scope="col"]', { hasText: name }).boundingBox(),
      ),
    );
    expect(Math.abs(uk!.y - us!.y)).toBeLessThan(2);
    expect(us!.x).toBeGreaterThan(uk!.x);
    const rowHeaders = await table.locator('th[scope="row"]').allTextContents();
    expect(rowHeaders).toEqual(
      expect.arrayContaining([
        'Authority',
        'Legal basis',
        'List references',
        'Listed',
        'Measures',
        'Stated reason',
        'Status',
        'Sources',
      ]),
    );
    const sources = table.locator('td.grid-sources');
    await expect(sources.count()).resolves.toBe(2);
    for (const cell of await sources.all())
      expect(await cell.locator('a[href^="/sources/"]').count()).toBeGreaterThan(0);
    await expect(table.locator('td.grid-basis.grid-c2').textContent()).resolves.toContain('E.O. 13694');
    await expect(table.locator('td.grid-status.grid-c1').textContent()).resolves.toMatch(
      /not re-checked since\s+25 March 2024/,
    );
    // Guidance is listed apart from the measures.
    await expect(page.locator('#guidance ~ .measure-list').textContent()).resolves.toContain('Defending Democracy');
    await expect(page.locator('#other-measures').locator('..').textContent()).resolves.not.toContain(
      'Defending Democracy',
    );
    await close();
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const sitePath of ['/sanctions/', '/sanctions/uk-designation-ni-gaobin/', '/sources/', '/sources/ms-map/']) {
      it(`${sitePath} has no axe violation and no sideways scroll at 320 px (${theme})`, async () => {
        const { page, close } = await open(sitePath, 320, theme);
        // Open the back-reference lists, so axe and the reflow check see them too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        expect(await axeViolations(page)).toEqual([]);
        await close();
      });
    }
  }
});

describe('/sources/', () => {
  it('shows every source’s id, and a back-reference that lands on the citing paragraph', async () => {
    const { page, close } = await open('/sources/', 320);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const entries = page.locator('.bib-entry');
    const count = await entries.count();
    expect(count).toBeGreaterThan(100);
    await expect(page.locator('.bib-entry code.source-id').count()).resolves.toBe(count);
    const iom = page.locator('#bib-iom');
    await expect(iom.locator('code.source-id').textContent()).resolves.toBe('iom');
    await iom.locator('summary').click();
    const ni = iom.locator('li', { hasText: 'UK designation of Ni Gaobin' });
    await expect(ni.locator('code').allTextContents()).resolves.toEqual([
      'listReferences.sources',
      'statusAsOf.sources',
      'sources',
    ]);
    const link = ni.locator('.citing-anchors a').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toBe('/sanctions/uk-designation-ni-gaobin/#cite-2-1');
    await link.click();
    await page.waitForURL(`**${href}`);
    const marker = page.locator('#cite-2-1');
    await expect(marker.textContent()).resolves.toBe('[2]');
    // The marker sits in the paragraph that cites the source, and its [2] leads to the Isle of Man notice.
    await expect(marker.evaluate((el) => el.closest('p')?.textContent ?? '')).resolves.toContain('CYB0046');
    await expect(page.locator('#source-2 a').first().getAttribute('href')).resolves.toBe('/sources/iom/');
    await close();
  });

  it('a source page lists every citing entry, and its links resolve to an existing anchor', async () => {
    const { page, close } = await open('/sources/ms-map/', 375);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expect(page.locator('.source-facts code.source-id').textContent()).resolves.toBe('ms-map');
    const anchors = await page
      .locator('.citing a[href*="#cite-"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(anchors.length).toBeGreaterThan(0);
    for (const href of anchors) {
      const [pathPart, hash] = href.split('#');
      const target = await page.context().newPage();
      await target.goto(server.origin + pathPart);
      await expect(target.locator(`[id="${hash}"]`).count(), href).resolves.toBe(1);
      await target.close();
    }
    await close();
  });
});
