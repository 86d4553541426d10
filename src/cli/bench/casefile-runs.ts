/**
 * casefile's own measurements at one size: the check cold, warm and after one edit, and the
 * production build cold and after one edit. Each is a fresh process (`npm run check` and
 * `npm run build` as editors run them), measured with its whole process tree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runMeasured, type Measured } from './run-measured.ts';

/** The entry the bench edits: an actor near the start, which many bodies mention. */
export const EDITED_ENTRY = 'actors/actor-00001.md';

export interface CasefileRuns {
  /** `--no-cache` when the check has a cache (it landed with the worker pool), else nothing. */
  readonly noCacheFlag: readonly string[];
  check(): Promise<Measured>;
  checkCold(): Promise<Measured>;
  buildCold(): Promise<Measured>;
  build(): Promise<Measured>;
  /** Change one paragraph of one entry (still valid), and return a function that restores it. */
  editOne(round: number): () => void;
}

/** Does this checkout's `npm run check` accept `--no-cache`? An unknown option exits non-zero. */
export async function checkHasCache(projectRoot: string, contentDir: string): Promise<boolean> {
  const node = process.execPath;
  const probe = await runMeasured(node, ['src/cli/check.ts', '--no-cache', contentDir], { cwd: projectRoot });
  return !/unknown option|ERR_PARSE_ARGS/i.test(probe.stdout + probe.stderr);
}

export function casefileRuns(projectRoot: string, contentDir: string, outDir: string, hasCache: boolean): CasefileRuns {
  const node = process.execPath;
  const run = (args: string[]) => runMeasured(node, args, { cwd: projectRoot });
  const noCacheFlag = hasCache ? ['--no-cache'] : [];
  const build = ['src/cli/build.ts', '--content', contentDir, '--out', outDir];
  return {
    noCacheFlag,
    check: () => run(['src/cli/check.ts', contentDir]),
    checkCold: () => run(['src/cli/check.ts', ...noCacheFlag, contentDir]),
    buildCold: () => run([...build, '--force']),
    build: () => run(build),
    editOne(round) {
      const file = path.join(contentDir, EDITED_ENTRY);
      const original = readFileSync(file, 'utf8');
      const at = original.indexOf('\n---\n', 4) + '\n---\n\n'.length;
      writeFileSync(file, `${original.slice(0, at)}Edited for bench round ${round}. ${original.slice(at)}`);
      return () => writeFileSync(file, original);
    },
  };
}
