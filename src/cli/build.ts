/**
 * `npm run build`: check content/, then build the site with Astro, then swap the result in.
 *
 * 1. The same check as `npm run check` runs first. If content has errors, they are printed and
 *    nothing is built.
 * 2. Astro builds into a fresh folder beside the output folder, reusing the checked model (each body is
 *    parsed once; see src/loaders/shared-check.ts).
 * 3. Only when the build succeeds does the new folder replace the output folder. A failed build
 *    leaves the last good output exactly as it was.
 *
 *   npm run build                          # content/ → dist/
 *   npm run build -- --force               # also clear Astro's caches first (CI does this)
 *   npm run build -- --content dir --out dir
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { formatDiagnostic, summarise } from '../lib/diagnostics.ts';
import { contentDirFor } from '../loaders/casefile-loader.ts';
import { getCheckedContent } from '../loaders/shared-check.ts';
import { runCli } from './run-cli.ts';

/** Replace `target` with `fresh`; `target` is missing only between two renames. */
export async function swapInto(fresh: string, target: string): Promise<void> {
  const old = `${fresh}-previous`;
  await rm(old, { recursive: true, force: true });
  try {
    await rename(target, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await rename(fresh, target);
  await rm(old, { recursive: true, force: true });
}

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      force: { type: 'boolean', default: false },
      content: { type: 'string' },
      out: { type: 'string', default: 'dist' },
    },
  });
  const root = process.cwd();
  if (values.content) process.env['CASEFILE_CONTENT_DIR'] = path.resolve(values.content);
  const outDir = path.resolve(values.out);
  const checked = await getCheckedContent(contentDirFor(root), root);
  for (const d of checked.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
  if (!checked.ok) {
    process.stdout.write(`✖ ${summarise(checked.diagnostics)}. Nothing was built; ${values.out} is unchanged.\n`);
    return 1;
  }

  // Build beside the output folder, so the final swap is a rename within one file system.
  const fresh = path.join(path.dirname(outDir), `.${path.basename(outDir)}-building-${process.pid}`);
  await mkdir(path.dirname(outDir), { recursive: true });
  await rm(fresh, { recursive: true, force: true });
  try {
    await build({ root, outDir: fresh, force: values.force, logLevel: 'warn' });
  } catch (error) {
    await rm(fresh, { recursive: true, force: true });
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`✖ The site did not build: ${message}\n${values.out} is unchanged.\n`);
    return 1;
  }
  await swapInto(fresh, outDir);
  process.stdout.write(`✔ Built ${checked.index.all.length} entries into ${path.relative(root, outDir) || '.'}\n`);
  return 0;
});
