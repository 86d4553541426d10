/**
 * The `npm run build` command as a function; `build.ts` is the thin executable around it.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { formatDiagnostic, summarise } from '../lib/diagnostics.ts';
import { SHARE_IMAGE_CACHE } from '../lib/seo/png-cache.ts';
import { escapeForTerminal } from '../lib/terminal/terminal-escape.ts';
import { contentDirFor } from '../loaders/casefile-loader.ts';
import { getCheckedContent, NO_CACHE_ENV } from '../loaders/shared-check.ts';
import { replaceOnSuccess } from './replace-output.ts';

/** Run the build and report through stdout/stderr. @returns the exit code. */
export async function buildCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      force: { type: 'boolean', default: false },
      content: { type: 'string' },
      out: { type: 'string', default: 'dist' },
      'no-cache': { type: 'boolean', default: false },
    },
  });
  const root = process.cwd();
  if (values.content) process.env['CASEFILE_CONTENT_DIR'] = path.resolve(values.content);
  // For the loaders inside Astro too: they load through the same shared check.
  if (values['no-cache']) process.env[NO_CACHE_ENV] = '1';
  const outDir = path.resolve(values.out);
  const checked = await getCheckedContent(contentDirFor(root), root);
  for (const d of checked.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
  if (!checked.ok) {
    process.stdout.write(`✖ ${summarise(checked.diagnostics)}. Nothing was built; ${values.out} is unchanged.\n`);
    return 1;
  }

  // --force means a cold build: Astro clears its caches, and we clear ours.
  if (values.force) await rm(path.join(root, SHARE_IMAGE_CACHE), { recursive: true, force: true });
  try {
    await replaceOnSuccess(outDir, (scratch) =>
      build({ root, outDir: scratch, force: values.force, logLevel: 'warn' }),
    );
  } catch (error) {
    // Astro's message may quote content (a file name, a value): escaped, on one line.
    const message = escapeForTerminal(error instanceof Error ? error.message : String(error));
    process.stderr.write(`✖ The site did not build: ${message}\n${values.out} is unchanged.\n`);
    return 1;
  }
  process.stdout.write(`✔ Built ${checked.index.all.length} entries into ${path.relative(root, outDir) || '.'}\n`);
  return 0;
}
