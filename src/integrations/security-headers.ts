/**
 * Astro integration: after a build, write `_headers` (see src/lib/security-policy.ts) next to
 * the pages, so hosts that read it send the Content-Security-Policy and the other security
 * headers with every response; and move each page's policy `<meta>` to the top of `<head>` with
 * the same policy as the header (`withPolicyMetaFirst`), because Astro's own can be neither
 * moved nor stripped of the hashes it always adds.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mapBounded, READ_CONCURRENCY } from '../lib/pipeline/map-bounded.ts';
import { headersFile, withPolicyMetaFirst } from '../lib/security-policy.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'casefile-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile());
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.html'));
        // Bounded: a site of 20,000 pages opened at once ran out of file handles (EMFILE).
        await mapBounded(pages, READ_CONCURRENCY, async (name) => {
          const file = path.join(root, name);
          const html = await readFile(file, 'utf8');
          const moved = withPolicyMetaFirst(html);
          if (moved !== html) await writeFile(file, moved);
        });
        logger.info(`wrote _headers; policy <meta> first on ${pages.length} pages`);
      },
    },
  };
}
