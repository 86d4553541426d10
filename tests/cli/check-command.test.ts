/** `npm run check`: exit codes, the printed list, and no stack traces. */
import { afterAll, describe, expect, it } from 'vitest';
import { materialise, type TempProject } from '../helpers/fixture-content.ts';
import { hasStackTrace, runCli } from '../helpers/run-cli.ts';

const projects: TempProject[] = [];
afterAll(() => projects.forEach((project) => project.cleanup()));

function project(): TempProject {
  const created = materialise();
  projects.push(created);
  return created;
}

describe('npm run check', () => {
  it('exits 0 on clean content', () => {
    const { contentDir } = project();
    const result = runCli('check', [contentDir]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^✔ no problems · 8 entries checked in \d+ ms\n$/);
  });

  it('exits 1 with every problem, each with file, line and column, and no stack trace', () => {
    const { contentDir, write } = project();
    write(
      'content/quotes/doe-statement.md',
      '---\nspeaker: jane-do\ntext: T\ndate: 2024-02-30\noccasion: O\nsources: [gov-release]\n---\n',
    );
    write('content/timeline/broken.md', '---\ntitle: "unclosed\n---\n');
    const result = runCli('check', [contentDir]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.slice(0, -1).every((line) => /^\S+\.md:\d+:\d+ {2}.+ {2}\[[a-z-]+\]$/.test(line))).toBe(true);
    expect(result.stdout).toContain('speaker: no actor has the id "jane-do". Did you mean "jane-doe"?');
    expect(result.stdout).toContain('content/quotes/doe-statement.md:4:7  date: "2024-02-30" is not a real date');
    expect(result.stdout).toContain('content/timeline/broken.md:');
    expect(lines.at(-1)).toMatch(/^✖ 3 errors in 2 files/);
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
  });

  it('passes warnings, but fails them with --strict', () => {
    const { contentDir, write } = project();
    write(
      'content/sources/unused.md',
      '---\ntitle: U\npublisher: P\nurl: https://example.org/u\naccessed: 2024-01-01\nkind: press\nprimary: false\n---\n',
    );
    expect(runCli('check', [contentDir]).status).toBe(0);
    const strict = runCli('check', ['--strict', contentDir]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('warning: source "unused" is not cited by any entry');
  });

  it('explains a missing content folder without a stack trace', () => {
    const result = runCli('check', ['/nonexistent/content']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('the content folder does not exist');
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
  });
});
