/**
 * Builds the real content once, before any browser test file runs. A build that fails stops the
 * run with the build's own message. Set CASEFILE_REUSE_SITE=1 to test an existing build as it is.
 */
import { existsSync } from 'node:fs';
import { BUILT_SITE } from '../helpers/built-site.ts';
import { runCli } from '../helpers/run-cli.ts';

export function setup(): void {
  if (process.env['CASEFILE_REUSE_SITE'] === '1' && existsSync(BUILT_SITE)) return;
  const result = runCli('build', ['--out', BUILT_SITE]);
  if (result.status !== 0) throw new Error(`the site did not build:\n${result.stdout}${result.stderr}`);
}
