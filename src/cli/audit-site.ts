/**
 * `npm run audit`: measure the built site against the reader budgets of issue 7 and print the
 * figures. Builds nothing: run `npm run build` first (or pass `--site` to another build).
 *
 *   npm run audit                                  # every page of dist/
 *   npm run audit -- --site .casefile/test-site    # another build
 *   npm run audit -- --screenshots artifacts/screenshots
 *   npm run audit -- --skip-axe                    # reflow, weight and requests only
 *
 * Budgets: no page scrolls sideways at 320 or 375 px; no axe violation (WCAG 2.2 AA tags) in the
 * light or the dark theme; at most 40 KB of HTML + CSS per page, gzipped; no request to another
 * host. Exit 0 when every budget holds, 1 when one does not.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { heaviest, pageWeight, PAGE_WEIGHT_BUDGET } from '../lib/site-audit/page-weight.ts';
import { auditPages, findReflowProblems, takeScreenshots } from './audit/browser-audit.ts';
import { launchChromium } from './audit/chromium.ts';
import { sitePaths } from '../lib/site-audit/site-pages.ts';
import { serveStatic } from './audit/static-server.ts';
import { runCli } from './run-cli.ts';
import { terminalLine } from '../lib/terminal/terminal-escape.ts';

/** The pages a reviewer looks at first: one of each kind. */
export const MAIN_PAGES = [
  '/',
  '/timeline/',
  '/actors/',
  '/actors/apt31/',
  '/sanctions/',
  '/quotes/',
  '/sources/',
  '/graph/',
  '/search/',
  '/about/',
  '/data/',
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: 'dist' },
      screenshots: { type: 'string' },
      'skip-axe': { type: 'boolean', default: false },
    },
  });
  const site = path.resolve(values.site);
  if (!existsSync(path.join(site, 'index.html'))) {
    process.stderr.write(`✖ ${values.site}/index.html does not exist: run npm run build first\n`);
    return 1;
  }
  const paths = sitePaths(site);
  const started = performance.now();
  let failed = false;

  const weights = paths.map((page) => {
    const file = page.endsWith('.html') ? path.join(site, page) : path.join(site, page, 'index.html');
    return pageWeight(page, readFileSync(file, 'utf8'), (href) => readFileSync(path.join(site, href.split('?')[0]!)));
  });
  const over = weights.filter((weight) => weight.total > PAGE_WEIGHT_BUDGET);
  process.stdout.write(`${paths.length} pages in ${values.site}\n\nHeaviest pages (HTML + CSS, gzipped):\n`);
  for (const weight of heaviest(weights, 5)) {
    process.stdout.write(
      `  ${kb(weight.total).padStart(8)}  ${weight.path}  (HTML ${kb(weight.html)}, CSS ${kb(weight.css)})\n`,
    );
  }
  process.stdout.write(`  budget ${kb(PAGE_WEIGHT_BUDGET)}: ${over.length} pages over\n`);
  failed ||= over.length > 0;

  const server = await serveStatic(site);
  const browser = await launchChromium();
  try {
    const reflow = await findReflowProblems(browser, server.origin, paths);
    for (const width of [320, 375]) {
      const wide = reflow.filter((problem) => problem.width === width);
      process.stdout.write(`\nSideways scroll at ${width} px: ${wide.length} of ${paths.length} pages\n`);
      for (const problem of wide.slice(0, 10)) {
        // Culprits, axe targets and foreign URLs are built from content: escaped.
        process.stdout.write(
          `${terminalLine(`  ${problem.path}  ${problem.scrollWidth} px  ${problem.culprits.join(', ')}`)}\n`,
        );
      }
    }
    failed ||= reflow.length > 0;

    // One visit per page: axe in both themes, and every request to another host.
    const audit = await auditPages(browser, server.origin, paths, values['skip-axe'] ? [] : ['light', 'dark']);
    if (!values['skip-axe']) {
      for (const theme of ['light', 'dark'] as const) {
        const found = audit.axe.filter((problem) => problem.theme === theme);
        const pages = new Set(found.map((problem) => problem.path)).size;
        process.stdout.write(`\naxe (${theme}): ${found.length} violations on ${pages} pages\n`);
        for (const problem of found.slice(0, 10)) {
          process.stdout.write(
            `${terminalLine(`  ${problem.path}  ${problem.rule}: ${problem.help}  ${problem.targets.join(' | ')}`)}\n`,
          );
        }
      }
      failed ||= audit.axe.length > 0;
    }

    process.stdout.write(`\nRequests to other hosts: ${audit.foreign.length}\n`);
    for (const request of audit.foreign.slice(0, 10))
      process.stdout.write(`${terminalLine(`  ${request.path} → ${request.url}`)}\n`);
    failed ||= audit.foreign.length > 0;

    if (values.screenshots) {
      mkdirSync(values.screenshots, { recursive: true });
      const existing = MAIN_PAGES.filter((page) => paths.includes(page));
      const files = await takeScreenshots(browser, server.origin, existing, values.screenshots);
      process.stdout.write(`\n${files.length} screenshots in ${values.screenshots}\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(
    `\n${failed ? '✖ budgets broken' : '✔ every budget holds'} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
  );
  return failed ? 1 : 0;
});
