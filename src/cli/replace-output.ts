/**
 * Build into a scratch folder and swap it in only on success, so a failed build never replaces
 * or damages the last good output.
 */
import { mkdir, rename, rm } from 'node:fs/promises';
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
 * exactly as it was, and the error is passed on.
 */
export async function replaceOnSuccess(outDir: string, produce: (scratch: string) => Promise<void>): Promise<void> {
  const scratch = path.join(path.dirname(outDir), `.${path.basename(outDir)}-building-${process.pid}`);
  await mkdir(path.dirname(outDir), { recursive: true });
  await rm(scratch, { recursive: true, force: true });
  try {
    await produce(scratch);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
  await swapInto(scratch, outDir);
}
