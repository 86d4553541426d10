/**
 * The worker pool that loads content files: one worker thread per core, each task one file, each
 * task under a deadline and a heap limit. A task that overruns either is stopped (the worker is
 * terminated and a fresh one started) and its file gets a `too-complex` error; every other file
 * is still loaded in the same run. See README.md in this folder.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LoadPhase } from '../content/load-entry.ts';
import { diagnostic, START_OF_FILE } from '../diagnostics.ts';
import {
  claimOnly,
  PHASES,
  sharedCells,
  type FileResult,
  type FileTask,
  type TaskMessage,
  type WorkerData,
  type WorkerMessage,
} from './protocol.ts';
import { pipelineSettings, seconds, type PipelineSettings } from './settings.ts';

/**
 * The worker's file on disk. Inside Astro's Vite process this module's `import.meta.url` is
 * still the file's own `file:` URL (Vite's SSR transform keeps it), and the worker itself runs
 * outside Vite, on Node's own type stripping.
 */
export function workerPath(): string {
  const url = new URL('./worker.ts', import.meta.url);
  const file = url.protocol === 'file:' ? fileURLToPath(url) : '';
  if (!existsSync(file)) throw new Error(`the content worker was not found at ${url.href}`);
  return file;
}

const WHAT: Record<LoadPhase, { subject: string; verb: string; fix: string }> = {
  frontmatter: { subject: 'the frontmatter', verb: 'parse', fix: 'shorten it or write out its * aliases' },
  body: { subject: 'the body', verb: 'parse', fix: 'split it or simplify its markup' },
  render: { subject: 'the body', verb: 'render', fix: 'split it or simplify its markup' },
};

/** The error for a file whose task overran its budget in `phase`. */
export function overrunResult(
  task: FileTask,
  phase: LoadPhase,
  kind: 'time' | 'memory',
  settings: PipelineSettings,
): FileResult {
  const { subject, verb, fix } = WHAT[phase];
  const limit =
    kind === 'time' ? `took more than ${seconds(settings.budgetMs)}` : `needed more than ${settings.memoryMb} MB`;
  const message = `${subject} ${limit} to ${verb}; ${fix}`;
  return {
    ...claimOnly(task.source, [diagnostic(task.source.file, START_OF_FILE, 'too-complex', message)]),
    stopped: true,
  };
}

interface Job {
  readonly seq: number;
  readonly task: FileTask;
  readonly resolve: (result: FileResult) => void;
  readonly reject: (error: Error) => void;
}

/**
 * How much longer than the budget a task may take on the clock. The budget counts the worker's
 * own processor time, so that a file is not failed because other work is running on the machine;
 * this bounds the wait when the machine is so busy that the worker hardly runs.
 */
export const WALL_CLOCK_FACTOR = 3;

/**
 * Tasks posted to one worker at a time: the one it runs and the next, so that it never waits for
 * this thread to hand it work (a fifth of a worker's time, at 2 ms a file, went on that wait).
 */
const IN_FLIGHT = 2;

interface Slot {
  readonly worker: Worker;
  readonly phase: Int32Array;
  readonly running: Int32Array;
  readonly startCpu: Float64Array;
  ready: boolean;
  /** Posted to the worker, oldest first: the first is running, the rest wait in its port. */
  readonly jobs: Job[];
  /** The deadline of the first job. */
  timer?: NodeJS.Timeout | undefined;
}

export class FilePool {
  readonly settings: PipelineSettings;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private broken: Error | undefined;
  private nextSeq = 1;

  constructor(settings: PipelineSettings) {
    this.settings = settings;
  }

