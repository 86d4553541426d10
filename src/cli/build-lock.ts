/**
 * One `npm run build` of a project at a time. Two builds of one project share Astro's folders
 * (`.astro/`, `node_modules/.astro/`: the content store, and the prerendered chunks of any build
 * whose output is outside the project), so a second build started meanwhile could read the
 * first one's files or delete them. The second waits instead, and says so.
 *
 * The lock is a file holding the builder's process id, created exclusively; a lock whose process
 * has gone (a build that was killed) is taken over. Two builds that find the same stale lock at
 * the same moment can both take it: the lock guards against builds run side by side by hand or by
 * tests, not against a race of milliseconds.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning } from './replace-output.ts';

/** The lock of the project at `root`, beside the per-file cache. */
export function buildLockFile(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'casefile', 'build.lock');
}

/** The process id in the lock, or undefined when it holds none (half written, or gone). */
function holderOf(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Run `build` holding the project's build lock, waiting while another running process holds it.
 * @param say prints the one line telling why the build waits
 * @param pollMs how often to look again
 */
export async function withBuildLock<T>(
  root: string,
  build: () => Promise<T>,
  say: (line: string) => void,
  pollMs = 250,
): Promise<T> {
  const file = buildLockFile(root);
  await mkdir(path.dirname(file), { recursive: true });
  let told = false;
  // A lock with no process id is being written, or was left by a crash in between: after 2 s, the latter.
  let unnamedSince: number | undefined;
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = holderOf(file);
    unnamedSince = holder === undefined ? (unnamedSince ?? Date.now()) : undefined;
    if (
      (holder !== undefined && !isRunning(holder)) ||
      (unnamedSince !== undefined && Date.now() - unnamedSince > 2000)
    ) {
      rmSync(file, { force: true });
      continue;
    }
    if (!told && holder !== undefined) {
      say(`waiting for the build of this project in process ${holder} to finish`);
      told = true;
    }
    await sleep(pollMs);
  }
  try {
    return await build();
  } finally {
    if (holderOf(file) === process.pid) rmSync(file, { force: true });
  }
}
