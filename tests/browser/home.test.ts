/**
 * The home page as a reader meets it: the at-a-glance campaigns above the fold at 1280 × 800, the
 * keyboard path from the skip link through the table of contents to a section, no sideways
 * scrolling at 320 px, and no axe violations in either theme.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, type Theme } from '../helpers/browser.ts';
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

async function openHome(options: { width: number; height?: number; theme?: Theme }): Promise<Page> {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  return page;
}

/** A short description of the focused element, for readable failures. */
function focused(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      tag: active?.tagName.toLowerCase() ?? '',
      id: active?.id ?? '',
      text: (active?.textContent ?? '').trim().slice(0, 60),
      inToc: Boolean(active?.closest('.home-toc')),
      isSkipLink: Boolean(active?.classList.contains('skip-link')),
    };
  });
}

describe('the home page', () => {
  it('shows both campaigns of the at-a-glance panel within the first 800 px at 1280 × 800', async () => {
    const page = await openHome({ width: 1280, height: 800 });
    const boxes = await page.locator('.glance .campaign').evaluateAll((cards) =>
      cards.map((card) => {
        const box = card.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom };
      }),
    );
    expect(boxes.length).toBe(2);
    for (const box of boxes) {
      expect(box.top).toBeGreaterThan(0);
      expect(box.bottom).toBeLessThanOrEqual(800);
    }
    await expect(page.locator('.glance .campaign').first().textContent()).resolves.toContain('highly likely');
    await page.context().close();
  });

  it('takes a keyboard user from the skip link to the contents, and from there to a section', async () => {
    const page = await openHome({ width: 1280, height: 800 });
    await page.keyboard.press('Tab');
    expect((await focused(page)).isSkipLink).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'main', id: 'main' });

    let presses = 0;
    while (!(await focused(page)).inToc && presses < 10) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(presses).toBeLessThanOrEqual(3);

    // Walk the contents to the first long-form section (the panels come first).
    const sectionLabel = await page.evaluate(() => {
      const headings = [...document.querySelectorAll('.home-longform h2[id]')];
      return headings[0]?.textContent?.trim() ?? '';
    });
    expect(sectionLabel).not.toBe('');
    let steps = 0;
    while ((await focused(page)).text !== sectionLabel && steps < 20) {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    expect((await focused(page)).text).toBe(sectionLabel);
    expect(steps).toBeLessThanOrEqual(8);

    await page.keyboard.press('Enter');
    const target = await page.evaluate(() => {
      const heading = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      return { text: heading?.textContent?.trim(), top: heading?.getBoundingClientRect().top ?? -1 };
    });
    expect(target.text).toBe(sectionLabel);
    expect(target.top).toBeGreaterThanOrEqual(0);
    expect(target.top).toBeLessThan(200);

    // The next Tab continues from the section, not from the contents.
    await page.keyboard.press('Tab');
    const after = await page.evaluate(() => {
      const heading = document.getElementById(decodeURIComponent(location.hash.slice(1)))!;
      const active = document.activeElement!;
      return Boolean(heading.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(after).toBe(true);
    await page.context().close();
  });

  it('on a phone, starts the panel on the first screen and opens the contents from one tab stop', async () => {
    const page = await openHome({ width: 375, height: 800 });
    const firstCardTop = await page
      .locator('.glance .campaign')
      .first()
      .evaluate((card) => card.getBoundingClientRect().top);
    expect(firstCardTop).toBeLessThan(800);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'main' });
    await page.keyboard.press('Tab');
    expect((await focused(page)).tag).toBe('summary');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const link = await page.evaluate(() => {
      const active = document.activeElement as HTMLAnchorElement;
      return { inContents: Boolean(active.closest('.home-toc-compact nav')), href: active.getAttribute('href') };
    });
    expect(link).toEqual({ inContents: true, href: '#at-a-glance' });
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#at-a-glance');
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('does not scroll sideways at 320 px (%s)', async (theme) => {
    const page = await openHome({ width: 320, theme });
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.context().close();
  });

  it.each([
    ['light', 1280],
    ['dark', 1280],
    ['light', 375],
    ['dark', 375],
  ] as const)('has no axe violations (%s, %i px)', async (theme, width) => {
    // The site's CSP forbids inline scripts, so axe is injected with the policy bypassed.
    const context = await browser.newContext({
      viewport: { width, height: 800 },
      colorScheme: theme,
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      return result.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 5)
            .join(', ')}`,
      );
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
