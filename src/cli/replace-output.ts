/**
 * Build into a scratch folder and swap it in only on success, so a failed build never replaces
 * or damages the last good output.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Replace `target` with `fresh`; `target` is missing only between two renames. */
export async function swapInto(fresh: string, target: string): Promise<void> {
  const old = `${fresh}-previous`;
  await rm(old, { recursive: true, force: true });
  try {
    await rename(target, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await rename(fresh, target);
  await rm(old, { recursive: true, force: true });
}

/**
 * Run `produce` into a fresh folder beside `outDir` (so the swap is a rename within one file
 * system), then swap it in. If `produce` throws, the scratch folder is removed, `outDir` is left
 * exactly as it was, and the error is passed on. Scratch folders of builds that ended without
 * removing theirs are removed first.
 */
export async function replaceOnSuccess(outDir: string, produce: (scratch: string) => Promise<void>): Promise<void> {
  const scratch = path.join(path.dirname(outDir), `.${path.basename(outDir)}-building-${process.pid}`);
  await mkdir(path.dirname(outDir), { recursive: true });
  await removeAbandonedScratch(outDir);
  await rm(scratch, { recursive: true, force: true });
  try {
    await produce(scratch);
  } catch (error) {
    // Astro renders several pages at once (build.concurrency): when one fails, others may still
    // be writing into the scratch folder while it is removed (ENOTEMPTY). Retry, and never let
    // the cleanup hide the build's own error; what is left is removed by the next build.
    await rm(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
    throw error;
  }
  await swapInto(scratch, outDir);
}

/** Whether the process `pid` runs (signal 0 only checks; EPERM means it runs as another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Scratch folders beside `outDir` left by builds whose process has ended. */
async function removeAbandonedScratch(outDir: string): Promise<void> {
  const parent = path.dirname(outDir);
  const prefix = `.${path.basename(outDir)}-building-`;
  for (const name of await readdir(parent)) {
    const pid = name.startsWith(prefix) ? Number(name.slice(prefix.length)) : Number.NaN;
    if (!Number.isInteger(pid) || (pid !== process.pid && isRunning(pid))) continue;
    await rm(path.join(parent, name), { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}
