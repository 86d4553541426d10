/**
 * A change to the Markdown pipeline reaches the site on the next `npm run build`, without
 * `--force` (issue 14, item 7): Astro's store reuses an entry's HTML only while its digest is
 * unchanged, and the digest holds the pipeline hash. Built twice in a copy of the project whose
 * renderer is changed in between.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, PROJECT_ROOT } from '../helpers/fixture-content.ts';

const MARKER = 'pipeline-changed-marker';
const project = mkdtempSync(path.join(tmpdir(), 'casefile-digest-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Every built HTML file that contains the marker. */
function pagesWithMarker(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
    (name) => name.endsWith('.html') && readFileSync(path.join(outDir, name), 'utf8').includes(MARKER),
  );
}

function build(outDir: string) {
  const result = spawnSync(process.execPath, ['src/cli/build.ts', '--out', outDir], {
    cwd: project,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
}

describe('the content loader digest', () => {
  it('re-renders every entry when a plugin changes, without --force', { timeout: 600_000 }, () => {
    // A project of its own: its own node_modules folder (so Astro's store and our cache in
    // node_modules/.astro and .cache are its own), with every package linked from ours.
    mkdirSync(path.join(project, 'node_modules'));
    for (const name of readdirSync(path.join(PROJECT_ROOT, 'node_modules'))) {
      if (name === '.astro' || name === '.cache' || name === '.vite') continue;
      symlinkSync(path.join(PROJECT_ROOT, 'node_modules', name), path.join(project, 'node_modules', name));
    }
    for (const name of ['public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
      symlinkSync(path.join(PROJECT_ROOT, name), path.join(project, name));
    }
    cpSync(path.join(PROJECT_ROOT, 'src'), path.join(project, 'src'), { recursive: true });
    cpSync(path.join(BASE, 'content'), path.join(project, 'content'), { recursive: true });

    build(path.join(project, 'first'));
    expect(pagesWithMarker(path.join(project, 'first'))).toEqual([]);

    // The renderer now appends a marker to every body, as a changed rehype plugin would.
    const renderer = path.join(project, 'src/markdown/render-body.ts');
    const source = readFileSync(renderer, 'utf8');
    const changed = source.replace(
      '.use(rehypeStringify)',
      `.use(() => (tree: HastRoot) => void tree.children.push({ type: 'text', value: '${MARKER}' }))\n    .use(rehypeStringify)`,
    );
    expect(changed).not.toBe(source);
    writeFileSync(renderer, changed);

    build(path.join(project, 'second'));
    expect(pagesWithMarker(path.join(project, 'second')).length).toBeGreaterThan(0);
  });
});
