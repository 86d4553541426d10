/**
 * The per-file cache (src/lib/pipeline/file-cache.ts): a warm run loads nothing it loaded before,
 * gives the same output as `--no-cache`, never hides an error, and starts again when the pipeline
 * changes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCommand } from '../../../src/cli/check-command.ts';
import { checkContent, type CheckedContent } from '../../../src/lib/check-content.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics.ts';
import { materialise } from '../../helpers/fixture-content.ts';

const project = materialise();
const cacheDir = mkdtempSync(path.join(tmpdir(), 'casefile-cache-'));
afterAll(() => {
  project.cleanup();
  rmSync(cacheDir, { recursive: true, force: true });
});

// One broken file: an unknown field, a bad reference (cross-entry) and an uncited paragraph.
project.write(
  'content/actors/broken.md',
  '---\nname: Broken\nkind: person\nrole: Broken.\nsources: [gov-release]\ncountry: nowhere\nnickname: b\n---\nNo citation here.\n',
);

/** What a run prints and the model it builds, without the cache's counts. */
function output(result: CheckedContent) {
  return {
    messages: result.diagnostics.map(formatDiagnostic),
    entities: result.index.all.map(({ locate: _locate, html: _html, headings: _headings, ...entity }) => entity),
    located: result.index.all.map((entity) => entity.locate(['sources', 0])),
    // Every file's references, those of the file that failed its schema too.
    references: result.files.map((file) => [file.file, file.references]),
  };
}

const check = (options: { base?: string } = {}) =>
  checkContent({ contentDir: project.contentDir, projectRoot: project.root, cacheDir, ...options });

describe('per-file cache', () => {
  it('answers a second run from the cache, with the same problems and model as no cache', async () => {
    const uncached = await checkContent({ contentDir: project.contentDir, projectRoot: project.root });
    const cold = await check();
    const warm = await check();
    expect(cold.cache).toEqual({ hits: 0, misses: 9 });
    expect(warm.cache).toEqual({ hits: 9, misses: 0 });
    expect(output(warm)).toEqual(output(uncached));
    expect(output(cold)).toEqual(output(uncached));
    // The error is cached with the file: the cache never hides it.
    expect(warm.ok).toBe(false);
    expect(warm.diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['unknown-field', 'unknown-id']));
  });

  it('loads again only the file that changed', async () => {
    await check();
    project.write(
      'content/actors/ruritania.md',
      '---\nname: Ruritania\nkind: state\nrole: Changed.\nsources: [gov-release]\n---\n',
    );
    const after = await check();
    expect(after.cache).toEqual({ hits: 8, misses: 1 });
    expect(after.index.byId.get('ruritania')?.data).toMatchObject({ role: 'Changed.' });
  });

  it('keeps only the strings its entries use, and restores kept entries right after an edit', async () => {
    const story = 'content/story/overview.md';
    const original = readFileSync(path.join(project.root, story), 'utf8');
    const strings = () => {
      const [file] = readdirSync(cacheDir).filter((name) => name.endsWith('.json'));
      const [, body] = readFileSync(path.join(cacheDir, file!), 'utf8').split('\n');
      return (JSON.parse(body!) as { strings: string[] }).strings;
    };
    project.write(
      story,
      original.replace(':actor[Ministry]{#ministry}', ':actor[The Unusual Ministry Label]{#ministry}'),
    );
    await check();
    expect(strings()).toContain('The Unusual Ministry Label');
    project.write(story, original);
    await check();
    expect(strings()).not.toContain('The Unusual Ministry Label');
    const warm = await check();
    expect(warm.cache).toMatchObject({ misses: 0 });
    const uncached = await checkContent({ contentDir: project.contentDir, projectRoot: project.root });
    expect(output(warm)).toEqual(output(uncached));
  });

  it('starts again when the pipeline hash changes', async () => {
    await check();
    expect((await check({ base: '/elsewhere/' })).cache).toEqual({ hits: 0, misses: 9 });
  });

  it('prints the same with --no-cache as from the cache', async () => {
    const run = async (args: string[]) => {
      const lines: string[] = [];
      const code = await checkCommand([...args, project.contentDir], (line) => lines.push(line), project.root);
      return { code, lines: lines.map((line) => line.replace(/ in \d+ ms$/, '')) };
    };
    const first = await run([]);
    const cached = await run([]);
    const uncached = await run(['--no-cache']);
    expect(cached).toEqual(first);
    expect(uncached).toEqual(cached);
    expect(cached.code).toBe(1);
  });
});
