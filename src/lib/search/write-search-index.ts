/**
 * Writing the search index: every built page into Pagefind, and the bundle into `pagefind/`.
 * Used by the Astro integration (src/integrations/pagefind.ts) and by `npm run build`, which
 * calls it itself once its Astro process has exited (src/cli/build-command.ts). Kept apart from
 * the integration so that the build's parent process loads Pagefind and nothing of the content
 * pipeline or of Astro.
 * https://pagefind.app/docs/node-api/
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { NAMES_META } from './search-names.ts';

/**
 * Set to 1 by `npm run build` for its Astro process (src/cli/build-command.ts), which writes the
 * index itself once that process has exited, so that Pagefind's memory never adds to Astro's.
 */
export const SEARCH_LATER_ENV = 'CASEFILE_SEARCH_INDEX_LATER';

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
