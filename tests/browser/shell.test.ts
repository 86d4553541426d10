/**
 * The page shell in Chromium: the skip link is the first tab stop, shows itself and moves focus
 * to the main content; the focus ring is the theme's --focus colour; the dark theme really is
 * dark; the header fits a 320 px screen; print hides navigation and prints link targets.
 */
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

async function open(sitePath: string, options: { width: number; theme?: Theme }): Promise<Page> {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  await page.goto(server.origin + sitePath);
  return page;
}

/** A CSS custom property of the root element, resolved to rgb() by the browser. */
function token(page: Page, name: string): Promise<string> {
  return page.evaluate((property) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${property})`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, name);
}

describe('the page shell', () => {
  it.each(['light', 'dark'] as const)(
    'in the %s theme, the skip link is the first tab stop, is visible, and moves focus to main; the ring is --focus',
    async (theme) => {
      const page = await open('/about/', { width: 375, theme });
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const box = active.getBoundingClientRect();
        const style = getComputedStyle(active);
        return {
          text: active.textContent,
          inView: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight,
          outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        };
      });
      expect(skip.text).toBe('Skip to content');
      expect(skip.inView).toBe(true);
      expect(skip.outline).toBe(`solid 3px ${await token(page, '--focus')}`);

      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
      expect(next).toBe(true);
      await page.context().close();
    },
  );

  it('follows prefers-color-scheme: dark, with light text on a dark background', async () => {
    const light = await open('/', { width: 1280, theme: 'light' });
    const dark = await open('/', { width: 1280, theme: 'dark' });
    const colours = (page: Page) =>
      page.evaluate(() => ({
        background: getComputedStyle(document.documentElement).backgroundColor,
        text: getComputedStyle(document.body).color,
      }));
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [day, night] = [await colours(light), await colours(dark)];
    expect(luminance(day.background)).toBeGreaterThan(200);
    expect(luminance(night.background)).toBeLessThan(50);
    expect(luminance(night.text)).toBeGreaterThan(200);
    await light.context().close();
    await dark.context().close();
  });

  it.each(['/about/', '/404.html', '/sources/ms-map/'])('%s does not scroll sideways at 320 px', async (sitePath) => {
    const page = await open(sitePath, { width: 320 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  it('prints without navigation or search, and with the address after each external link', async () => {
    const page = await open('/sources/ncsc/', { width: 1280, theme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const external = document.querySelector<HTMLAnchorElement>('main a[href^="https:"]')!;
      return {
        nav: getComputedStyle(document.querySelector('.site-nav')!).display,
        search: getComputedStyle(document.querySelector('.site-search')!).display,
        after: getComputedStyle(external, '::after').content,
        href: external.getAttribute('href'),
        background: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
    expect(printed.nav).toBe('none');
    expect(printed.search).toBe('none');
    expect(printed.after).toBe(`" (${printed.href})"`);
    expect(printed.background).toBe('rgb(255, 255, 255)');
    await page.context().close();
  });
});
