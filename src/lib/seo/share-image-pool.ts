/**
 * Share images rendered in worker threads, one per core. Laying out (satori) and encoding the PNG
 * (resvg's asPng) are synchronous and took 8.5 s of a 1,000-entry build's main thread, whose other
 * work is rendering pages: in workers they run beside it (issue 12). Each worker reuses the
 * build's disk cache of PNGs, so the bytes are those an in-process render gives (tested).
 *
 * The route module runs from Astro's prerender bundle, where `import.meta.url` is the bundle's,
 * so the worker is found from the project root, as the fonts are.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from './share-cards.ts';
import type { ShareImageAnswer, ShareImageTask, ShareImageWorkerData } from './share-image-worker.ts';

/** The worker module, from the project root. */
export const SHARE_IMAGE_WORKER = path.join('src', 'lib', 'seo', 'share-image-worker.ts');

export interface ShareImagePool {
  /** The card's PNG, rendered by the next worker with room. */
  render(card: ShareCard): Promise<Uint8Array>;
  /** Stop every worker; later renders start new ones. */
  close(): Promise<void>;
}

/** A card asked for, and its caller's promise. */
interface Job {
  readonly card: ShareCard;
  resolve(png: Uint8Array): void;
  reject(error: Error): void;
}

interface Slot {
  readonly worker: Worker;
  /** Jobs sent to this worker, by task number. */
  readonly waiting: Map<number, Job>;
}

export interface ShareImagePoolOptions {
  readonly projectRoot: string;
  /** Reuse and fill the build's PNG cache (png-cache.ts). */
  readonly cache: boolean;
  /** Worker threads; default one per core (the og route passes CASEFILE_WORKERS, as the content pool reads). */
  readonly workers?: number;
}

/**
 * Cards each worker holds at once: two, so a worker never waits for the main thread to send the
 * next, and no more, so that thousands of cards asked at once wait here as small objects rather
 * than in a worker as 3 MB pixel buffers.
 */
const IN_FLIGHT = 2;

/**
 * The pools with workers running, on `globalThis`: the og route's pool lives in Astro's prerender
 * bundle, a module instance the build's integrations cannot import, and they close it once every
 * page is written (src/integrations/release-workers.ts).
 */
const OPEN_KEY = Symbol.for('casefile.share-image-pools');
type OpenHolder = { [OPEN_KEY]?: Set<ShareImagePool> };

function openPools(): Set<ShareImagePool> {
  const holder = globalThis as OpenHolder;
  return (holder[OPEN_KEY] ??= new Set());
}

/**
 * Stop the workers of every share-image pool in the process (each holds its own V8 heap and
 * resvg's buffers, over 100 MB); a later render starts them again.
 */
export async function closeShareImagePools(): Promise<void> {
  await Promise.all([...openPools()].map((pool) => pool.close()));
}

export function shareImagePool(options: ShareImagePoolOptions): ShareImagePool {
  const size = Math.max(1, options.workers ?? availableParallelism());
  const file = path.join(options.projectRoot, SHARE_IMAGE_WORKER);
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let seq = 0;

  const send = (slot: Slot, job: Job) => {
    const task: ShareImageTask = { seq: ++seq, card: job.card };
    if (slot.waiting.size === 0) slot.worker.ref();
    slot.waiting.set(task.seq, job);
    slot.worker.postMessage(task);
  };

  // Hand queued cards to workers with room, starting workers up to the pool's size.
  const pump = () => {
    while (queue.length > 0) {
      const slot =
        slots.find((candidate) => candidate.waiting.size === 0) ??
        (slots.length < size ? start() : slots.find((candidate) => candidate.waiting.size < IN_FLIGHT));
      if (!slot) return;
      send(slot, queue.shift()!);
    }
  };

  // A worker that fails or exits takes its waiting renders with it; the next render starts anew.
  const fail = (slot: Slot, error: Error) => {
    const at = slots.indexOf(slot);
    if (at !== -1) slots.splice(at, 1);
    if (slots.length === 0) openPools().delete(pool);
    for (const job of slot.waiting.values()) job.reject(error);
    slot.waiting.clear();
    pump();
  };

  const start = (): Slot => {
    openPools().add(pool);
    const data: ShareImageWorkerData = { projectRoot: options.projectRoot, cache: options.cache };
    const slot: Slot = { worker: new Worker(file, { workerData: data }), waiting: new Map() };
    // Idle workers never keep the process alive; busy ones are referenced again in send().
    slot.worker.unref();
    slot.worker.on('message', (answer: ShareImageAnswer) => {
      const job = slot.waiting.get(answer.seq);
      if (!job) return;
      slot.waiting.delete(answer.seq);
      if (slot.waiting.size === 0) slot.worker.unref();
      if ('png' in answer) job.resolve(answer.png);
      else job.reject(new Error(`the share image of ${job.card.path} could not be rendered: ${answer.error}`));
      pump();
    });
    slot.worker.on('error', (error) => fail(slot, new Error(`the share-image worker failed: ${error.message}`)));
    slot.worker.on('exit', (code) => fail(slot, new Error(`the share-image worker stopped (exit code ${code})`)));
    slots.push(slot);
    return slot;
  };

  const pool: ShareImagePool = {
    render(card) {
      return new Promise<Uint8Array>((resolve, reject) => {
        queue.push({ card, resolve, reject });
        pump();
      });
    },
    async close() {
      for (const job of queue.splice(0)) job.reject(new Error('the share-image pool was closed'));
      openPools().delete(pool);
      const stopping = slots.splice(0).map((slot) => slot.worker.terminate());
      await Promise.all(stopping);
    },
  };
  return pool;
}
