/**
 * A case of the hostile corpus (`tests/fixtures/hostile/<case>/`) laid over the base content:
 * its files, then what its `case.json` generates at test time (large files, odd file names,
 * symbolic links).
 */
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, materialise, type TempProject } from './fixture-content.ts';

export const HOSTILE = path.join(FIXTURES, 'hostile');

export interface CaseMeta {
  description: string;
  rendersLike?: string;
  /** An accepted file whose rendered body must contain (and lack) these pieces of HTML. */
  renders?: { path: string; contains?: string[]; lacks?: string[] };
  generate?: { path: string; prefix: string; repeat: string; times: number; suffix?: string };
  /** Settings for this case only, e.g. a lower CASEFILE_FILE_BUDGET_MS to keep the test fast. */
  env?: Record<string, string>;
  symlink?: { path: string; target: string };
}

export function caseMeta(name: string): CaseMeta {
  return JSON.parse(readFileSync(path.join(HOSTILE, name, 'case.json'), 'utf8')) as CaseMeta;
}

/** Add one case's generated files to a project that already holds its overlay. */
export function generateCase(project: TempProject, meta: CaseMeta): void {
  if (meta.generate) {
    const { path: file, prefix, repeat, times, suffix = '' } = meta.generate;
    writeFileSync(path.join(project.root, file), prefix + repeat.repeat(times) + suffix);
  }
  if (meta.symlink) symlinkSync(meta.symlink.target, path.join(project.root, meta.symlink.path));
}

/** The base content with one hostile case applied. */
export function materialiseCase(name: string): { project: TempProject; meta: CaseMeta } {
  const meta = caseMeta(name);
  const project = materialise(path.join(HOSTILE, name));
  generateCase(project, meta);
  return { project, meta };
}
