/**
 * Writes a generated corpus (src/lib/bench/synthetic-content.ts) into a folder, replacing what a
 * previous run left there, so a bench or a test always checks exactly the files of this N.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateContent, type GenerateOptions } from '../../lib/bench/synthetic-content.ts';

/** Write `n` entries into `outDir` (emptied first) and return how many files were written. */
export async function writeSyntheticContent(outDir: string, options: GenerateOptions): Promise<number> {
  const files = generateContent(options);
  await rm(outDir, { recursive: true, force: true });
  const folders = new Set(files.map((file) => path.dirname(path.join(outDir, file.path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  // In batches: a single Promise.all over 20,000 files would hit the open-file limit (issue 12).
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(files.slice(i, i + 256).map((file) => writeFile(path.join(outDir, file.path), file.text)));
  }
  return files.length;
}
