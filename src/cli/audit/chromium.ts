/**
 * Chromium for browser tests: Debian's `chromium` driven by playwright-core (`npx playwright
 * install` cannot download a browser here). `.ci/run` installs the package when it is missing.
 * The flags keep a root, headless, offline Chromium from trying to reach Google's services.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export type Theme = 'light' | 'dark';

/** A fresh context at a viewport width and colour scheme. */
export function newContext(browser: Browser, options: { width: number; height?: number; theme?: Theme }) {
  return browser.newContext({
    viewport: { width: options.width, height: options.height ?? 800 },
    colorScheme: options.theme ?? 'light',
    reducedMotion: 'reduce',
  });
}

/**
 * Requests a page makes to any origin but the site's own. Attach before navigating; read after.
 */
export function recordForeignRequests(context: BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) foreign.push(url);
  });
  return foreign;
}

/** Console errors and CSP violations on a page. Attach before navigating; read after. */
export function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
