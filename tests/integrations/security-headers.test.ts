/**
 * The security-headers integration rewrites every built page after the build: with more pages
 * than the process may open at once it still finishes (a 20,000-entry build failed with EMFILE
 * here), and every page gets the policy <meta> first in <head>. The limit is lowered for one
 * child process with `ulimit -n`, as in tests/lib/pipeline/bounded-reading.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/fixture-content.ts';

const OPEN_FILES = 100;
const PAGES = 400;
const site = mkdtempSync(path.join(os.tmpdir(), 'casefile-headers-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

const PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page</title>' +
  '<meta http-equiv="content-security-policy" content="script-src \'self\'"></head><body>x</body></html>';

describe('security headers after the build', () => {
  it(`rewrite ${PAGES} pages under an open-file limit of ${OPEN_FILES}`, { timeout: 60_000 }, () => {
    for (let i = 0; i < PAGES; i++) {
      mkdirSync(path.join(site, `page-${i}`));
      writeFileSync(path.join(site, `page-${i}`, 'index.html'), PAGE);
    }
    const integration = pathToFileURL(path.join(PROJECT_ROOT, 'src', 'integrations', 'security-headers.ts')).href;
    const script = [
      `import { securityHeaders } from ${JSON.stringify(integration)};`,
      `const logger = { info: (line) => console.log(line) };`,
      `await securityHeaders().hooks['astro:build:done']({ dir: new URL(${JSON.stringify(pathToFileURL(site).href + '/')}), logger });`,
    ].join('\n');
    const result = spawnSync(
      'bash',
      ['-c', `ulimit -n ${OPEN_FILES} && exec "$0" "$@"`, process.execPath, '--input-type=module', '-e', script],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`wrote _headers; policy <meta> first on ${PAGES} pages\n`);
    expect(result.status).toBe(0);
    for (const i of [0, PAGES - 1]) {
      const html = readFileSync(path.join(site, `page-${i}`, 'index.html'), 'utf8');
      expect(html).toMatch(
        /^<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy"/,
      );
    }
    expect(readFileSync(path.join(site, '_headers'), 'utf8')).toContain('Content-Security-Policy');
  });
});
