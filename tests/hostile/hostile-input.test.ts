/**
 * The bad-input corpus: one folder per case under tests/fixtures/hostile/, each overlaying the
 * valid base content. `case.json` says what the case is; `expected.txt` holds the exact lines
 * `npm run check` prints for it (empty for input we accept). Every rejected case must name a
 * file, a line and a column, and exit 1; accepted variations (a BOM, CRLF) must render exactly
 * like the clean file. Regenerate after a deliberate message change with
 * `UPDATE_FIXTURES=1 npx vitest run tests/hostile` and review the diff.
 */
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/cli/check-command.ts';
import { loadEntry } from '../../src/lib/content/load-entry.ts';
import { decodeEntryBytes } from '../../src/lib/content/read-content.ts';
import { expectedText, FIXTURES, materialise, type TempProject } from '../helpers/fixture-content.ts';
import { hasStackTrace, runCli } from '../helpers/run-cli.ts';

const HOSTILE = path.join(FIXTURES, 'hostile');
const cases = readdirSync(HOSTILE).filter((name) => !name.startsWith('_'));
const projects: TempProject[] = [];
afterAll(() => projects.forEach((project) => project.cleanup()));

interface CaseMeta {
  description: string;
  rendersLike?: string;
  generate?: { path: string; prefix: string; repeat: string; times: number; suffix?: string };
  /** Settings for this case only, e.g. a lower CASEFILE_FILE_BUDGET_MS to keep the test fast. */
  env?: Record<string, string>;
  symlink?: { path: string; target: string };
}

function prepare(name: string): { project: TempProject; meta: CaseMeta } {
  const meta = JSON.parse(readFileSync(path.join(HOSTILE, name, 'case.json'), 'utf8')) as CaseMeta;
  const project = materialise(path.join(HOSTILE, name));
  projects.push(project);
  if (meta.generate) {
    const { path: file, prefix, repeat, times, suffix = '' } = meta.generate;
    writeFileSync(path.join(project.root, file), prefix + repeat.repeat(times) + suffix);
  }
  if (meta.symlink) symlinkSync(meta.symlink.target, path.join(project.root, meta.symlink.path));
  return { project, meta };
}

/** The entry's data and rendered body, as the site would get them. */
function rendered(relativePath: string, bytes: Uint8Array) {
  const [, collection, fileName] = relativePath.split('/') as [string, 'timeline', string];
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
      for (const line of problems)
        expect(line).toMatch(/^content(\/[^\s:]+)?:[1-9]\d*:[1-9]\d* {2}\S.* {2}\[[a-z-]+\]$/);
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
