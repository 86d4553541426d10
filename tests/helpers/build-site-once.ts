/**
 * A vitest global setup: one clean build of the real content before the site and browser tests
 * run. A build that fails stops the run with the build's own message. Set CASEFILE_REUSE_SITE=1
 * to test an existing build as it is (`npm test` builds once in its build stage and reuses it).
 */
import { existsSync } from 'node:fs';
import { BUILT_SITE } from './built-site.ts';
import { runCli } from './run-cli.ts';

export function setup(): void {
  if (process.env['CASEFILE_REUSE_SITE'] === '1' && existsSync(BUILT_SITE)) return;
  const result = runCli('build', ['--force', '--out', BUILT_SITE]);
  if (result.status !== 0) throw new Error(`the site did not build:\n${result.stdout}${result.stderr}`);
  // Both projects that need the site run this setup; the second one reuses the first build.
  process.env['CASEFILE_REUSE_SITE'] = '1';
}
