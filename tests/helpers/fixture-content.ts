/**
 * Fixture content trees for tests: a small valid base (`tests/fixtures/base`) with a
 * case's files laid over it, copied to a temporary folder so tests never touch each other.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
export const BASE = path.join(FIXTURES, 'base');
export const PROJECT_ROOT = path.resolve(FIXTURES, '..', '..');

/** A temporary project folder holding `content/`; call `cleanup` when done. */
export interface TempProject {
  readonly root: string;
  readonly contentDir: string;
  write(relativePath: string, text: string | Uint8Array): void;
  cleanup(): void;
}

/** The base content with `caseDir`'s `content/` overlaid and its `remove.txt` files removed. */
export function materialise(caseDir?: string): TempProject {
  const root = mkdtempSync(path.join(tmpdir(), 'casefile-'));
  cpSync(path.join(BASE, 'content'), path.join(root, 'content'), { recursive: true });
  if (caseDir) {
    const overlay = path.join(caseDir, 'content');
    if (existsSync(overlay)) cpSync(overlay, path.join(root, 'content'), { recursive: true });
    const removals = path.join(caseDir, 'remove.txt');
    if (existsSync(removals)) {
      for (const line of readFileSync(removals, 'utf8').split('\n').filter(Boolean)) rmSync(path.join(root, line));
    }
  }
  return {
    root,
    contentDir: path.join(root, 'content'),
    write(relativePath, text) {
      writeFileSync(path.join(root, relativePath), text);
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Compare with an expected-output file, or rewrite it when UPDATE_FIXTURES=1. */
export function expectedText(file: string, actual: string): string {
  if (process.env['UPDATE_FIXTURES'] === '1') writeFileSync(file, actual);
  return readFileSync(file, 'utf8');
}
