/**
 * HTML for entities that came from the per-file cache (which stores none), made again in the
 * pool under the same budget. The content loader asks only for the entries Astro's own store
 * lacks, so a warm rebuild renders nothing but what changed.
 */
import path from 'node:path';
import type { Entity } from '../content/load-entry.ts';
import { readContentBytes } from '../content/read-content.ts';
import { formatDiagnostic } from '../diagnostics.ts';
import { mapBounded, READ_CONCURRENCY } from './map-bounded.ts';
import { sharedPool } from './pool.ts';
import type { PipelineSettings } from './settings.ts';

export interface RenderedEntity {
  readonly html: string;
}

/** The HTML of each entity, in order: its own if it has it, otherwise rendered again from its file. */
export async function renderedBodies(
  entities: readonly Entity[],
  options: { projectRoot: string; base: string; settings: PipelineSettings },
): Promise<RenderedEntity[]> {
  return mapBounded(entities, READ_CONCURRENCY, async (entity) => {
    if (entity.html !== undefined) return { html: entity.html };
    const source = {
      collection: entity.collection,
      file: entity.file,
      absolutePath: path.resolve(options.projectRoot, entity.file),
      fileName: path.basename(entity.file),
    };
    const read = readContentBytes(source);
    const result =
      'bytes' in read
        ? await sharedPool(options.settings).run({ source, bytes: read.bytes, base: options.base })
        : undefined;
    const rendered = result?.loaded.entity;
    if (rendered?.html === undefined) {
      const why = (result?.diagnostics ?? ('diagnostics' in read ? read.diagnostics : []))
        .map(formatDiagnostic)
        .join('\n');
      throw new Error(`${entity.file} changed while the site was being built; build again${why ? `:\n${why}` : ''}`);
    }
    return { html: rendered.html };
  });
}
