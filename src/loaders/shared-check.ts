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
import { checkContent, type CheckedContent } from '../lib/check-content.ts';
import { listContentFiles } from '../lib/content/read-content.ts';

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
  const parts = await Promise.all(
    files.map(async (file) => {
      const info = await stat(file.absolutePath);
      return `${file.file}:${info.size}:${info.mtimeMs}`;
    }),
  );
  return [...parts, ...diagnostics.map((d) => d.file)].join('\n');
}

/** The checked content of `contentDir`, from cache when no file has changed since. */
export async function getCheckedContent(contentDir: string, projectRoot: string): Promise<CheckedContent> {
  const key = path.resolve(contentDir);
  const fingerprint = await fingerprintOf(key, projectRoot);
  const cached = cache().get(key);
  if (cached && cached.fingerprint === fingerprint) return cached.result;
  const result = checkContent({ contentDir: key, projectRoot });
  cache().set(key, { fingerprint, result });
  return result;
}
