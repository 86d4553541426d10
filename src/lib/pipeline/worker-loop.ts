/**
 * The body of a worker thread (started by worker.ts): processes one file per message. Before each
 * stage it writes the stage to a shared cell, so that when the pool stops an overrunning task it
 * can name the stage without asking this thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processFile } from './process-file.ts';
import { PHASES, sharedCells, type TaskMessage, type WorkerData, type WorkerMessage } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread of src/lib/pipeline/pool.ts');
const { phase, running, startCpu } = sharedCells((workerData as WorkerData).shared);

/**
 * One small entry using every stage, loaded before the worker says it is ready: the first file
 * a worker loads pays for compiling the schemas and warming the parsers, a few hundred
 * milliseconds on a busy machine, which must not count against that file's budget.
 */
const WARM_UP = [
  '---',
  'name: Warm-up',
  'kind: person',
  'role: Warms the parsers.',
  'sources: [a-source]',
  '---',
  '## A heading',
  '',
  'Said by :actor[Someone]{#someone}, *with* **emphasis** and ~~strikethrough~~ :cite[a-source].',
  '',
  '| a | b |',
  '| - | - |',
  '| <span>1</span> | [link](https://example.org/) |',
  '',
  '> - a quote with a list &amp; an entity',
].join('\n');
processFile({
  source: { collection: 'actors', file: 'warm-up.md', absolutePath: 'warm-up.md', fileName: 'warm-up.md' },
  bytes: new TextEncoder().encode(WARM_UP),
  base: '/',
});

// The pool may post the next task while this one runs (pool.ts keeps two in flight per worker),
// so each task marks its own start in the shared cells.
port.on('message', ({ seq, task }: TaskMessage) => {
  const cpu = process.threadCpuUsage();
  Atomics.store(phase, 0, 0);
  startCpu[0] = cpu.user + cpu.system;
  Atomics.store(running, 0, seq);
  const result = processFile(task, (stage) => Atomics.store(phase, 0, PHASES.indexOf(stage)));
  port.postMessage({ type: 'done', result } satisfies WorkerMessage);
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
