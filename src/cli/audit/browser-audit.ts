/**
 * Every page of a built site in real Chromium, as readers meet it: does it scroll sideways at
 * narrow widths, does axe find WCAG 2.2 AA violations in the light and the dark theme, and does it
 * ask any other host for anything. Used by `npm run audit` and by tests/browser/site-wide.test.ts,
 * so the figures the script prints are the ones the tests hold to.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newContext, type Theme } from './chromium.ts';

/** The rule sets the issue asks for: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface ReflowProblem {
  readonly path: string;
  readonly width: number;
  readonly scrollWidth: number;
  /** The widest elements that stick out, as short CSS-like descriptions, to say where to look. */
  readonly culprits: readonly string[];
}

export interface AxeProblem {
  readonly path: string;
  readonly theme: Theme;
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Run `task` over `items` with at most `limit` at a time; results keep the items' order. */
async function inPool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function withPages<R>(
  browser: Browser,
  options: { width: number; theme: Theme; concurrency: number },
  paths: readonly string[],
  visit: (page: Page, path: string, context: BrowserContext) => Promise<R>,
): Promise<R[]> {
  const context = await newContext(browser, { width: options.width, theme: options.theme });
  try {
    const pages = await Promise.all(Array.from({ length: options.concurrency }, () => context.newPage()));
    const free = [...pages];
    return await inPool(paths, options.concurrency, async (path) => {
      const page = free.pop()!;
      try {
        return await visit(page, path, context);
      } finally {
        free.push(page);
      }
    });
  } finally {
    await context.close();
  }
}

/** Pages wider than the viewport at each width, with the elements that make them so. */
export async function findReflowProblems(
  browser: Browser,
  origin: string,
  paths: readonly string[],
  widths: readonly number[] = [320, 375],
  concurrency = 2,
): Promise<ReflowProblem[]> {
  const problems: ReflowProblem[] = [];
  for (const width of widths) {
    const results = await withPages(browser, { width, theme: 'light', concurrency }, paths, async (page, path) => {
      await page.goto(origin + path, { waitUntil: 'load' });
      return page.evaluate((viewport) => {
        const scrollWidth = document.documentElement.scrollWidth;
        if (scrollWidth <= viewport) return undefined;
        const culprits: string[] = [];
        for (const element of document.querySelectorAll('body *')) {
          const box = element.getBoundingClientRect();
          if (box.right <= viewport + 1 || box.width === 0) continue;
          const name = element.tagName.toLowerCase();
          const cls =
            typeof element.className === 'string' && element.className ? `.${element.className.split(/\s+/)[0]}` : '';
          culprits.push(`${name}${cls} (${Math.round(box.right)}px)`);
          if (culprits.length === 3) break;
        }
        return { scrollWidth, culprits };
      }, width);
    });
    results.forEach((result, index) => {
      if (result) problems.push({ path: paths[index]!, width, ...result });
    });
  }
  return problems;
}

/** What a page asked of other hosts. */
export interface ForeignRequest {
  readonly path: string;
  readonly url: string;
}

/** What one visit to every page found. */
export interface PageAudit {
  readonly axe: AxeProblem[];
  readonly foreign: ForeignRequest[];
}

/** axe with the rule tags, in the page as it is now. */
function runAxe(page: Page) {
  return page.evaluate(
    async (tags) => {
      interface AxeResults {
        violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
      }
      const run = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe.run;
      const result = await run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      }));
    },
    [...AXE_TAGS],
  );
}

/**
 * One visit to every page: axe in each theme (the page is loaded once and its colour scheme
 * switched in place, which re-applies the stylesheets' media queries), and every request the page
 * made to another host.
 */
export async function auditPages(
  browser: Browser,
  origin: string,
  paths: readonly string[],
  themes: readonly Theme[] = ['light', 'dark'],
  concurrency = 2,
): Promise<PageAudit> {
  const axe: AxeProblem[] = [];
  const foreign: ForeignRequest[] = [];
  const results = await withPages(
    browser,
    { width: 1280, theme: themes[0] ?? 'light', concurrency },
    paths,
    async (page, path) => {
      const asked: string[] = [];
      const record = (request: { url(): string }) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) asked.push(url);
      };
      page.on('request', record);
      try {
        await page.goto(origin + path, { waitUntil: 'load' });
        // evaluate() runs through the DevTools protocol, which the page's CSP does not govern, so
        // axe runs on the page exactly as served.
        await page.evaluate(axeSource);
        const found: AxeProblem[] = [];
        for (const theme of themes) {
          await page.emulateMedia({ colorScheme: theme });
          for (const violation of await runAxe(page)) found.push({ path, theme, ...violation });
        }
        return { found, asked };
      } finally {
        page.off('request', record);
      }
    },
  );
  results.forEach(({ found, asked }, index) => {
    axe.push(...found);
    for (const url of asked) foreign.push({ path: paths[index]!, url });
  });
  // Report by theme, then page, as a reader would go through them.
  axe.sort((a, b) => themes.indexOf(a.theme) - themes.indexOf(b.theme));
  return { axe, foreign };
}

/** Full-page screenshots of `paths` at each width and theme, named `<slug>-<width>-<theme>.png`. */
export async function takeScreenshots(
  browser: Browser,
  origin: string,
  paths: readonly string[],
  folder: string,
  widths: readonly number[] = [375, 1280],
  themes: readonly Theme[] = ['light', 'dark'],
): Promise<string[]> {
  const files: string[] = [];
  for (const theme of themes) {
    for (const width of widths) {
      const context = await newContext(browser, { width, theme });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(origin + path, { waitUntil: 'load' });
        const slug = path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
        const file = `${folder}/${slug}-${width}-${theme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        files.push(file);
      }
      await context.close();
    }
  }
  return files;
}
