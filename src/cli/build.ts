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
 *   npm run build -- --no-cache            # load every file again, not from the per-file cache
 *   npm run build -- --content dir --out dir
 */
import { enableCompileCache } from 'node:module';

// See check.ts: cache compiled modules on disk, enabled before anything else loads.
enableCompileCache();
// Rolldown (Vite's bundler) and resvg (the share images) allocate with mimalloc, which returns
// memory they free to the system only after a delay, checked when that thread allocates again.
// Their threads go idle once the bundle or the images are done, so what they freed stayed
// resident to the end of the build, beside Pagefind: 1,270 MB for this process at 1,000 entries,
// 1,040 MB with no delay (issue 12). Set before either native module loads; an explicit setting wins.
process.env['MIMALLOC_PURGE_DELAY'] ??= '0';
const { buildCommand } = await import('./build-command.ts');
const { runCli } = await import('./run-cli.ts');

await runCli(() => buildCommand(process.argv.slice(2)));
