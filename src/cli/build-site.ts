/**
 * The Astro half of `npm run build`, in its own process: `build-command.ts` starts it, and once it
 * has exited, with all of its memory, indexes the built pages for search itself (issue 12: at
 * 20,000 entries this process held 3.0 GB and Pagefind 4.0 GB at once, and their sum was the
 * build's peak).
 *
 *   node src/cli/build-site.ts --scratch <dir> [the build's own options]
 *
 * It checks content/ exactly as before, prints the problems, and on success builds into the
 * scratch folder it was given with the search index left out (SEARCH_LATER_ENV, set by the parent),
 * then tells the parent over IPC what the index needs: each page's names (the checked model is
 * here, so every body is still parsed once) and how many entries were built.
 */
import { enableCompileCache } from 'node:module';

// See check.ts: cache compiled modules on disk, enabled before anything else loads.
enableCompileCache();
const { buildSite } = await import('./build-site-command.ts');
type SiteBuildAnswer = import('./build-protocol.ts').SiteBuildAnswer;

const answer: SiteBuildAnswer = await buildSite(process.argv.slice(2)).catch((error: unknown) => ({
  kind: 'crashed',
  message: error instanceof Error ? error.message : String(error),
  stack: error instanceof Error ? (error.stack ?? '') : '',
}));
process.send!(answer, () => process.exit(answer.kind === 'built' ? 0 : 1));
