/**
 * `npm run new`: every kind, the refusals (overwrite, duplicates under another name, unknown
 * sources), the prompts in a terminal (fake streams, and once through a real pseudo-terminal with
 * `script`), and never waiting for input without one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { newCommand } from '../../src/cli/new-command.ts';
import { checkContent } from '../../src/lib/check-content.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { duplicateProblem } from '../../src/lib/scaffold/duplicates.ts';
import { expectedText, FIXTURES, materialise, PROJECT_ROOT, type TempProject } from '../helpers/fixture-content.ts';
import { hasStackTrace } from '../helpers/run-cli.ts';

const CASE = path.join(FIXTURES, 'scaffold');
const projects: TempProject[] = [];
afterAll(() => projects.forEach((project) => project.cleanup()));

function project(): TempProject {
  const created = materialise(CASE);
  projects.push(created);
  return created;
}

/** Output collected as text. */
function sink(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

async function run(root: string, args: string[], answers?: string) {
  const output = sink();
  const input = new PassThrough();
  if (answers !== undefined) input.end(answers);
  const code = await newCommand(args, { input, output: output.stream, interactive: answers !== undefined }, root);
  return { code, output: output.text() };
}

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

describe('npm run new, with flags', () => {
  const kinds = [
    ['actor', 'Jane Roe', 'content/actors/jane-roe.md'],
    ['measure', 'Ruritania designation of Jane Roe', 'content/sanctions/ruritania-designation-of-jane-roe.md'],
    ['sanction', 'Second designation', 'content/sanctions/second-designation.md'],
    ['quote', 'Roe denies everything', 'content/quotes/roe-denies-everything.md'],
    ['event', 'Ministry discloses the breach', 'content/timeline/ministry-discloses-the-breach.md'],
    ['source', 'Ministry statement on the breach', 'content/sources/ministry-statement-on-the-breach.md'],
  ] as const;

  it.each(kinds)(
    'writes a %s with every required field, a hint for each, and fails the check only on blanks',
    async (kind, name, file) => {
      const { root, contentDir } = project();
      const dated = kind === 'actor' ? [] : ['--date', '2024-03-25'];
      const result = await run(root, [kind, name, '--source', 'gov-release', ...dated]);
      expect(result.code).toBe(0);
      expect(result.output.split('\n')[0]).toBe(`✔ wrote ${file}`);
      const text = read(root, file);
      expect(text).toBe(expectedText(path.join(CASE, 'expected', `${kind}.md`), text));

      const checked = await checkContent({ contentDir, projectRoot: root });
      const lines = checked.diagnostics.map(formatDiagnostic);
      // Only the new file is wrong, and only because something is still to be filled in.
      expect(checked.diagnostics.every((d) => d.file === file)).toBe(true);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/an empty value|empty :cite\[\] cites nothing/);
      const report = `${lines.join('\n')}\n`;
      expect(report).toBe(expectedText(path.join(CASE, 'expected', `${kind}.check.txt`), report));
    },
  );

  it('fills in the name, sources and date, and the precision that the date implies', async () => {
    const { root } = project();
    await run(root, ['event', 'Breach begins', '--date', '2021-08', '--source', 'gov-release']);
    const text = read(root, 'content/timeline/breach-begins.md');
    expect(text).toContain('\ntitle: Breach begins\n');
    expect(text).toContain('\ndate: 2021-08\n');
    expect(text).toContain('\nprecision: month\n');
    expect(text).toContain('\nsources: [gov-release]\n');
    expect(text).toContain('\ndateMeaning:\n');
  });

  it('refuses to overwrite an entry, and leaves it as it was', async () => {
    const { root } = project();
    expect((await run(root, ['actor', 'Jane Roe'])).code).toBe(0);
    const before = read(root, 'content/actors/jane-roe.md');
    const again = await run(root, ['actor', 'Jane Roe']);
    expect(again.code).toBe(1);
    expect(again.output).toBe(
      '✖ content/actors/jane-roe.md already exists; edit it, or give the new entry a name that tells them apart\n',
    );
    expect(read(root, 'content/actors/jane-roe.md')).toBe(before);
  });

  it.each([
    ['zirconium', 'content/actors/apt31.md, whose alias is "ZIRCONIUM"'],
    ['APT 31', 'content/actors/apt31.md, whose name is "APT31"'],
    ['Violet-Typhoon', 'content/actors/apt31.md, whose alias is "Violet Typhoon"'],
    ['Sir Oliver Dowden', 'content/actors/oliver-dowden.md, whose name is "Oliver Dowden"'],
    ['Rt Hon. Oliver DOWDEN MP', 'content/actors/oliver-dowden.md, whose name is "Oliver Dowden"'],
  ])('refuses "%s" as a likely duplicate and names the entry', async (name, match) => {
    const { root } = project();
    const result = await run(root, ['actor', name]);
    expect(result.code).toBe(1);
    expect(result.output).toBe(
      `✖ "${name}" looks like a duplicate of ${match}; add what you know to that entry instead (another name for it goes under aliases)\n`,
    );
  });

  it('refuses an id another folder holds, and an unknown source with a suggestion', async () => {
    const { root } = project();
    expect((await run(root, ['event', 'Jane Doe'])).output).toBe(
      '✖ the id "jane-doe" is taken by content/actors/jane-doe.md (ids are unique across all folders); give the new entry a name that tells them apart\n',
    );
    expect((await run(root, ['actor', 'Jane Roe', '--source', 'gov-releas'])).output).toBe(
      '✖ "gov-releas" is not a source id in content/sources/. Did you mean "gov-release"? Leave --source out to fill it in later.\n',
    );
    expect((await run(root, ['event', 'Breach', '--date', '2024-02-30'])).output).toBe(
      '✖ --date: "2024-02-30" is not a real date: February 2024 has 29 days\n',
    );
    expect((await run(root, ['actor', 'Jane Roe', '--date', '2024'])).output).toBe(
      '✖ an actor has no date field; leave out --date\n',
    );
    expect((await run(root, ['actor', 'Jane Roe', '--sorce', 'gov-release'])).output).toContain(
      "✖ Unknown option '--sorce'",
    );
    expect((await run(root, ['person', 'Jane Roe'])).output).toBe(
      '✖ "person" is not a kind of entry; use actor, measure, quote, event, source.\n',
    );
  });
});

