/**
 * One check of content/ shared by everyone in the process that needs it.
 *
 * `npm run build` checks the content before Astro starts (src/cli/build.ts). Astro then runs one
 * loader per collection, all at once; each needs the same checked, parsed model. They all go
 * through `getCheckedContent`, which reuses the result while the files are unchanged, so every
 * body is parsed once per build. The cache lives on `globalThis` because the CLI and Astro's Vite
 * module runner load this module as two separate instances in the same process.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { checkContent, siteBase, type CheckedContent } from '../lib/check-content.ts';
import { listContentFiles } from '../lib/content/read-content.ts';
import { defaultCacheDir } from '../lib/pipeline/file-cache.ts';
import { mapBounded } from '../lib/pipeline/map-bounded.ts';

interface CacheEntry {
  readonly fingerprint: string;
  readonly result: Promise<CheckedContent>;
}

const CACHE_KEY = Symbol.for('casefile.checked-content');
type CacheHolder = { [CACHE_KEY]?: Map<string, CacheEntry> };

function cache(): Map<string, CacheEntry> {
  const holder = globalThis as CacheHolder;
  return (holder[CACHE_KEY] ??= new Map());
}

/** Names, sizes and modification times of every file under content/: changes when any file does. */
async function fingerprintOf(contentDir: string, projectRoot: string): Promise<string> {
  const { files, diagnostics } = await listContentFiles(contentDir, projectRoot);
  const parts = await mapBounded(files, 256, async (file) => {
    const info = await stat(file.absolutePath);
    return `${file.file}:${info.size}:${info.mtimeMs}`;
  });
  return [...parts, ...diagnostics.map((d) => d.file)].join('\n');
}

/** Set by `npm run build -- --no-cache` for the Astro process it starts; read here. */
export const NO_CACHE_ENV = 'CASEFILE_NO_CACHE';

/**
 * The checked content of `contentDir`, from memory when no file has changed since. Files are
 * loaded through the per-file cache in node_modules/.cache/casefile/ unless CASEFILE_NO_CACHE=1.
 *
 * @param base the site's base path (the loader passes Astro's); defaults to `siteBase()`
 */
export async function getCheckedContent(
  contentDir: string,
  projectRoot: string,
  base = siteBase(),
): Promise<CheckedContent> {
  const folder = path.resolve(contentDir);
  const key = `${folder}\0${base}`;
  const fingerprint = await fingerprintOf(folder, projectRoot);
  const cached = cache().get(key);
  if (cached && cached.fingerprint === fingerprint) return cached.result;
  const useCache = process.env[NO_CACHE_ENV] !== '1';
  const result = checkContent({
    contentDir: folder,
    projectRoot,
    base,
    ...(useCache ? { cacheDir: defaultCacheDir(projectRoot) } : {}),
  });
  cache().set(key, { fingerprint, result });
  return result;
}

/**
 * Forget every checked result this process holds. A build calls this once Astro has synced the
 * content (src/integrations/release-workers.ts): from then on pages read Astro's store, and the
 * check's model (every entry's record, positions, references and HTML) would otherwise stay in
 * memory beside it to the end of the build (issue 12). Anyone asking later gets a fresh check.
 */
export function releaseCheckedContent(): void {
  cache().clear();
}
