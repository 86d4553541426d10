/**
 * What the pool (pool.ts) and its worker threads (worker.ts) say to each other. Light on
 * imports: the checker's own thread loads this, and leaves the parsers to the workers.
 */
import type { FileRecord, LoadPhase } from '../content/load-entry.ts';
import type { ContentFile } from '../content/read-content.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { idFromFileName } from '../ids.ts';

export interface FileTask {
  readonly source: ContentFile;
  readonly bytes: Uint8Array;
  /** The site's base path, for links in the rendered HTML. */
  readonly base: string;
}

export interface FileResult {
  readonly loaded: FileRecord;
  readonly diagnostics: readonly Diagnostic[];
  /** Set when the pool stopped the task (budget overrun, crashed worker): never cached. */
  readonly stopped?: boolean;
}

/** A file that yields no entry still claims its id, so references to it are not reported twice. */
export function claimOnly(source: ContentFile, diagnostics: readonly Diagnostic[]): FileResult {
  return {
    loaded: { collection: source.collection, id: idFromFileName(source.fileName), file: source.file, references: [] },
    diagnostics,
  };
}

/** The stages in the order they run; the shared phase cell holds an index into this list. */
export const PHASES: readonly LoadPhase[] = ['frontmatter', 'body', 'render'];

export interface WorkerData {
  /**
   * 16 bytes shared with the pool: an Int32 at 0, the index in PHASES of the stage now running;
   * an Int32 at 4, the `seq` of the task now running; and a Float64 at 8, the thread's CPU time in
   * microseconds when that task started. The worker writes the CPU time before the `seq`, so a
   * pool that reads its task's `seq` reads that task's start.
   */
  readonly shared: SharedArrayBuffer;
}

/** Views on WorkerData.shared. */
export function sharedCells(buffer: SharedArrayBuffer): {
  phase: Int32Array;
  running: Int32Array;
  startCpu: Float64Array;
} {
  return {
    phase: new Int32Array(buffer, 0, 1),
    running: new Int32Array(buffer, 4, 1),
    startCpu: new Float64Array(buffer, 8, 1),
  };
}

/** What the pool posts to a worker: a task and its number, unique within the pool. */
export interface TaskMessage {
  readonly seq: number;
  readonly task: FileTask;
}

export type WorkerMessage = { readonly type: 'ready' } | { readonly type: 'done'; readonly result: FileResult };