describe('npm run new, without a terminal', () => {
  it('asks nothing and says what is missing, even when stdin stays open', async () => {
    const { root } = project();
    const output = sink();
    const input = new PassThrough(); // never ends: a prompt would wait forever
    const code = await newCommand(['actor'], { input, output: output.stream, interactive: false }, root);
    expect(code).toBe(1);
    expect(output.text()).toBe(
      '✖ give the actor\'s name in quotes. usage: npm run new -- <actor|measure|quote|event|source> "<name or title>" [--source <id>]… [--date <YYYY-MM-DD>]\n',
    );
    expect(existsSync(path.join(root, 'content/actors'))).toBe(true);
  });

  it('exits 1 at once when run as a script with stdin not a terminal', () => {
    const { root } = project();
    const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'src/cli/new.ts')], {
      cwd: root,
      input: 'actor\nJane Roe\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('✖ say which kind of entry to write.');
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
  });
});

describe('npm run new, in a terminal', () => {
  it('asks for the kind, the name and the sources (by number or id), asking again after a bad answer', async () => {
    const { root } = project();
    const result = await run(root, [], 'person\nactor\nJane Roe\n7, gov-releas\n1\n');
    expect(result.code).toBe(0);
    expect(result.output).toContain('  use one of actor, measure, quote, event, source.');
    expect(result.output).toContain('    1  gov-release  Government release');
    expect(result.output).toContain('  there is no source number 7');
    expect(result.output).toContain('✔ wrote content/actors/jane-roe.md');
    expect(read(root, 'content/actors/jane-roe.md')).toContain('\nsources: [gov-release]\n');
  });

  it('asks for another name when the first is taken', async () => {
    const { root } = project();
    const result = await run(root, ['actor'], 'Zirconium\nJane Roe\n\n');
    expect(result.code).toBe(0);
    expect(result.output).toContain(
      '  "Zirconium" looks like a duplicate of content/actors/apt31.md, whose alias is "ZIRCONIUM";',
    );
    expect(result.output).toContain('✔ wrote content/actors/jane-roe.md');
  });

  it('asks for the date of an event and refuses an impossible one', async () => {
    const { root } = project();
    const result = await run(root, ['event', 'Breach begins'], 'gov-release\n2021-13\n2021-08/2022-10\n');
    expect(result.code).toBe(0);
    expect(result.output).toContain('  "2021-13" is not a real date: there is no month 13');
    const text = read(root, 'content/timeline/breach-begins.md');
    expect(text).toContain('\ndate: 2021-08/2022-10\n');
    expect(text).toContain('\nprecision: range\n');
  });

  it('stops without writing when the input ends (Ctrl-D)', async () => {
    const { root } = project();
    const result = await run(root, [], 'actor\n');
    expect(result.code).toBe(1);
    expect(result.output).toContain('✖ cancelled; nothing was written');
  });

  it('works through a real pseudo-terminal', async () => {
    const { root } = project();
    const command = `${process.execPath} ${path.join(PROJECT_ROOT, 'src/cli/new.ts')}`;
    // `script` gives the command a terminal; answers are typed as each question appears.
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: root, env: { ...process.env, TERM: 'dumb' } });
    const answers: [RegExp, string][] = [
      [/Kind of entry/, 'quote\r'],
      [/short label/, 'Roe denies everything\r'],
      [/Enter to add them later/, '1\r'],
      [/Date, as/, '2024-03-25\r'],
    ];
    let output = '';
    child.stdout.on('data', (data: Buffer) => {
      output += String(data);
      while (answers[0] && answers[0][0].test(output)) child.stdin.write(answers.shift()![1]);
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(output).toContain('✔ wrote content/quotes/roe-denies-everything.md');
    expect(code).toBe(0);
    const text = read(root, 'content/quotes/roe-denies-everything.md');
    expect(text).toContain('\ndate: 2024-03-25\n');
    expect(text).toContain('\nsources: [gov-release]\n');
  });
});

describe('duplicateProblem', () => {
  const existing = [
    {
      collection: 'actors' as const,
      id: 'sir-oliver-dowden',
      file: 'content/actors/sir-oliver-dowden.md',
      names: [{ text: 'Sir Oliver Dowden', as: 'name' }],
    },
  ];

  it('matches a name without the honorific the existing one has', () => {
    expect(duplicateProblem('actors', 'oliver-dowden', 'Oliver Dowden', existing)).toBe(
      '"Oliver Dowden" looks like a duplicate of content/actors/sir-oliver-dowden.md, whose name is "Sir Oliver Dowden"; add what you know to that entry instead (another name for it goes under aliases)',
    );
  });

  it('compares names within a kind only: an event may share a name with an actor', () => {
    expect(duplicateProblem('timeline', 'dowden-statement', 'Oliver Dowden', existing)).toBeUndefined();
  });
});
