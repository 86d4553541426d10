/**
 * Astro integration: once Astro has written the site, index it with Pagefind's Node API and
 * write the search bundle to `<outDir>/pagefind/`. It runs on `astro:build:done` with Astro's
 * own output folder. `npm run build` (src/cli/build-command.ts) turns the hook off for its Astro
 * process and writes the same index into the scratch folder once that process has exited, so
 * Pagefind's memory never adds to Astro's; either way the index is inside the folder that is
 * swapped in, never beside it.
 *
 * Pages opt in with `data-pagefind-body` (BaseLayout, on searchable pages), carry a `type`
 * filter, and mark names, aliases and list references with `data-pagefind-weight`. On top of
 * that, each page's index record gets a `names` metadata field (src/lib/search/search-names.ts)
 * that the search page ranks highly, so an alias finds its actor first. The field is added to
 * the copy Pagefind reads, not to the pages served.
 * https://pagefind.app/docs/node-api/
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchNamesByPath } from '../lib/search/search-names.ts';
import { SEARCH_LATER_ENV, writeSearchIndex } from '../lib/search/write-search-index.ts';
import { contentDirFor } from '../loaders/casefile-loader.ts';
import { getCheckedContent } from '../loaders/shared-check.ts';

export function pagefindSearch(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'casefile-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // `npm run build` writes the index itself, after this process has exited.
        if (process.env[SEARCH_LATER_ENV] === '1') return;
        // The checked content is cached for the build: this reuses it, nothing is parsed again.
        const checked = await getCheckedContent(contentDirFor(root), root);
        const { pages, marked } = await writeSearchIndex(fileURLToPath(dir), searchNamesByPath(checked.index));
        if (marked === 0) logger.warn(`no page is marked data-pagefind-body; search indexes all ${pages} pages whole`);
        else logger.info(`indexed ${marked} of ${pages} pages for search`);
      },
    },
  };
}
