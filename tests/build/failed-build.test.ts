/**
 * A failed build never replaces the last good output: in the swap itself, and end to end with a
 * real Astro build that breaks after the content check has passed.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { replaceOnSuccess } from '../../src/cli/replace-output.ts';
import { PROJECT_ROOT } from '../helpers/fixture-content.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'casefile-swap-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lastGoodOutput(name: string): string {
  const outDir = path.join(scratch, name, 'dist');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'index.html'), 'last good build');
  return outDir;
}

describe('replaceOnSuccess', () => {
  it('swaps the new output in when the build succeeds', async () => {
    const outDir = lastGoodOutput('ok');
    await replaceOnSuccess(outDir, async (dir) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'index.html'), 'new build');
    });
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('new build');
    expect(readdirSync(path.dirname(outDir))).toEqual(['dist']);
  });

  it('leaves the last good output untouched, and no scratch folder, when the build fails half way', async () => {
    const outDir = lastGoodOutput('fails');
    await expect(
      replaceOnSuccess(outDir, async (dir) => {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, 'index.html'), 'half-written');
        throw new Error('renderer crashed');
      }),
    ).rejects.toThrow('renderer crashed');
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('last good build');
    expect(readdirSync(path.dirname(outDir))).toEqual(['dist']);
  });

  it("reports the build's own error while pages are still being written as it fails", async () => {
    const outDir = lastGoodOutput('racing');
    let writing = true;
    let written = 0;
    await expect(
      replaceOnSuccess(outDir, async (dir) => {
        // Other pages of a build with concurrency go on writing after one has failed.
        const keepWriting = () => {
          if (!writing) return;
          try {
            mkdirSync(path.join(dir, 'data', `page-${written}`), { recursive: true });
            writeFileSync(path.join(dir, 'data', `page-${written}`, 'index.html'), 'late page');
            written++;
          } catch {
            // The folder may be half removed at that moment.
          }
          setImmediate(keepWriting);
        };
        keepWriting();
        await new Promise((resolve) => setTimeout(resolve, 50));
        setTimeout(() => (writing = false), 400);
        throw new Error('renderer crashed');
      }),
    ).rejects.toThrow('renderer crashed');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(written).toBeGreaterThan(10);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('last good build');
  });

  it('removes scratch folders that builds which ended left behind', async () => {
    const outDir = lastGoodOutput('abandoned');
    const parent = path.dirname(outDir);
    // A pid above the kernel's maximum (4,194,304) belongs to no process.
    mkdirSync(path.join(parent, '.dist-building-9999999', 'data'), { recursive: true });
    mkdirSync(path.join(parent, `.dist-building-${process.ppid}`), { recursive: true });
    await replaceOnSuccess(outDir, async (dir) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'index.html'), 'new build');
    });
    // The running parent's folder stays: it may be another build's.
    expect(readdirSync(parent).sort()).toEqual([`.dist-building-${process.ppid}`, 'dist']);
  });

  it('creates the output when there was none', async () => {
    const outDir = path.join(scratch, 'fresh', 'dist');
    await replaceOnSuccess(outDir, async (dir) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'index.html'), 'first build');
    });
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
  });
});

describe('npm run build when Astro itself fails', () => {
  it('exits 1 and keeps dist/ as it was', () => {
    // A copy of the project whose only difference is a page that throws while rendering.
    const project = path.join(scratch, 'broken-project');
    mkdirSync(project);
    for (const name of ['node_modules', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      symlinkSync(path.join(PROJECT_ROOT, name), path.join(project, name));
    }
    cpSync(path.join(PROJECT_ROOT, 'src'), path.join(project, 'src'), { recursive: true });
    writeFileSync(
      path.join(project, 'src/pages/broken.astro'),
      "---\nthrow new Error('broken on purpose');\n---\n<p>never</p>\n",
    );
    const outDir = path.join(project, 'dist');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), 'last good build');

    const result = spawnSync(process.execPath, ['src/cli/build.ts'], {
      cwd: project,
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('✖ The site did not build: broken on purpose');
    expect(result.stderr).toContain('dist is unchanged.');
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('last good build');
    expect(readdirSync(project).filter((name) => name.includes('building'))).toEqual([]);
  });
});
