/**
 * The bad-input corpus: one folder per case under tests/fixtures/hostile/, each overlaying the
 * valid base content. `case.json` says what the case is; `expected.txt` holds the exact lines
 * `npm run check` prints for it (empty for input we accept). Every rejected case must name a
 * file, a line and a column, and exit 1; accepted variations (a BOM, CRLF) must render exactly
 * like the clean file, and cases with `renders` must render with (and without) the given HTML.
 * Every case the check accepts is also rendered, so a body the check lets through never takes the
 * build down. Regenerate after a deliberate message change with
 * `UPDATE_FIXTURES=1 npx vitest run tests/hostile` and review the diff.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/cli/check-command.ts';
import { checkContent } from '../../src/lib/check-content.ts';
import { loadEntry } from '../../src/lib/content/load-entry.ts';
import { decodeEntryBytes } from '../../src/lib/content/read-content.ts';
import type { CollectionName } from '../../src/schemas/entity-ref.ts';
import { expectedText, type TempProject } from '../helpers/fixture-content.ts';
import { HOSTILE, materialiseCase, type CaseMeta } from '../helpers/hostile-case.ts';
import { hasStackTrace, runCli } from '../helpers/run-cli.ts';

const cases = readdirSync(HOSTILE).filter((name) => !name.startsWith('_'));
const projects: TempProject[] = [];
afterAll(() => projects.forEach((project) => project.cleanup()));

function prepare(name: string): { project: TempProject; meta: CaseMeta } {
  const prepared = materialiseCase(name);
  projects.push(prepared.project);
  return prepared;
}

/** The entry's data and rendered body, as the site would get them. */
function rendered(relativePath: string, bytes: Uint8Array) {
  const [, collection, fileName] = relativePath.split('/') as [string, CollectionName, string];
  const decoded = decodeEntryBytes(relativePath, bytes);
  const { loaded, diagnostics } = loadEntry(
    { collection, file: relativePath, absolutePath: relativePath, fileName },
    decoded.text!,
  );
  expect(diagnostics).toEqual([]);
  return { data: loaded.entity!.data, html: loaded.entity!.html };
}

/** Run `fn` with some environment variables set, then put them back. */
async function withEnv<T>(env: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await fn();
  } finally {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

describe('bad input corpus', () => {
  it('has at least 50 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(cases)('%s', async (name) => {
    const { project, meta } = prepare(name);
    const lines: string[] = [];
    const code = await withEnv(meta.env ?? {}, () =>
      checkCommand([project.contentDir], (line) => lines.push(line), project.root),
    );
    const problems = lines.slice(0, -1);
    const actual = problems.map((line) => `${line}\n`).join('');
    expect(actual).toBe(expectedText(path.join(HOSTILE, name, 'expected.txt'), actual));

    if (actual === '') {
      expect(code, meta.description).toBe(0);
    } else {
      expect(code, meta.description).toBe(1);
      for (const line of problems) expect(line).toMatch(/^content(\/.+?)?:[1-9]\d*:[1-9]\d* {2}\S.* {2}\[[a-z-]+\]$/);
    }

    if (code === 0) {
      // The check renders every body it accepts (a crash would be an error on its file), so an
      // accepted case has HTML for every entry the build will store.
      const { files } = await withEnv(meta.env ?? {}, () =>
        checkContent({ contentDir: project.contentDir, projectRoot: project.root }),
      );
      for (const file of files) if (file.entity) expect(typeof file.entity.html).toBe('string');
    }

    if (meta.renders) {
      const { html } = rendered(meta.renders.path, readFileSync(path.join(project.root, meta.renders.path)));
      for (const piece of meta.renders.contains ?? []) expect(html).toContain(piece);
      for (const piece of meta.renders.lacks ?? []) expect(html).not.toContain(piece);
    }

    if (meta.rendersLike) {
      const variant = path.join(project.root, 'content/timeline/announcement.md');
      const clean = rendered('content/timeline/announcement.md', readFileSync(path.join(HOSTILE, meta.rendersLike)));
      expect(rendered('content/timeline/announcement.md', readFileSync(variant))).toEqual(clean);
    }
  });
});

describe('the real command on the nastiest files', () => {
  it.each([
    'binary-named-md',
    'utf16',
    'invalid-utf8',
    'very-large-file',
    'yaml-deeply-nested',
    'yaml-alias-bomb',
    'budget-emphasis-run',
    'budget-wide-table-memory',
    'render-nested-html',
  ])('%s: exit 1 with the problem and no stack trace', (name) => {
    const { project, meta } = prepare(name);
    const result = runCli('check', [project.contentDir], meta.env);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/\.md:\d+:\d+ {2}/);
    expect(hasStackTrace(result.stdout)).toBe(false);
  });
});
