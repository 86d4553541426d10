/**
 * The body of a worker thread (started by worker.ts): processes one file per message. Before each
 * stage it writes the stage to a shared cell, so that when the pool stops an overrunning task it
 * can name the stage without asking this thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processFile } from './process-file.ts';
import { PHASES, type FileTask, type WorkerData, type WorkerMessage } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread of src/lib/pipeline/pool.ts');
const phase = new Int32Array((workerData as WorkerData).phase);
port.on('message', (task: FileTask) => {
  const result = processFile(task, (stage) => Atomics.store(phase, 0, PHASES.indexOf(stage)));
  port.postMessage({ type: 'done', result } satisfies WorkerMessage);
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
