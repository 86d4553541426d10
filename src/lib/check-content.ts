/**
 * Load and check all of `content/`: the whole of `npm run check`, and the gate in front of
 * `npm run build`. Pure of Astro. Files are read with bounded concurrency and loaded in the
 * worker pool (src/lib/pipeline/), each under the per-file budget; the cross-entry rules then run
 * on the whole model in this thread.
 */
import path from 'node:path';
import { buildIndex, type ContentIndex } from './content-index.ts';
import { compareDiagnostics, hasErrors, type Diagnostic } from './diagnostics.ts';
import { hydrateFile } from './content/hydrate-file.ts';
import type { Entity, LoadedFile } from './content/load-entry.ts';
import { listContentFiles, readContentBytes, type ContentFile } from './content/read-content.ts';
import { checkIntegrity } from './integrity/check-integrity.ts';
import { READ_CONCURRENCY } from './pipeline/map-bounded.ts';
import { contentKey, FileCache } from './pipeline/file-cache.ts';
import { pipelineHash } from './pipeline/pipeline-hash.ts';
import { sharedPool, type FilePool } from './pipeline/pool.ts';
import { claimOnly, type FileResult } from './pipeline/protocol.ts';
import { pipelineSettings, type PipelineSettings } from './pipeline/settings.ts';

/** The site's base path as astro.config.mjs sets it, for links in the rendered HTML. */
export function siteBase(env: NodeJS.ProcessEnv = process.env): string {
  return env['CASEFILE_BASE'] ?? '/';
}

export interface CheckedContent {
  readonly files: readonly LoadedFile[];
  readonly index: ContentIndex<Entity>;
  /** Every problem, sorted by file and position. */
  readonly diagnostics: readonly Diagnostic[];
  /** True when there is no error (warnings allowed). */
  readonly ok: boolean;
  /** The pipeline hash the files were loaded under (src/lib/pipeline/pipeline-hash.ts). */
  readonly pipeline?: string;
  /** Files answered from the per-file cache and files loaded, when a cache was used. */
  readonly cache?: { readonly hits: number; readonly misses: number };
}

export interface CheckOptions {
  /** The content folder. */
  readonly contentDir: string;
  /** Printed file names are relative to this folder; defaults to the content folder's parent. */
  readonly projectRoot?: string;
  /** Where the site is served from, for the rendered HTML; defaults to `siteBase()`. */
  readonly base?: string;
  /** Pool size and budgets; defaults to `pipelineSettings()` (the environment). */
  readonly settings?: PipelineSettings;
  /**
   * The per-file cache's folder (usually `defaultCacheDir(projectRoot)`); without it every file
   * is loaded, and every entity has its HTML.
   */
  readonly cacheDir?: string;
}

export async function checkContent(options: CheckOptions): Promise<CheckedContent> {
  const contentDir = path.resolve(options.contentDir);
  const projectRoot = path.resolve(options.projectRoot ?? path.dirname(contentDir));
  const settings = options.settings ?? pipelineSettings();
  const base = options.base ?? siteBase();
  const pipeline = pipelineHash({ base, settings });
  const cache = options.cacheDir ? new FileCache(options.cacheDir, contentDir, pipeline) : undefined;
  // Made on the first file to load (or to look modified), so a run answered from the cache starts no worker.
  let pool: FilePool | undefined;
  const listing = await listContentFiles(contentDir, projectRoot);

  // Two passes when a cache can answer: first every file is read and hashed, and a worker is
  // started as soon as a file looks modified since the cache was written (its mtime: only a hint;
  // answers go by content hash). Starting a worker takes 0.4–0.5 s, loading the parsers, which
  // then overlaps parsing the cache and restoring the files it holds. Without a cache, each file
  // goes to the pool as it is read. Files are read one at a time, and at most READ_CONCURRENCY
  // wait on the pool.
  const results: FileResult[] = new Array(listing.files.length);
  const loading = new Set<Promise<void>>();
  const load = async (at: number, file: ContentFile, key: string, bytes: Uint8Array) => {
    while (loading.size >= READ_CONCURRENCY) await Promise.race(loading);
    pool ??= sharedPool(settings);
    const task = pool.run({ source: file, bytes, base }).then((result) => {
      cache?.set(key, result, !result.stopped);
      results[at] = result;
      loading.delete(task);
    });
    loading.add(task);
  };
  const read: { readonly at: number; readonly key: string; readonly bytes: Uint8Array }[] = [];
  for (const [at, file] of listing.files.entries()) {
    const content = readContentBytes(file);
    if (!('bytes' in content)) {
      results[at] = claimOnly(file, content.diagnostics);
      continue;
    }
    const key = cache ? contentKey(file.file, content.bytes) : '';
    if (!cache?.canAnswer) {
      cache?.has(key); // Counted as a miss.
      await load(at, file, key, content.bytes);
    } else {
      if (!pool && cache.modifiedSince(content.modifiedMs)) (pool = sharedPool(settings)).warm();
      read.push({ at, key, bytes: content.bytes });
    }
  }
  // The files to load go to the workers first, so that they run while this thread restores the rest.
  const answered = [];
  for (const file of read) {
    if (cache!.has(file.key)) answered.push(file);
    else await load(file.at, listing.files[file.at]!, file.key, file.bytes);
  }
  for (const { at, key, bytes } of answered) results[at] = cache!.get(key, bytes)!;
  await Promise.all(loading);
  cache?.save();
  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  const files: LoadedFile[] = [];
  for (const result of results) {
    files.push(hydrateFile(result.loaded));
    diagnostics.push(...result.diagnostics);
  }

  const contentPath = path.relative(projectRoot, contentDir).split(path.sep).join('/') || '.';
  const checked = { ...checkLoadedFiles(files, diagnostics, contentPath, projectRoot), pipeline };
  return cache ? { ...checked, cache: { hits: cache.hits, misses: cache.misses } } : checked;
}

/**
 * The cross-entry phase on files already loaded: index them and run every integrity rule.
 * Separate from reading so tests and fuzzers can feed it entries made in memory.
 *
 * @param earlier problems found while reading and loading, kept in the result
 * @param projectRoot where git tells which of two clashing files is newer; without it, both are blamed
 */
export function checkLoadedFiles(
  files: readonly LoadedFile[],
  earlier: readonly Diagnostic[],
  contentPath = 'content',
  projectRoot?: string,
): CheckedContent {
  const entities = files.flatMap((file) => (file.entity ? [file.entity] : []));
  const index = buildIndex(entities);
  const diagnostics = [
    ...earlier,
    ...checkIntegrity({ files, index, contentPath, ...(projectRoot !== undefined && { projectRoot }) }),
  ].sort(compareDiagnostics);
  return { files, index, diagnostics, ok: !hasErrors(diagnostics) };
}
