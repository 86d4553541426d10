/**
 * Astro integration: a build stops its worker threads as soon as the stage that needs them ends,
 * instead of leaving them idle until the process exits. Each worker thread has its own V8 heap
 * (about 100 MB for a content worker with the parsers loaded, more for a share-image worker with
 * resvg's buffers), and the build's peak memory comes last, while Pagefind indexes the site
 * beside the build process (issue 12).
 *
 * - The content pool (src/lib/pipeline/pool.ts) loads and renders files during the check and
 *   Astro's content sync; `astro:build:start` runs after the sync, and nothing loads a file again.
 * - The share-image pool (src/lib/seo/share-image-pool.ts) renders the og/ route's PNGs;
 *   `astro:build:generated` runs once every page is written.
 *
 * - The checked content (src/loaders/shared-check.ts) is let go at `astro:build:start` too: pages
 *   read Astro's store, and at 20,000 entries the check's model held as much again.
 *
 * Both pools start workers again if asked later, so closing early can only cost time, never a
 * result. The dev server runs neither hook and keeps its workers.
 * https://docs.astro.build/en/reference/integrations-reference/#astrobuildstart
 */
import type { AstroIntegration } from 'astro';
import { closeSharedPool } from '../lib/pipeline/pool.ts';
import { closeShareImagePools } from '../lib/seo/share-image-pool.ts';
import { releaseCheckedContent } from '../loaders/shared-check.ts';

export function releaseWorkers(): AstroIntegration {
  return {
    name: 'casefile-release-workers',
    hooks: {
      'astro:build:start': async () => {
        await closeSharedPool();
        releaseCheckedContent();
      },
      'astro:build:generated': async () => {
        await closeShareImagePools();
      },
    },
  };
}
