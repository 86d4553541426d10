/**
 * The per-file cache's journal (src/lib/pipeline/file-cache.ts): a run that loaded a few files
 * appends them instead of rewriting the file; what a journal answers is exactly what a rewritten
 * file answers; a line that cannot be read is never used; and the file is rewritten, the journal
 * dropped, once the journal and the entries nobody uses have grown past the policy's share.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listContentFiles, readContentBytes } from '../../../src/lib/content/read-content.ts';
import { contentKey, FileCache } from '../../../src/lib/pipeline/file-cache.ts';
import { processFile } from '../../../src/lib/pipeline/process-file.ts';
import type { FileResult } from '../../../src/lib/pipeline/protocol.ts';
import { materialise } from '../../helpers/fixture-content.ts';

const project = materialise();
const folders: string[] = [];
afterAll(() => {
  project.cleanup();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Journal from one entry on, rewritten once unused and journal entries pass half of those kept. */
const JOURNAL = { fromEntries: 1, maxShare: 0.5 };
/** Never a journal: every save rewrites, as before the journal. */
const REWRITE = { fromEntries: Number.POSITIVE_INFINITY, maxShare: 0 };

function cacheFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'casefile-journal-'));
  folders.push(folder);
  return folder;
}

/** One check's use of the cache: every file answered or loaded, then saved. */
async function run(cacheDir: string, policy: typeof JOURNAL) {
  const cache = new FileCache(cacheDir, project.contentDir, 'pipeline', policy);
  const { files } = await listContentFiles(project.contentDir, project.root);
  const results = new Map<string, FileResult>();
  for (const file of files) {
    const read = readContentBytes(file);
    if (!('bytes' in read)) throw new Error(`${file.file} cannot be read`);
    const key = contentKey(file.file, read.bytes);
    if (cache.has(key)) results.set(file.file, cache.get(key, read.bytes)!);
    else {
      const result = processFile({ source: file, bytes: read.bytes, base: '/' });
      cache.set(key, result, true);
      results.set(file.file, result);
    }
  }
  cache.save();
  return { results, hits: cache.hits, misses: cache.misses, files: readdirSync(cacheDir).sort() };
}

const journalOf = (cacheDir: string) => readdirSync(cacheDir).filter((name) => name.endsWith('.jsonl'));
const mainFile = (cacheDir: string) =>
  path.join(
    cacheDir,
    readdirSync(cacheDir).find((n) => n.endsWith('.json'))!,
  );

function edit(file: string, text: string): void {
  const absolute = path.join(project.contentDir, file);
  writeFileSync(absolute, readFileSync(absolute, 'utf8').replace(/\n---\n/, `\n---\n${text}\n\n`));
}

describe('the per-file cache journal', () => {
  it('appends what a run loaded, and answers exactly as a rewritten file does', async () => {
    const journalled = cacheFolder();
    const rewritten = cacheFolder();
    await run(journalled, JOURNAL);
    expect(journalOf(journalled)).toEqual([]);
    const main = readFileSync(mainFile(journalled), 'utf8');

    // A new label in a body adds a string to the table, which the journal line carries.
    edit('story/overview.md', 'A :actor[Label Only The Journal Holds]{#ministry} here :cite[gov-release].');
    const edited = await run(journalled, JOURNAL);
    expect(edited).toMatchObject({ hits: 7, misses: 1 });
    expect(readFileSync(mainFile(journalled), 'utf8')).toBe(main);
    const [journal] = journalOf(journalled);
    const lines = readFileSync(path.join(journalled, journal!), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Label Only The Journal Holds');

    await run(rewritten, REWRITE);
    const fromJournal = await run(journalled, JOURNAL);
    const fromRewrite = await run(rewritten, REWRITE);
    expect(fromJournal).toMatchObject({ hits: 8, misses: 0 });
    expect(fromRewrite).toMatchObject({ hits: 8, misses: 0 });
    expect(fromJournal.results).toEqual(fromRewrite.results);
    expect(journalOf(rewritten)).toEqual([]);
  });

  it('does not use a line cut short, nor any after it, and rewrites on the next save', async () => {
    const folder = cacheFolder();
    // A policy that never rewrites for size: only the damage can make this save rewrite.
    const loose = { fromEntries: 1, maxShare: 10 };
    await run(folder, loose);
    edit('actors/ruritania.md', 'Ruritania, edited :cite[gov-release].');
    await run(folder, loose);
    edit('story/overview.md', 'A :actor[Label After The Cut]{#ministry} :cite[gov-release].');
    await run(folder, loose);
    const file = path.join(folder, journalOf(folder)[0]!);
    const [first, second] = readFileSync(file, 'utf8').trimEnd().split('\n');
    // A crash in the middle of the second line, then the second line whole.
    writeFileSync(file, `${first}\n${second!.slice(0, 40)}\n${second}\n`);
    const after = await run(folder, loose);
    // The first line still answers for ruritania; the overview is loaded again.
    expect(after).toMatchObject({ hits: 7, misses: 1 });
    expect(journalOf(folder)).toEqual([]);
    expect(await run(folder, loose)).toMatchObject({ hits: 8, misses: 0 });
  });

  it('does not use a line written against other tables', async () => {
    const folder = cacheFolder();
    await run(folder, JOURNAL);
    edit('story/overview.md', 'Another :actor[Label From Elsewhere]{#ministry} :cite[gov-release].');
    await run(folder, JOURNAL);
    const [journal] = journalOf(folder);
    const file = path.join(folder, journal!);
    const line = JSON.parse(readFileSync(file, 'utf8')) as { strings: [number, string[]] };
    // As if another check had added a string first: its places would all be one off.
    line.strings[0] += 1;
    writeFileSync(file, `${JSON.stringify(line)}\n`);
    expect(await run(folder, JOURNAL)).toMatchObject({ hits: 7, misses: 1 });
  });

  it('rewrites the file and drops the journal once they pass the share of kept entries', async () => {
    const folder = cacheFolder();
    await run(folder, JOURNAL);
    const saves = [];
    for (const [at, file] of ['actors/ruritania.md', 'story/overview.md', 'actors/ruritania.md'].entries()) {
      edit(file, `Edit number ${at} :cite[gov-release].`);
      await run(folder, JOURNAL);
      saves.push(journalOf(folder).length);
    }
    // Eight kept: 1 unused + 0 in the journal + 1 added, then 2 + 1 + 1, fit in 4; 3 + 2 + 1 do not.
    expect(saves).toEqual([1, 1, 0]);
    const [, body] = readFileSync(mainFile(folder), 'utf8').split('\n');
    expect(Object.keys((JSON.parse(body!) as { entries: object }).entries)).toHaveLength(8);
    expect(await run(folder, JOURNAL)).toMatchObject({ hits: 8, misses: 0 });
  });

  it('tells a file modified since it was written from one that was not', async () => {
    const folder = cacheFolder();
    expect(new FileCache(folder, project.contentDir, 'pipeline').canAnswer).toBe(false);
    await run(folder, JOURNAL);
    const cache = new FileCache(folder, project.contentDir, 'pipeline');
    expect(cache.canAnswer).toBe(true);
    expect(cache.modifiedSince(Date.now() + 60_000)).toBe(true);
    expect(cache.modifiedSince(Date.now() - 3_600_000)).toBe(false);
    expect(new FileCache(folder, project.contentDir, 'another pipeline').canAnswer).toBe(false);
  });
});
