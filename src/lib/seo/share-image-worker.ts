/**
 * A worker thread of share-image-pool.ts: lays out and rasterises the cards it is sent. It runs on
 * Node's own type stripping, outside Vite, like the content workers (src/lib/pipeline/worker.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ShareCard } from './share-cards.ts';
import { buildPngCache, shareImagePng } from './share-image.ts';

/** What the pool sends: a card to render, numbered so that the answer can find its caller. */
export interface ShareImageTask {
  readonly seq: number;
  readonly card: ShareCard;
}

/** What the worker answers: the PNG's bytes, or why it could not render them. */
export type ShareImageAnswer =
  { readonly seq: number; readonly png: Uint8Array } | { readonly seq: number; readonly error: string };

export interface ShareImageWorkerData {
  readonly projectRoot: string;
  /** Whether to reuse and fill the build's disk cache (png-cache.ts). */
  readonly cache: boolean;
}

const port = parentPort;
if (port) {
  const { projectRoot, cache: useCache } = workerData as ShareImageWorkerData;
  const cache = useCache ? buildPngCache(projectRoot) : undefined;
  port.on('message', ({ seq, card }: ShareImageTask) => {
    shareImagePng(card, cache, projectRoot).then(
      (png) => port.postMessage({ seq, png } satisfies ShareImageAnswer),
      (error: unknown) =>
        port.postMessage({
          seq,
          error: error instanceof Error ? error.message : String(error),
        } satisfies ShareImageAnswer),
    );
  });
}
