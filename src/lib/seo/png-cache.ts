/**
 * A disk cache of rendered share images, keyed by the SHA-256 of the SVG that satori laid out and
 * of resvg's version: the same SVG through the same renderer gives the same PNG, so a hit can
 * never be stale, whatever changed in the layout code. Rasterising is most of a share image's
 * cost (about 13 ms each; 1,650 images at 5,000 entries), so a rebuild after one edit renders
 * only the cards whose text changed (issue 12). `npm run build -- --force` empties it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where the build keeps the cache, under the project root (git-ignored). */
export const SHARE_IMAGE_CACHE = path.join('.casefile', 'cache', 'share-images');

export interface PngCache {
  /**
   * The cached PNG for this SVG, or render it, store it and return it. Asynchronous, as rendering
   * is (resvg's renderAsync), so a share-image worker can hold two cards at once.
   */
  get(svg: string, render: () => Promise<Uint8Array>): Promise<Uint8Array>;
}

/** A cache in `dir`, whose keys also carry `rendererVersion`. Unreadable entries are re-rendered. */
export function diskPngCache(dir: string, rendererVersion: string): PngCache {
  let made: Promise<unknown> | undefined;
  let writes = 0;
  return {
    async get(svg, render) {
      const key = createHash('sha256').update(rendererVersion).update('\0').update(svg).digest('hex');
      const file = path.join(dir, `${key}.png`);
      try {
        return new Uint8Array(await readFile(file));
      } catch {
        const png = await render();
        await (made ??= mkdir(dir, { recursive: true }));
        // Written aside and renamed, so a build stopped mid-write never leaves half a PNG. The
        // counter keeps two pages of one build that share a card from writing one partial file.
        const partial = `${file}.${process.pid}-${writes++}.tmp`;
        await writeFile(partial, png);
        await rename(partial, file);
        return png;
      }
    },
  };
}
