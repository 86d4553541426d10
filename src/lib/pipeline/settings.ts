/**
 * The per-file budget and the pool size: one setting each, read from the environment, the same
 * for `npm run check`, `npm run build` and the dev server (they all load files through
 * src/lib/pipeline/pool.ts). Documented in the README's "Budgets" section.
 */
import { availableParallelism } from 'node:os';

export interface PipelineSettings {
  /** Worker threads loading files; default one per core. */
  readonly workers: number;
  /** Wall-clock time one file may take to load (YAML, schema, body parse, render). */
  readonly budgetMs: number;
  /** Heap one worker may use while it loads a file. */
  readonly memoryMb: number;
}

export const DEFAULT_BUDGET_MS = 5000;
export const DEFAULT_MEMORY_MB = 512;

/** Environment variable names, as documented. */
export const SETTINGS_ENV = {
  workers: 'CASEFILE_WORKERS',
  budgetMs: 'CASEFILE_FILE_BUDGET_MS',
  memoryMb: 'CASEFILE_FILE_MEMORY_MB',
} as const;

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, minimum: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < minimum) {
    throw new Error(`${name} must be a whole number of at least ${minimum}, not "${raw}"`);
  }
  return value;
}

export function pipelineSettings(env: NodeJS.ProcessEnv = process.env): PipelineSettings {
  return {
    workers: positiveInteger(env, SETTINGS_ENV.workers, availableParallelism(), 1),
    budgetMs: positiveInteger(env, SETTINGS_ENV.budgetMs, DEFAULT_BUDGET_MS, 1),
    // Below this a worker cannot even load the parsers.
    memoryMb: positiveInteger(env, SETTINGS_ENV.memoryMb, DEFAULT_MEMORY_MB, 64),
  };
}

/** "5 s", "0.3 s": budgets as editors read them. */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
