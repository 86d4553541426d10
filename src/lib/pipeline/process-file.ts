/**
 * One task of the pool: the bytes of one file in, plain data out (a FileRecord and its
 * problems). Runs in a worker thread (worker.ts), and is the whole of the per-file work: decode,
 * YAML, schema, body parse and render.
 */
import { loadEntryRecord, type LoadPhase } from '../content/load-entry.ts';
import { decodeEntryBytes } from '../content/read-content.ts';
import { claimOnly, type FileResult, type FileTask } from './protocol.ts';

export function processFile(task: FileTask, onPhase?: (phase: LoadPhase) => void): FileResult {
  const decoded = decodeEntryBytes(task.source.file, task.bytes);
  if (decoded.text === undefined) return claimOnly(task.source, decoded.diagnostics);
  return loadEntryRecord(task.source, decoded.text, { base: task.base, ...(onPhase ? { onPhase } : {}) });
}
