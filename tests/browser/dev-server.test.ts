/**
 * `npm run dev` and content problems, driven in Chromium: starting with broken content shows the
 * real problems in the browser (the checker's lines, no stack trace) on every page; breaking an
 * entry while a page is open shows the error there without a reload, and fixing it brings the
 * page back by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext } from '../helpers/browser.ts';
import { materialise, PROJECT_ROOT, type TempProject } from '../helpers/fixture-content.ts';
import { hasStackTrace } from '../helpers/run-cli.ts';

interface DevServer {
  readonly origin: string;
  readonly project: TempProject;
  /** What the server printed so far, without colour codes. */
  output(): string;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  details: () => Promise<string>,
  ms = 90_000,
) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // A page that is reloading has no document to ask; try again.
    if (await Promise.resolve(condition()).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}:\n${await details()}`);
}

/** The environment a developer's shell has: without vitest's NODE_ENV=test and VITEST flags. */
function devEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
  );
}

async function startDev(prepare: (project: TempProject) => void): Promise<DevServer> {
  const project = materialise();
  prepare(project);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const dev: ChildProcess = spawn(
    process.execPath,
    [
      path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'),
      'dev',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    { cwd: PROJECT_ROOT, env: { ...devEnvironment(), CASEFILE_CONTENT_DIR: project.contentDir, FORCE_COLOR: '0' } },
  );
  // Astro colours its log even with FORCE_COLOR=0; keep the words.
  const keep = (chunk: Buffer) => (output += chunk.toString().replace(/\u001b\[[0-9;]*m/g, ''));
  dev.stdout?.on('data', keep);
  dev.stderr?.on('data', keep);
  const server: DevServer = {
    origin,
    project,
    output: () => output,
    stop: () => {
      dev.kill();
      project.cleanup();
    },
  };
  // Ask nothing before Astro says it is ready: a request that arrives while the content layer is
  // still syncing can leave the entry routes unknown to the dev server.
  await waitFor(
    () => output.includes('watching for file changes'),
    'the dev server to be ready',
    async () => output,
  );
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await waitFor(
    async () => (await fetch(origin + '/')).status > 0,
    'the dev server to answer',
    async () => output,
  );
  return server;
}

const quoteIn = (project: TempProject) => path.join(project.contentDir, 'quotes', 'doe-statement.md');
const misspell = (project: TempProject) =>
  writeFileSync(quoteIn(project), readFileSync(quoteIn(project), 'utf8').replace(/^speaker: .*$/m, 'speaker: jane-do'));
const respell = (project: TempProject) =>
  writeFileSync(
    quoteIn(project),
    readFileSync(quoteIn(project), 'utf8').replace(/^speaker: .*$/m, 'speaker: jane-doe'),
  );

/**
 * Navigate, and navigate again when the dev server reloads the page under the navigation (Vite
 * reloads open pages after it optimises dependencies or the content layer syncs): the reader sees
 * one reload, the test a net::ERR_ABORTED. Any other failure is thrown at once.
 */
async function gotoDev(page: Page, url: string) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await page.goto(url);
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('net::ERR_ABORTED')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

const problems = (page: Page) =>
  page
    .locator('#casefile-problems')
    .textContent({ timeout: 1000 })
    .catch(() => null);
const describePage = (page: Page, server: DevServer) => async () =>
  `the page shows:\n${(await page.content().catch(() => '(no page)')).slice(0, 1500)}\nthe server said:\n${server.output()}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('npm run dev when an entry breaks and is fixed', () => {
  let server: DevServer;
  beforeAll(async () => {
    server = await startDev(() => undefined);
  }, 180_000);
  afterAll(() => server?.stop());

  it('shows the error on the open page without a reload, then the page again once fixed', async () => {
    const context = await newContext(browser, { width: 1280 });
    const page = await context.newPage();
    // Right after start-up the server may not know the entry routes yet: load until it does.
    await waitFor(
      async () => {
        await gotoDev(page, server.origin + '/quotes/doe-statement/');
        return (await page.locator('main h1').count()) > 0;
      },
      'the quote page',
      describePage(page, server),
      240_000,
    );

    misspell(server.project);
    await waitFor(
      async () => ((await problems(page)) ?? '').includes('"jane-do"'),
      'the error to show on the open page',
      describePage(page, server),
    );
    expect(server.output()).toMatch(/\[casefile\] content\/ has problems/);

    respell(server.project);
    await waitFor(
      async () =>
        (await page.locator('main h1').count()) > 0 && (await page.locator('#casefile-problems').count()) === 0,
      'the page to come back',
      describePage(page, server),
    );
    expect(server.output()).toContain('content/ has no more errors');
    await context.close();
  }, 360_000);
});

describe('npm run dev started with broken content', () => {
  let server: DevServer;
  beforeAll(async () => {
    server = await startDev(misspell);
  }, 180_000);
  afterAll(() => server?.stop());

  it('shows the real problems in the browser on every page, without a stack trace', async () => {
    const context = await newContext(browser, { width: 1280 });
    const page = await context.newPage();
    for (const sitePath of ['/', '/actors/jane-doe/', '/quotes/doe-statement/']) {
      const response = await gotoDev(page, server.origin + sitePath);
      expect(response?.status()).toBe(500);
      await waitFor(
        async () => ((await problems(page)) ?? '').includes('doe-statement.md:'),
        'the problems',
        describePage(page, server),
      );
      const text = (await problems(page)) ?? '';
      expect(text).toContain('no actor has the id "jane-do". Did you mean "jane-doe"?  [unknown-id]');
      expect(text).not.toContain('has no entry');
      expect(hasStackTrace(await page.locator('body').innerText())).toBe(false);
    }
    // The terminal names the problem under the project's tag, not a collection's.
    expect(server.output()).toMatch(/\[casefile\] content\/ has problems/);
    expect(server.output()).not.toMatch(/\[casefile-(story|actors|sanctions|quotes|timeline|sources)\]/);
    await context.close();
  });

  it('brings the open page back by itself once the file is fixed, without a restart', async () => {
    const context = await newContext(browser, { width: 1280 });
    const page = await context.newPage();
    await gotoDev(page, server.origin + '/quotes/doe-statement/');
    await waitFor(
      async () => ((await problems(page)) ?? '').includes('"jane-do"'),
      'the problems',
      describePage(page, server),
    );
    respell(server.project);
    await waitFor(
      async () =>
        (await page.locator('main h1').count()) > 0 && (await page.locator('#casefile-problems').count()) === 0,
      'the page to come back',
      describePage(page, server),
    );
    await context.close();
  });
});
