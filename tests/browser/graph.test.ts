/**
 * The relationship graph page in Chromium: named SVG drawings whose nodes link to the actors'
 * pages, a table with a row for every edge of the model, both themes, and no sideways scroll at
 * 320 px.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { buildRelationGraph, type RelationGraph } from '../../src/lib/graph/relation-graph.ts';
import { launchChromium, newContext, recordPageErrors } from '../helpers/browser.ts';
import { BUILT_SITE } from '../helpers/built-site.ts';
import { PROJECT_ROOT } from '../helpers/fixture-content.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let server: StaticServer;
let graph: RelationGraph;

beforeAll(async () => {
  server = await serveStatic(BUILT_SITE);
  browser = await launchChromium();
  graph = buildRelationGraph((await checkContent({ contentDir: path.join(PROJECT_ROOT, 'content') })).index);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('/graph/', () => {
  it('has SVG drawings with accessible names, whose nodes link to existing actor pages', async () => {
    const context = await newContext(browser, { width: 1280 });
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    await page.goto(`${server.origin}/graph/`);
    const full = page.getByRole('group', { name: /^Every link between the \d+ actors$/ });
    await expect(full.count()).resolves.toBe(1);
    await expect(page.getByRole('group', { name: /^APT31:/ }).count()).resolves.toBe(1);

    const links = await page
      .locator('svg.graph-svg a')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
    expect(links.length).toBeGreaterThan(graph.nodes.length); // both drawings
    for (const link of links) {
      expect(link.href).toMatch(/^\/actors\/[a-z0-9-]+\/$/);
      expect(existsSync(path.join(BUILT_SITE, link.href, 'index.html')), link.href).toBe(true);
    }
    // APT31's box is a link to its page, named by its label.
    await expect(full.getByRole('link', { name: 'APT31', exact: true }).getAttribute('href')).resolves.toBe(
      '/actors/apt31/',
    );
    // The full drawing has one line per edge.
    await expect(page.locator('#full-title').count()).resolves.toBe(1);
    const fullEdges = await page.locator('svg:has(#full-title) .graph-edge').count();
    expect(fullEdges).toBe(graph.edges.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists every edge of the model in the table', async () => {
    const context = await newContext(browser, { width: 1280 });
    const page = await context.newPage();
    await page.goto(`${server.origin}/graph/`);
    const table = page.getByRole('table', { name: 'Every link, in words' });
    const ids = await table
      .locator('tbody tr[data-edge]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-edge')));
    expect([...ids].sort()).toEqual(graph.edges.map((edge) => edge.id).sort());
    // One group per kind, each headed by its name and count.
    await expect(table.locator('tr.relation-group th').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Sanctions designations (6)', 'Criminal charges (7)']),
    );
    // A designation row says who designated whom and links the measure.
    const row = table.locator('tr[data-edge="designated:uk-fcdo:ni-gaobin"]');
    await expect(row.locator('td').first().textContent()).resolves.toContain('designated');
    await expect(row.locator('a[href="/sanctions/uk-designation-ni-gaobin/"]').count()).resolves.toBe(1);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('draws with the %s theme tokens', async (theme) => {
    const context = await newContext(browser, { width: 1280, theme });
    const page = await context.newPage();
    await page.goto(`${server.origin}/graph/`);
    const colours = await page.evaluate(() => {
      const text = document.querySelector('.graph-svg text');
      const body = getComputedStyle(document.body);
      return { text: text ? getComputedStyle(text).fill : '', bodyText: body.color };
    });
    // Node labels take the page's text colour, whatever the theme.
    expect(colours.text).toBe(colours.bodyText);
    await context.close();
  });

  it.each([320, 375])('does not scroll sideways at %i px; the drawing scrolls in its own box', async (width) => {
    const context = await newContext(browser, { width });
    const page = await context.newPage();
    await page.goto(`${server.origin}/graph/`);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
    const box = await page
      .locator('.graph-scroll')
      .first()
      .evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
        overflow: getComputedStyle(el).overflowX,
      }));
    expect(box.overflow).toBe('auto');
    expect(box.client).toBeLessThanOrEqual(width);
    await context.close();
  });
});
