/** `npm run lint:workflows`: the repository's workflows are clean, and a broken one is caught. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/fixture-content.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'casefile-workflows-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(folder?: string) {
  return spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'src', 'cli', 'lint-workflows.ts'), ...(folder ? [folder] : [])],
    { cwd: PROJECT_ROOT, encoding: 'utf8' },
  );
}

describe('lint:workflows', () => {
  it('passes the repository workflows', () => {
    const result = lint();
    expect(result.stdout).toMatch(/✔ \d+ workflows, no problems/);
    expect(result.status).toBe(0);
  });

  it('reports a broken workflow with file, line and column, and exits 1', () => {
    writeFileSync(
      path.join(scratch, 'broken.yml'),
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    timeout-minutes: soon\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n',
    );
    const result = lint(scratch);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${path.join(scratch, 'broken.yml')}:5:22`);
    expect(result.stdout).toMatch(/✖ \d+ problems in workflows/);
  });
});
