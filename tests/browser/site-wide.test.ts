/**
 * Every page of the real site in Chromium, in the light and the dark theme: no axe violation
 * (WCAG 2.0–2.2, A and AA) and no request to another host. The same functions back `npm run
 * audit`, which prints the figures. Screenshots of the main pages go to artifacts/screenshots/
 * for review (CI keeps the folder).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPages, takeScreenshots, type PageAudit } from '../../src/cli/audit/browser-audit.ts';
import { launchChromium, sitePaths } from '../helpers/browser.ts';
import { BUILT_SITE } from '../helpers/built-site.ts';
import { PROJECT_ROOT } from '../helpers/fixture-content.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const MAIN_PAGES = ['/', '/timeline/', '/actors/apt31/', '/sanctions/', '/quotes/', '/sources/', '/graph/', '/about/'];

let browser: Browser;
let server: StaticServer;
let paths: string[];

beforeAll(async () => {
  paths = sitePaths(BUILT_SITE);
  server = await serveStatic(BUILT_SITE);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every page in Chromium', () => {
  // One visit per page serves both checks below.
  let audit: PageAudit;
  beforeAll(async () => {
    audit = await auditPages(browser, server.origin, paths);
  }, 900_000);

  it('has no axe violations in the light or the dark theme', () => {
    expect(paths.length).toBeGreaterThan(250);
    expect(audit.axe.map((p) => `${p.path} (${p.theme}) ${p.rule}: ${p.targets.join(' | ')}`)).toEqual([]);
  });

  it('asks no other host for anything', () => {
    expect(audit.foreign).toEqual([]);
  });

  it('leaves screenshots of the main pages for review', async () => {
    const folder = path.join(PROJECT_ROOT, 'artifacts', 'screenshots');
    mkdirSync(folder, { recursive: true });
    const pages = MAIN_PAGES.filter((page) => paths.includes(page));
    const files = await takeScreenshots(browser, server.origin, pages, folder);
    expect(files).toHaveLength(pages.length * 4);
  }, 300_000);
});
