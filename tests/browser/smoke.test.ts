/**
 * The built site in a real browser: pages load under the site's own Content-Security-Policy
 * (sent as a header, as a static host sends it) with no console errors and no request to any
 * other host.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, recordForeignRequests, recordPageErrors } from '../helpers/browser.ts';
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

describe('the built site in Chromium', () => {
  it.each(['/', '/timeline/', '/actors/apt31/', '/sanctions/', '/quotes/', '/sources/'])(
    '%s loads with no console error and no foreign request',
    async (sitePath) => {
      const context = await newContext(browser, { width: 1280 });
      const foreign = recordForeignRequests(context, server.origin);
      const page = await context.newPage();
      const errors = recordPageErrors(page);
      const response = await page.goto(server.origin + sitePath);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    },
  );
});
