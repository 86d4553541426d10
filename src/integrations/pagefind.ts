/**
 * Astro integration: once Astro has written the site, index it with Pagefind's Node API and
 * write the search bundle to `<outDir>/pagefind/`. It runs on `astro:build:done` with Astro's
 * own output folder, so `npm run build -- --out X` (which builds into a scratch folder and swaps
 * it in) gets the index inside the folder that is swapped in, never beside it.
 *
 * Pages opt in with `data-pagefind-body` (BaseLayout, on searchable pages), carry a `type`
 * filter, and mark names, aliases and list references with `data-pagefind-weight`. On top of
 * that, each page's index record gets a `names` metadata field (src/lib/search/search-names.ts)
 * that the search page ranks highly, so an alias finds its actor first. The field is added to
 * the copy Pagefind reads, not to the pages served.
 * https://pagefind.app/docs/node-api/
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { NAMES_META, searchNamesByPath } from '../lib/search/search-names.ts';
import { contentDirFor } from '../loaders/casefile-loader.ts';
import { getCheckedContent } from '../loaders/shared-check.ts';

/**
 * Pagefind's ready-made UIs, which the site does not use: they inject inline styles that the
 * Content-Security-Policy blocks. Removed so that nothing links to them by mistake.
 */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The site path a built file is served at: "actors/apt31/index.html" → "/actors/apt31/". */
export function sitePathOf(relativeFile: string): string {
  const parts = relativeFile.split(path.sep);
  if (parts.at(-1) === 'index.html') parts.pop();
  else return `/${parts.join('/')}`;
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/**
 * The page with its names as a `names` metadata element just before the indexed region (so they
 * are searchable metadata, not repeated body text in excerpts), or at the start of `<body>` on a
 * page with no marked region; the page as it is when it has no names.
 */
export function withNamesMeta(html: string, names: readonly string[] | undefined): string {
  if (!names || names.length === 0) return html;
  const element = `<span hidden data-pagefind-meta="${NAMES_META}">${escapeHtml(names.join(' · '))}</span>`;
  const marked = /<[^>]*\sdata-pagefind-body[^>]*>/;
  if (marked.test(html)) return html.replace(marked, (body) => `${element}${body}`);
  return html.replace(/<body\b[^>]*>/, (body) => `${body}${element}`);
}

/**
 * Index every HTML file under `siteDir` and write the bundle into `siteDir/pagefind/`. Pagefind
 * itself keeps only the pages marked `data-pagefind-body` once any page is marked; if none is,
 * it indexes whole pages, which still works (the integration warns).
 * @returns how many pages were read and how many of them are marked.
 */
export async function writeSearchIndex(siteDir: string, namesByPath: ReadonlyMap<string, readonly string[]>) {
  const { index, errors } = await createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const files = (await readdir(siteDir, { recursive: true, encoding: 'utf8' }))
      .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`))
      .sort();
    let marked = 0;
    for (const file of files) {
      const url = sitePathOf(file);
      const html = await readFile(path.join(siteDir, file), 'utf8');
      if (/\sdata-pagefind-body[\s=>]/.test(html)) marked++;
      const added = await index.addHTMLFile({ url, content: withNamesMeta(html, namesByPath.get(url)) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
    }
    const bundle = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    await Promise.all(UNUSED_UI_FILES.map((file) => rm(path.join(bundle, file), { force: true })));
    return { pages: files.length, marked };
  } finally {
    // Stop the Pagefind binary, so the build process can exit.
    await close();
  }
}

export function pagefindSearch(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'casefile-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The checked content is cached for the build: this reuses it, nothing is parsed again.
        const checked = await getCheckedContent(contentDirFor(root), root);
        const { pages, marked } = await writeSearchIndex(fileURLToPath(dir), searchNamesByPath(checked.index));
        if (marked === 0) logger.warn(`no page is marked data-pagefind-body; search indexes all ${pages} pages whole`);
        else logger.info(`indexed ${marked} of ${pages} pages for search`);
      },
    },
  };
}
