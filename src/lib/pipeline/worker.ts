/**
 * The entry point of a worker thread of the pool (pool.ts). Node's compile cache is enabled
 * before the pipeline loads, as in src/cli/check.ts: it halves each worker's start-up from the
 * second run on. The loop itself is worker-loop.ts.
 * https://nodejs.org/api/module.html#module-compile-cache
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./worker-loop.ts');
