/**
 * Files are read with bounded concurrency (issue 12): a folder with more files than the process
 * may open at once still checks. The limit is lowered for one child process with `ulimit -n`,
 * instead of creating 100,000 files.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { materialise, PROJECT_ROOT } from '../../helpers/fixture-content.ts';

const OPEN_FILES = 200;
const ENTRIES = 500;
const project = materialise();
afterAll(() => project.cleanup());

describe('bounded reading', () => {
  it(`checks ${ENTRIES} files under an open-file limit of ${OPEN_FILES}`, { timeout: 120_000 }, () => {
    for (let i = 0; i < ENTRIES; i++) {
      project.write(
        `content/actors/person-${i}.md`,
        `---\nname: Person ${i}\nkind: person\nrole: Generated.\nsources: [gov-release]\n---\nSaid so :cite[gov-release].\n`,
      );
    }
    const check = path.join(PROJECT_ROOT, 'src', 'cli', 'check.ts');
    const result = spawnSync(
      'bash',
      ['-c', `ulimit -n ${OPEN_FILES} && exec "$0" "$@"`, process.execPath, check, '--no-cache', project.contentDir],
      { cwd: project.root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain('EMFILE');
    expect(result.stdout).toMatch(new RegExp(`^✔ no problems · ${ENTRIES + 8} entries checked in \\d+ ms\\n$`));
    expect(result.status).toBe(0);
  });
});
