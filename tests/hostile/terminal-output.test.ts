/**
 * Nothing from content reaches a terminal or a CI log raw (issue 13): the terminal-injection cases
 * of the hostile corpus, all at once, through the real `npm run check`, `npm run build` and
 * `npm run report`, and the dev server's terminal report. Their output, byte for byte, holds no ESC, no CR, no C1 control, no bidi or
 * other invisible control, and no line that starts with `::` (a GitHub workflow command).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentErrors } from '../../src/integrations/content-errors.ts';
import { BASE, PROJECT_ROOT, materialise, type TempProject } from '../helpers/fixture-content.ts';
import { caseMeta, generateCase, HOSTILE } from '../helpers/hostile-case.ts';
import { runCli } from '../helpers/run-cli.ts';

/** The cases whose values, file names and YAML errors carry escapes and workflow commands. */
const INJECTION_CASES = ['terminal-escape-in-values', 'terminal-escape-in-file-name', 'terminal-escape-in-yaml-error'];

/** The injection cases laid over a copy of the base content (they touch different files). */
function layCases(project: TempProject): void {
  for (const name of INJECTION_CASES) {
    const overlay = path.join(HOSTILE, name, 'content');
    if (existsSync(overlay)) cpSync(overlay, project.contentDir, { recursive: true });
    generateCase(project, caseMeta(name));
  }
}

/** What a terminal or a CI runner must never receive from content. */
function expectNothingRaw(output: string): void {
  expect(output).not.toContain('\x1b');
  expect(output).not.toContain('\r');
  expect(output).not.toMatch(/[\x80-\x9f]/);
  expect(output).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff\u00ad]/);
  expect(output.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([]);
  // …and the hostile text is still there for the editor to read, escaped.
  expect(output).toContain('\\e[2K');
  expect(output).toContain('\\u202E');
  expect(output).toContain('::error file=README.md,line=1::');
}

let project: TempProject;
beforeAll(() => {
  project = materialise();
  layCases(project);
});
afterAll(() => project.cleanup());

describe('terminal output from hostile content', () => {
  it('npm run check prints every problem escaped', () => {
    const result = runCli('check', [project.contentDir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expectNothingRaw(result.stdout);
    expect(result.stdout).toContain('contains U+001B ESCAPE, an invisible control character; delete it');
  });

  it('npm run build prints the same, escaped, and builds nothing', () => {
    const out = path.join(project.root, 'dist');
    const result = runCli('build', ['--content', project.contentDir, '--out', out]);
    expect(result.status).toBe(1);
    expectNothingRaw(result.stdout + result.stderr);
    expect(result.stdout).toContain('Nothing was built');
  });

  it('npm run report prints added entries and problems escaped', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'casefile-report-escapes-'));
    try {
      const git = (...args: string[]) =>
        spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo });
      cpSync(path.join(BASE, 'content'), path.join(repo, 'content'), { recursive: true });
      git('init', '-q', '-b', 'main');
      git('add', '.');
      git('commit', '-qm', 'base');
      layCases({ ...project, root: repo, contentDir: path.join(repo, 'content') });
      const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'src', 'cli', 'report.ts'), 'main'], {
        cwd: repo,
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expectNothingRaw(result.stdout);
      expect(result.stdout).toContain('### Added');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it("the dev server's terminal report is escaped too", async () => {
    const logged: string[] = [];
    const hooks = contentErrors().hooks as Record<string, (options: unknown) => void>;
    hooks['astro:config:done']!({ config: { root: pathToFileURL(`${project.root}/`) } });
    await new Promise<void>((resolve) => {
      const record = (message: string) => {
        logged.push(message);
        resolve();
      };
      hooks['astro:server:setup']!({
        server: { watcher: { add() {}, on() {} }, middlewares: { use() {} }, ws: { send() {} } },
        logger: { error: record, info: record },
      });
    });
    expectNothingRaw(logged.join('\n'));
    expect(logged[0]).toContain('content/ has problems');
  });
});
