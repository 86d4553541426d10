/**
 * The Astro content loader for one collection.
 *
 * It does not read or parse files itself: it takes the checked model from `getCheckedContent`,
 * refuses to load anything while the content has errors, and stores the entries with the HTML
 * the worker pool rendered during the check (or renders them again in the pool, for entries the
 * per-file cache answered and Astro's store lacks). The zod schemas have
 * already validated `data`, so it is stored as is.
 * https://docs.astro.build/en/reference/content-loader-reference/#object-loaders
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CollectionName } from '../schemas/entity-ref.ts';
import { formatDiagnostic, summarise } from '../lib/diagnostics.ts';
import { renderedBodies } from '../lib/pipeline/render-again.ts';
import { pipelineSettings } from '../lib/pipeline/settings.ts';
import { getCheckedContent } from './shared-check.ts';

/** What each stored entry carries besides its data, in `entry.rendered.metadata`. */
export type EntryMetadata = {
  /** Source ids in the order the body first cites them; number = index + 1. */
  readonly citations: readonly string[];
  /** Every reference in fields and body, for backlinks. */
  readonly references: readonly { readonly id: string; readonly via: string; readonly field: string }[];
};

export const CONTENT_FOLDER = 'content';

/**
 * The content folder: `CASEFILE_CONTENT_DIR` when set (the build CLI sets it for `--content`, and
 * tests build fixture folders this way), otherwise `content/` under the project root.
 */
export function contentDirFor(projectRoot: string): string {
  return path.resolve(projectRoot, process.env['CASEFILE_CONTENT_DIR'] ?? CONTENT_FOLDER);
}

/** Watchers this process already listens to, per collection: a refresh must not add listeners. */
const watching = new WeakMap<object, Set<CollectionName>>();

export function casefileLoader(collection: CollectionName): Loader {
  // The newest context Astro gave this loader; a refresh (e.g. refreshContent) replaces it.
  let latest: LoaderContext | undefined;
  return {
    name: `casefile-${collection}`,
    load: async (context) => {
      latest = context;
      await loadCollection(collection, context);
      const { watcher } = context;
      if (!watcher) return;
      const collections = watching.get(watcher) ?? new Set<CollectionName>();
      watching.set(watcher, collections);
      if (collections.has(collection)) return;
      collections.add(collection);
      const contentDir = contentDirFor(fileURLToPath(context.config.root));
      watcher.add(contentDir);
      const reload = (changed: string) => {
        if (!latest || !path.resolve(changed).startsWith(contentDir + path.sep)) return;
        const current = latest;
        loadCollection(collection, current).catch((error: unknown) => current.logger.error(String(error)));
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', reload);
    },
  };
}

async function loadCollection(collection: CollectionName, context: LoaderContext): Promise<void> {
  const { store, config, logger, watcher, generateDigest } = context;
  const projectRoot = fileURLToPath(config.root);
  const checked = await getCheckedContent(contentDirFor(projectRoot), projectRoot, config.base);

  if (!checked.ok) {
    const report = [...checked.diagnostics.map(formatDiagnostic), summarise(checked.diagnostics)].join('\n');
    // In dev, keep the last good entries; src/integrations/content-errors.ts reports the problems
    // once, in the terminal and in the browser.
    if (watcher) return;
    throw new AstroError(
      `content/ has problems, so nothing was built:\n${report}`,
      'Run `npm run check` to see the same list.',
    );
  }

  const entities = checked.index.byCollection[collection];
  const keep = new Set(entities.map((entity) => entity.id));
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);

  // The digest holds the pipeline hash, so a changed plugin, schema or dependency re-renders
  // every entry without --force (issue 14, item 7).
  const stale = entities.flatMap((entity) => {
    const digest = generateDigest(
      `${checked.pipeline}\n${entity.file}\n${JSON.stringify(entity.data)}\n${entity.body}`,
    );
    return store.get(entity.id)?.digest === digest ? [] : [{ entity, digest }];
  });
  const bodies = await renderedBodies(
    stale.map(({ entity }) => entity),
    { projectRoot, base: config.base, settings: pipelineSettings() },
  );
  // Only what pages read: no Markdown body and no headings. Astro's store is held in memory, written
  // to disk and bundled into the build, and at 20,000 entries each copy of it counted (issue 12).
  stale.forEach(({ entity, digest }, index) => {
    const metadata: EntryMetadata = {
      citations: entity.facts.citations,
      references: entity.references.map(({ id, via, field }) => ({ id, via, field })),
    };
    store.set({
      id: entity.id,
      data: entity.data as Record<string, unknown>,
      filePath: entity.file,
      digest,
      rendered: { html: bodies[index]!.html, metadata },
    });
  });
  logger.debug(`loaded ${entities.length} ${collection}`);
}
