/**
 * `npm run report -- <ref>` on a fixture repository: entries added, removed and changed, fields
 * old → new, body changes, new sources and the check's results; plus the pure diff and formatter.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffContent } from '../../src/lib/report/content-diff.ts';
import { code, formatReport } from '../../src/lib/report/format-report.ts';
import { BASE, PROJECT_ROOT } from '../helpers/fixture-content.ts';

describe('diffContent', () => {
  const entry = (id: string, data: Record<string, unknown>, body = '') => ({
    collection: 'actors' as const,
    id,
    file: `content/actors/${id}.md`,
    data,
    body,
  });

  it('finds added, removed and changed entries, ignoring key order', () => {
    const diff = diffContent(
      [entry('a', { name: 'A', kind: 'state' }), entry('b', { name: 'B' }), entry('c', { x: { p: 1, q: 2 } })],
      [
        entry('a', { kind: 'state', name: 'A2', role: 'r' }, 'new body'),
        entry('c', { x: { q: 2, p: 1 } }),
        entry('d', {}),
      ],
    );
    expect(diff.added.map((e) => e.id)).toEqual(['d']);
    expect(diff.removed.map((e) => e.id)).toEqual(['b']);
    expect(diff.changed).toEqual([
      {
        entry: expect.objectContaining({ id: 'a' }),
        fields: [
          { field: 'name', before: 'A', after: 'A2' },
          { field: 'role', after: 'r' },
        ],
        bodyChanged: true,
        moved: undefined,
      },
    ]);
  });
});

describe('formatReport', () => {
  it('keeps content from escaping its code span', () => {
    expect(code('a `b` <img src=x> @team')).toBe('`a ˋbˋ <img src=x> @team`');
    expect(code('x'.repeat(400))).toHaveLength(162);
  });

  it('says when nothing changed', () => {
    const text = formatReport({
      ref: 'main',
      diff: { added: [], removed: [], changed: [] },
      problems: [],
      summary: 'no problems',
      ok: true,
    });
    expect(text).toContain('0 entries added, 0 entries removed, 0 entries changed. Check: ✔ no problems.');
    expect(text).toContain('No entry changed.');
  });
});

describe('npm run report on a git repository', () => {
  let repo: string;
  const run = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });

  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'casefile-report-repo-'));
    cpSync(path.join(BASE, 'content'), path.join(repo, 'content'), { recursive: true });
    run('init', '-q', '-b', 'main');
    run('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '.');
    run('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'base');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('reports what changed since the ref, and the check of the new content', () => {
    const actors = path.join(repo, 'content', 'actors');
    const [first, second] = spawnSync('ls', [actors], { encoding: 'utf8' }).stdout.trim().split('\n');
    const changed = path.join(actors, first!);
    const text = readFileSync(changed, 'utf8');
    const oldName = /^name: "?(.*?)"?$/m.exec(text)![1]!;
    writeFileSync(changed, text.replace(/^name: .*$/m, 'name: "Renamed actor"') + '\nA new paragraph.\n');
    unlinkSync(path.join(actors, second!));
    writeFileSync(
      path.join(repo, 'content', 'sources', 'new-source.md'),
      '---\ntitle: "A new page"\npublisher: "Someone"\nurl: "https://example.org/new"\naccessed: "2024-03-26"\nkind: press\nprimary: false\n---\n',
    );

    const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'src', 'cli', 'report.ts'), 'main'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toContain('## Content changes against `main`');
    expect(out).toMatch(/1 entry added, 1 entry removed, 1 entry changed\. Check: /);
    expect(out).toContain(`- source \`new-source\` \`A new page\` (content/sources/new-source.md)`);
    expect(out).toContain(`  - \`name\`: \`${oldName}\` → \`Renamed actor\``);
    expect(out).toContain('  - body changed');
    expect(out).toContain('### Sources\n\n- new: source `new-source`');
    expect(out).toMatch(/### Check\n\n/);
  });

  it('refuses an unknown ref', () => {
    const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'src', 'cli', 'report.ts'), 'no-such-ref'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"no-such-ref" is not a commit in this repository');
  });
});
