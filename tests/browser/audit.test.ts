/**
 * The audit itself (src/cli/audit/browser-audit.ts), on a tiny hand-made site: it must find a
 * contrast failure that exists only in the dark theme, a page wider than 320 px, and a request to
 * another host, so that "0 problems" on the real site means something.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPages, findReflowProblems } from '../../src/cli/audit/browser-audit.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const site = mkdtempSync(path.join(tmpdir(), 'casefile-audit-'));
let browser: Browser;
let server: StaticServer;

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><link rel="stylesheet" href="/s.css"></head><body><main><h1>Title</h1>${body}</main></body></html>`;

beforeAll(async () => {
  writeFileSync(
    path.join(site, 's.css'),
    'body{background:#fff;color:#111} @media (prefers-color-scheme: dark){body{background:#111;color:#222}}',
  );
  writeFileSync(path.join(site, 'index.html'), page('<p>Readable in light, not in dark.</p>'));
  mkdirSync(path.join(site, 'wide'));
  writeFileSync(
    path.join(site, 'wide', 'index.html'),
    page('<p><img alt="" width="600" height="10" src="/s.css"></p>'),
  );
  mkdirSync(path.join(site, 'foreign'));
  writeFileSync(
    path.join(site, 'foreign', 'index.html'),
    page('<p><img alt="x" src="http://tracker.invalid/p.gif"></p>'),
  );
  server = await serveStatic(site);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

describe('the page audit', () => {
  it('finds a contrast failure in the dark theme only, and a request to another host', async () => {
    const audit = await auditPages(browser, server.origin, ['/', '/foreign/']);
    const contrast = audit.axe.filter((problem) => problem.rule === 'color-contrast');
    expect(contrast.map((problem) => [problem.path, problem.theme])).toContainEqual(['/', 'dark']);
    expect(contrast.some((problem) => problem.theme === 'light')).toBe(false);
    expect(audit.foreign).toEqual([{ path: '/foreign/', url: 'http://tracker.invalid/p.gif' }]);
  });

  it('finds a page wider than the viewport, and names what sticks out', async () => {
    const problems = await findReflowProblems(browser, server.origin, ['/', '/wide/'], [320]);
    expect(problems.map((problem) => problem.path)).toEqual(['/wide/']);
    expect(problems[0]!.culprits.join(' ')).toContain('img');
  });
});
