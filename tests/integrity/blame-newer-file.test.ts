/**
 * Which file a clash is blamed on (issue 9): the one git got later, an uncommitted one next to a
 * committed one, or both when git cannot tell. Each case is a temporary git repository made from
 * the base fixture; commit times are set, never read from the clock.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { materialise, type TempProject } from '../helpers/fixture-content.ts';

const projects: TempProject[] = [];
afterEach(() => projects.splice(0).forEach((project) => project.cleanup()));

/** The base content and APT31 committed at a fixed time, in a fresh repository. */
function repository(files: Record<string, string> = {}): {
  project: TempProject;
  commit: (message: string, seconds: number) => void;
} {
  const project = materialise();
  projects.push(project);
  const git = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
      cwd: project.root,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...env },
    });
    expect(result.status, result.stderr).toBe(0);
  };
  const commit = (message: string, seconds: number) => {
    git(['add', '-A']);
    const date = `${seconds} +0000`;
    git(['commit', '-qm', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  };
  git(['init', '-q']);
  project.write('content/actors/apt31.md', APT31);
  for (const [file, text] of Object.entries(files)) project.write(file, text);
  commit('base', 1_700_000_000);
  return { project, commit };
}

const APT31 = '---\nname: APT31\nkind: threat-group\nrole: A group.\nsources: [gov-release]\n---\n';
// "apt-31" sorts before "apt31", so file order alone would blame the old file.
const APT_31 =
  '---\nname: APT31 (filed again)\nkind: threat-group\nrole: The same group.\nsources: [gov-release]\n---\n';
const DR_JANE_DOE = '---\nname: Dr Jane Doe\nkind: person\nrole: Filed twice.\nsources: [gov-release]\n---\n';

async function problems(project: TempProject, rule: string): Promise<string[]> {
  const result = await checkContent({ contentDir: project.contentDir, projectRoot: project.root });
  return result.diagnostics.filter((d) => d.rule === rule).map(formatDiagnostic);
}

const UNIQUE = 'ids must be unique across all collections (ignoring case, accents, hyphens and look-alike letters)';
const NEWER_DUPLICATE = `content/actors/apt-31.md:1:1  the id "apt-31" (the same as "apt31" once case, accents and hyphens are ignored) is already used by content/actors/apt31.md, which has been in git longer; ${UNIQUE}. Rename this file  [duplicate-id]`;

const BOTH = [
  `content/actors/apt-31.md:1:1  the id "apt-31" (the same as "apt31" once case, accents and hyphens are ignored) is also used by content/actors/apt31.md; ${UNIQUE}. Rename one of the files  [duplicate-id]`,
  `content/actors/apt31.md:1:1  the id "apt31" (the same as "apt-31" once case, accents and hyphens are ignored) is also used by content/actors/apt-31.md; ${UNIQUE}. Rename one of the files  [duplicate-id]`,
];

describe('duplicate-id blames the newer file', () => {
  it('blames the file committed later, not the old one', async () => {
    const { project, commit } = repository();
    project.write('content/actors/apt-31.md', APT_31);
    commit('add a duplicate', 1_800_000_000);
    expect(await problems(project, 'duplicate-id')).toEqual([NEWER_DUPLICATE]);
  });

  it('blames an uncommitted file next to a committed one', async () => {
    const { project } = repository();
    project.write('content/actors/apt-31.md', APT_31);
    expect(await problems(project, 'duplicate-id')).toEqual([NEWER_DUPLICATE]);
  });

  it('blames both files when one commit added them both', async () => {
    const { project } = repository({ 'content/actors/apt-31.md': APT_31 });
    expect(await problems(project, 'duplicate-id')).toEqual(BOTH);
  });

  it('blames both files when neither is in git', async () => {
    const project = materialise();
    projects.push(project);
    project.write('content/actors/apt31.md', APT31);
    project.write('content/actors/apt-31.md', APT_31);
    spawnSync('git', ['init', '-q'], { cwd: project.root });
    expect(await problems(project, 'duplicate-id')).toEqual(BOTH);
  });
});

describe('possible-duplicate blames the newer file', () => {
  it('warns only on the entry added after the other', async () => {
    const { project, commit } = repository();
    project.write('content/actors/dr-jane-doe.md', DR_JANE_DOE);
    commit('add a duplicate under another name', 1_800_000_000);
    expect(await problems(project, 'possible-duplicate')).toEqual([
      'content/actors/dr-jane-doe.md:2:7  warning: name "Dr Jane Doe" is also the name of content/actors/jane-doe.md ("Jane Doe" once case, accents, spacing and titles are ignored), so the two may be one actor. If they are, merge them into one file (keep one id, list the other names under aliases); if not, add the detail that tells them apart to the name  [possible-duplicate]',
    ]);
  });
});
