/**
 * `npm run check`: validate all of content/ (schemas and integrity) without building.
 * Exit 0 when there is no error, 1 otherwise. `--strict` also fails on warnings.
 *
 *   npm run check                 # content/
 *   npm run check -- --strict     # warnings fail too (CI)
 *   npm run check -- path/to/content
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/check-content.ts';
import { formatDiagnostic, plural, summarise } from '../lib/diagnostics.ts';
import { runCli } from './run-cli.ts';

await runCli(async () => {
  const { values, positionals } = parseArgs({
    options: { strict: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const contentDir = path.resolve(positionals[0] ?? 'content');
  const started = performance.now();
  const result = await checkContent({ contentDir, projectRoot: process.cwd() });
  const elapsed = Math.round(performance.now() - started);

  for (const d of result.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
  const entries = plural(result.index.all.length, 'entry').replace('entrys', 'entries');
  const failed = !result.ok || (values.strict && result.diagnostics.length > 0);
  const verdict = failed ? '✖' : '✔';
  process.stdout.write(`${verdict} ${summarise(result.diagnostics)} · ${entries} checked in ${elapsed} ms\n`);
  return failed ? 1 : 0;
});