  /** Load one file in a worker; resolves with its record or with the error for an overrun. */
  run(task: FileTask): Promise<FileResult> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: this.nextSeq++, task, resolve, reject });
      this.pump();
    });
  }

  /**
   * Start a worker now, before any task, when one will probably be needed: loading the parsers
   * takes a worker 0.4–0.5 s, which then overlaps the caller's own start-up. An unused warm worker
   * does not keep the process alive.
   */
  warm(): void {
    if (this.slots.length > 0 || this.broken) return;
    this.slots.push(this.spawn());
    this.updateRefs();
  }

  private spawn(): Slot {
    const shared = new SharedArrayBuffer(16);
    const { phase, running, startCpu } = sharedCells(shared);
    const worker = new Worker(workerPath(), {
      workerData: { shared } satisfies WorkerData,
      resourceLimits: {
        maxOldGenerationSizeMb: this.settings.memoryMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.floor(this.settings.memoryMb / 8))),
        // The main thread's stack (V8's default, about 1 MB) rather than a worker's 4 MB: a body
        // nested too deeply for the stack fails fast, as it did before the pool, instead of
        // recursing four times deeper first.
        stackSizeMb: 1,
      },
      // The parent's flags (vitest's loaders, --cpu-prof) would follow otherwise; the worker
      // needs none to load our TypeScript.
      execArgv: process.execArgv.filter((flag) => flag.startsWith('--cpu-prof') || flag.startsWith('--stack-size')),
    });
    worker.unref();
    const slot: Slot = { worker, phase, running, startCpu, ready: false, jobs: [] };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') {
        slot.ready = true;
        this.pump();
      } else this.finish(slot, message.result);
    });
    worker.on('error', (error: Error & { code?: string }) => this.failed(slot, error));
    worker.on('exit', (code) => this.failed(slot, new Error(`the worker stopped with exit code ${code}`)));
    return slot;
  }

  private pump(): void {
    // Workers are started as the queue needs them, up to the pool's size: a run that loads one
    // changed file starts one worker, not one per core.
    const free = this.slots.filter((slot) => slot.jobs.length === 0).length;
    for (let i = free; i < this.queue.length && this.slots.length < this.settings.workers; i++)
      this.slots.push(this.spawn());
    // An idle worker first, then a second task behind each running one.
    for (let depth = 1; depth <= IN_FLIGHT; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) break;
        if (!slot.ready || slot.jobs.length >= depth) continue;
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        if (slot.jobs.length === 1) this.startClock(slot);
        slot.worker.postMessage({ seq: job.seq, task: job.task } satisfies TaskMessage);
      }
    }
    this.updateRefs();
  }

  /** Start the deadline of the slot's first job, which the worker runs now (or next). */
  private startClock(slot: Slot): void {
    const job = slot.jobs[0]!;
    const started = performance.now();
    slot.timer = setTimeout(() => void this.watch(slot, job, started), this.settings.budgetMs);
  }

  /** Workers keep the process alive only while there is work, so a finished check can exit. */
  private updateRefs(): void {
    const busy = this.busy;
    for (const slot of this.slots) {
      if (busy) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  private finish(slot: Slot, result: FileResult): void {
    const job = slot.jobs.shift();
    clearTimeout(slot.timer);
    if (slot.jobs.length > 0) this.startClock(slot);
    job?.resolve(result);
    this.pump();
  }

  /**
   * The deadline check: stop the task once it has used its budget of processor time, or three
   * times the budget on the clock; otherwise look again when the rest of the budget could be up.
   */
  private async watch(slot: Slot, job: Job, started: number): Promise<void> {
    const budget = this.settings.budgetMs;
    let usedMs = 0;
    // The CPU time counts once the worker has started this task (it may still be on the one before).
    const start = Atomics.load(slot.running, 0) === job.seq ? slot.startCpu[0]! : -1;
    if (start >= 0) {
      try {
        const cpu = await slot.worker.cpuUsage();
        usedMs = (cpu.user + cpu.system - start) / 1000;
      } catch {
        usedMs = budget; // The worker is gone; its 'error' or 'exit' event settles the job.
      }
    }
    if (slot.jobs[0] !== job) return;
    if (usedMs >= budget || performance.now() - started >= budget * WALL_CLOCK_FACTOR) {
      this.overrun(slot, 'time');
      return;
    }
    slot.timer = setTimeout(() => void this.watch(slot, job, started), Math.max(20, budget - usedMs));
  }

  private overrun(slot: Slot, kind: 'time' | 'memory'): void {
    const job = slot.jobs[0];
    const phase = PHASES[Atomics.load(slot.phase, 0)] ?? 'frontmatter';
    this.replace(slot);
    job?.resolve(overrunResult(job.task, phase, kind, this.settings));
  }

  private failed(slot: Slot, error: Error & { code?: string }): void {
    if (!this.slots.includes(slot)) return;
    const job = slot.jobs[0];
    if (job) {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return this.overrun(slot, 'memory');
      // Anything else that kills a worker mid-task (a native crash) is still this file's problem.
      this.replace(slot);
      const message = `the file could not be processed (${error.message}); simplify the part you last changed`;
      job.resolve({
        ...claimOnly(job.task.source, [diagnostic(job.task.source.file, START_OF_FILE, 'too-complex', message)]),
        stopped: true,
      });
      return;
    }
    // A worker that dies before any task (it could not load the pipeline) would die again.
    this.broken = new Error(`the content workers could not start: ${error.message}`);
    for (const job of this.queue.splice(0)) job.reject(this.broken);
    this.updateRefs();
  }

  /**
   * Stop every worker; only for a pool nobody is waiting on (see sharedPool, closeSharedPool).
   * Resolves once they have exited, and with them their V8 heaps.
   */
  close(): Promise<void> {
    const stopping = this.slots.splice(0).map((slot) => {
      slot.worker.removeAllListeners();
      slot.worker.on('error', () => {});
      return slot.worker.terminate();
    });
    return Promise.all(stopping).then(() => undefined);
  }

  /** How many workers are started (running, idle or still starting). */
  get started(): number {
    return this.slots.length;
  }

  /** True while a task is queued or running. */
  get busy(): boolean {
    return this.queue.length > 0 || this.slots.some((slot) => slot.jobs.length > 0);
  }

  /**
   * Stop a worker, whatever it is doing; a fresh one takes its place when there is work. The
   * tasks waiting behind its first go back to the front of the queue, in order.
   */
  private replace(slot: Slot): void {
    clearTimeout(slot.timer);
    this.queue.unshift(...slot.jobs.splice(1));
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {});
    void slot.worker.terminate();
    // pump() starts a fresh one if there is still work.
    this.slots.splice(this.slots.indexOf(slot), 1);
    this.pump();
  }
}

const POOL_KEY = Symbol.for('casefile.file-pool');
type PoolHolder = { [POOL_KEY]?: FilePool };

/**
 * The process's pool for the current settings. Kept on `globalThis` because the CLI and Astro's
 * Vite module runner load this module as two instances in one process, and one pool is enough.
 */
export function sharedPool(settings: PipelineSettings = pipelineSettings()): FilePool {
  const holder = globalThis as PoolHolder;
  const current = holder[POOL_KEY];
  if (current && JSON.stringify(current.settings) === JSON.stringify(settings)) return current;
  if (current && !current.busy) void current.close();
  const pool = new FilePool(settings);
  holder[POOL_KEY] = pool;
  return pool;
}

/**
 * Stop the process's pool, if it has one and nothing waits on it; the next `sharedPool()` starts
 * a fresh one. A build calls this once Astro has synced the content (src/integrations/
 * release-workers.ts): each idle worker keeps its own V8 heap, about 100 MB with the parsers
 * loaded, for the rest of the build otherwise.
 */
export async function closeSharedPool(): Promise<void> {
  const holder = globalThis as PoolHolder;
  const current = holder[POOL_KEY];
  if (!current || current.busy) return;
  delete holder[POOL_KEY];
  await current.close();
}
