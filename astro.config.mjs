// @ts-check
/**
 * Astro configuration.
 *
 * Markdown goes through remark/rehype (`unified()`), not Astro 7's default Sätteri engine, which
 * does not run remark or rehype plugins. Entry bodies are parsed and rendered by our own loader
 * from the same plugin lists (src/markdown/parse-body.ts and render-body.ts), so any Markdown Astro renders itself
 * behaves identically.
 */
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentErrors } from './src/integrations/content-errors.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { releaseWorkers } from './src/integrations/release-workers.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/security-policy.ts';
import { remarkPlugins } from './src/markdown/parse-body.ts';
import { rehypePlugins } from './src/markdown/render-body.ts';
import { inSitemap } from './src/lib/seo/sitemap-filter.ts';
import { siteUrl } from './src/lib/seo/site-url.ts';

/** Where the site is served from; set CASEFILE_BASE=/casefile/ for a project sub-path. */
const base = process.env.CASEFILE_BASE ?? '/';

export default defineConfig({
  // The public address, for canonical URLs, the sitemap, feeds and Open Graph: set CASEFILE_SITE
  // (default https://casefile.example.org/, see src/lib/seo/site-url.ts).
  site: siteUrl(),
  base,
  trailingSlash: 'always',
  // Stylesheets as files, never inline <style>, so the Content-Security-Policy needs no exceptions.
  // Four pages at once: while the share-image workers make PNGs (src/lib/seo/share-image-pool.ts),
  // the main thread renders other pages (2 and 8 were slower at 1,000 entries). Pages do not
  // depend on each other, and the site tests build three times and compare every byte, so the
  // order pages finish in cannot show (issue 12).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [
    contentErrors(),
    // Worker threads stop when their stage ends, not when the process does (issue 12).
    releaseWorkers(),
    securityHeaders(),
    sitemap({ filter: (url) => inSitemap(url, base) }),
    // Last: it indexes the pages the others have finished writing.
    pagefindSearch(),
  ],
  // A Content-Security-Policy <meta> on every page, without 'unsafe-inline' (src/lib/security-policy.ts).
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  markdown: {
    syntaxHighlight: false,
    // gfm: false because remarkPlugins brings the parts of GFM we use (src/markdown/remark-tables.ts).
    processor: unified({ remarkPlugins, rehypePlugins: rehypePlugins({ base }), gfm: false, smartypants: false }),
  },
});
