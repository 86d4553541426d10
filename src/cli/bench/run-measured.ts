/**
 * Run one command and measure its wall time and the peak memory of its whole process tree.
 *
 * `/usr/bin/time -v` is not on every machine, and `process.resourceUsage().maxRSS` covers one
 * process only, while a build may fork workers (Pagefind, a worker pool). So we sample the tree
 * from `/proc` every 50 ms: the peak of the summed VmRSS of all descendants, or the largest single
 * VmHWM (the kernel's own high-water mark, which catches a spike between two samples), whichever
 * is larger. Off Linux there is no /proc, and the figure is 0 (printed as "n/a").
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Measured {
  readonly ms: number;
  /** Peak resident memory of the process tree, bytes; 0 where /proc is missing. */
  readonly peakRss: number;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
}

function childrenOf(pid: number): number[] {
  try {
    const tasks = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8');
    return tasks.split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/** The summed RSS and the largest high-water mark of `pid` and all its descendants now. */
export function sampleTree(pid: number): { rss: number; hwm: number } {
  let rss = 0;
  let hwm = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const memory = memoryOf(current);
    rss += memory.rss;
    hwm = Math.max(hwm, memory.hwm);
    stack.push(...childrenOf(current));
  }
  return { rss, hwm };
}

/** Run `command args` to completion, measuring it. Never throws on a failing command. */
export function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let peak = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const { rss, hwm } = sampleTree(child.pid);
      peak = Math.max(peak, rss, hwm);
    };
    const timer = setInterval(sample, 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      resolve({
        ms,
        peakRss: peak,
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}
