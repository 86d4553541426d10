/**
 * The pipeline hash (src/lib/pipeline/pipeline-hash.ts) changes with everything that decides
 * what loading a file produces, so the per-file cache and the loader's digest are invalidated by
 * a changed schema, plugin, helper module or dependency version, and by nothing else.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pipelineHash, pipelineSources } from '../../../src/lib/pipeline/pipeline-hash.ts';
import { PROJECT_ROOT } from '../../helpers/fixture-content.ts';

let root: string;
const settings = { budgetMs: 5000, memoryMb: 512 };
const hash = (base = '/', budget = settings) => pipelineHash({ root, base, settings: budget });

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'casefile-hash-'));
  cpSync(path.join(PROJECT_ROOT, 'src'), path.join(root, 'src'), { recursive: true });
  cpSync(path.join(PROJECT_ROOT, 'package-lock.json'), path.join(root, 'package-lock.json'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('pipeline hash', () => {
  it('is stable while nothing changes', () => {
    expect(hash()).toBe(hash());
  });

  it.each([
    ['a schema', 'src/schemas/actor.ts'],
    ['a plugin', 'src/markdown/rehype-casefile-links.ts'],
    ['the worker', 'src/lib/pipeline/worker-loop.ts'],
    ['a module the loader imports', 'src/lib/content/load-entry.ts'],
    ['a helper found through the imports', 'src/lib/ids.ts'],
  ])('changes when %s changes', (_what, file) => {
    const before = hash();
    appendFileSync(path.join(root, file), '\n// changed\n');
    expect(hash()).not.toBe(before);
  });

  it('does not change for code outside the pipeline', () => {
    const before = hash();
    appendFileSync(path.join(root, 'src/cli/bench.ts'), '\n// changed\n');
    expect(hash()).toBe(before);
  });

  it('changes when a dependency of the pipeline changes version, not when another does', () => {
    const lockFile = path.join(root, 'package-lock.json');
    const before = hash();
    const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as { packages: Record<string, { version: string }> };
    lock.packages['node_modules/prettier']!.version = '0.0.1';
    writeFileSync(lockFile, JSON.stringify(lock));
    expect(hash()).toBe(before);
    // micromark is not imported by our code: it is found through remark-parse's dependencies.
    lock.packages['node_modules/micromark']!.version = '0.0.1';
    writeFileSync(lockFile, JSON.stringify(lock));
    expect(hash()).not.toBe(before);
  });

  it('changes with the site base and the budget', () => {
    expect(hash('/casefile/')).not.toBe(hash('/'));
    expect(hash('/', { budgetMs: 1000, memoryMb: 512 })).not.toBe(hash());
  });

  it('follows the worker into every module it loads', () => {
    const files = pipelineSources(root).files.map((file) => path.relative(root, file));
    expect(files).toEqual(
      expect.arrayContaining(['src/lib/body-syntax.ts', 'src/lib/markdown-limits.ts', 'src/markdown/render-body.ts']),
    );
    expect(files).not.toContain('src/cli/bench.ts');
  });
});
