/**
 * Astro integration: after a build, write `_headers` (see src/lib/security-policy.ts) next to
 * the pages, so hosts that read it send the Content-Security-Policy and the other security
 * headers with every response.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security-policy.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'casefile-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile());
        logger.info('wrote _headers');
      },
    },
  };
}
